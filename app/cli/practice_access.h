#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/cli_context.h"
#include "clients/client_choices.h"
#include "common/calendar_date.h"
#include "db/database.h"
#include "db/demo_stores.h"
#include "db/practice_stores.h"

namespace knotwork::cli {

// The open practice and its services, for one command. Reading commands require an existing
// practice (with a hint to run init); writing ones create it when missing.
class PracticeAccess {
public:
    PracticeAccess(const CliContext& context, db::OpenMode mode);

    clients::ClientService& service() { return m_stores->clientService(); }
    clients::ClientStore& clients() { return m_stores->clientStore(); }
    clients::ProviderStore& providers() { return m_stores->providerStore(); }
    clients::SettingsStore& settings() { return m_stores->settingsStore(); }
    sessions::SessionService& sessions() { return m_stores->sessionService(); }
    plans::PlanService& plans() { return m_stores->planService(); }
    sharing::SharingService& sharing() { return m_stores->sharingService(); }
    demo::DemoStores demoStores() { return db::demoStores(*m_stores); }

private:
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<db::PracticeStores> m_stores;
};

// A date option (--date 2026-11-23); ValidationError naming the option otherwise.
Date dateOption(const std::string& text, const std::string& option);
std::optional<Date> optionalDateOption(const std::string& text, const std::string& option);

// A choice given by its key (--role physical_therapist); ValidationError listing the keys.
template <typename E>
E choiceOption(const std::string& key, const std::string& option);

// Reads a whole file given on the command line; NotFoundError when it cannot be read.
std::string readFileOption(const std::string& path);

} // namespace knotwork::cli
