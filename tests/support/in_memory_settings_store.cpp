#include "support/in_memory_settings_store.h"

#include "common/error.h"

namespace knotwork::testing {

using namespace knotwork::clients;

InMemorySettingsStore::InMemorySettingsStore(InMemoryClientStore& attachments) : m_attachments(attachments)
{
}

void InMemorySettingsStore::save(const PracticeSettings& settings, const std::optional<Attachment>& newLogo)
{
    if (settings.rowVersion != m_settings.rowVersion)
        throw ConflictError("The practice settings were changed elsewhere since you opened them.");
    PracticeSettings saved = settings;
    if (newLogo) {
        Attachment logo = *newLogo;
        logo.clientId.reset();
        saved.logoAttachmentId = m_attachments.addAttachment(logo);
    }
    ++saved.rowVersion;
    m_settings = saved;
}

} // namespace knotwork::testing
