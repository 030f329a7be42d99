#include "support/in_memory_settings_store.h"

#include "common/error.h"

namespace knotwork::testing {

using namespace knotwork::clients;

InMemorySettingsStore::InMemorySettingsStore(InMemoryClientStore& attachments) : m_attachments(attachments)
{
}

void InMemorySettingsStore::save(const PracticeSettings& settings, const std::optional<Attachment>& newLogo,
                                 const std::optional<Attachment>& newSignature)
{
    if (settings.rowVersion != m_settings.rowVersion)
        throw ConflictError("The practice settings were changed elsewhere since you opened them.");
    PracticeSettings saved = settings;
    auto store = [this](Attachment image) {
        image.clientId.reset();
        return m_attachments.addAttachment(image);
    };
    if (newLogo)
        saved.logoAttachmentId = store(*newLogo);
    if (newSignature)
        saved.signatureAttachmentId = store(*newSignature);
    ++saved.rowVersion;
    m_settings = saved;
}

} // namespace knotwork::testing
