#pragma once
// SettingsStore kept in memory, for tests of rules that have nothing to do with SQL: a stale
// rowVersion is a ConflictError; a new logo is kept with the clients' attachments, as in the
// practice file.

#include "clients/settings_store.h"
#include "support/in_memory_client_store.h"

namespace knotwork::testing {

class InMemorySettingsStore final : public clients::SettingsStore {
public:
    explicit InMemorySettingsStore(InMemoryClientStore& attachments);

    clients::PracticeSettings load() override { return m_settings; }
    void save(const clients::PracticeSettings& settings,
              const std::optional<clients::Attachment>& newLogo,
              const std::optional<clients::Attachment>& newSignature) override;

private:
    InMemoryClientStore& m_attachments;
    clients::PracticeSettings m_settings;
};

} // namespace knotwork::testing
