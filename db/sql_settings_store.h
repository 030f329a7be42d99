#pragma once

#include <string>

#include "clients/settings_store.h"
#include "db/database.h"

namespace knotwork::db {

// The practice's settings as the single row of practice_settings (id 1).
class SqlSettingsStore : public clients::SettingsStore {
public:
    SqlSettingsStore(Database& database, std::string actor);

    clients::PracticeSettings load() override;
    void save(const clients::PracticeSettings& settings,
              const std::optional<clients::Attachment>& newLogo,
              const std::optional<clients::Attachment>& newSignature) override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
