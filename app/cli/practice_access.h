#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/cli/cli_context.h"
#include "clients/attachment.h"
#include "clients/client_choices.h"
#include "common/calendar_date.h"
#include "common/error.h"
#include "app/practice/practice_context.h"

namespace knotwork::cli {

// The open practice and its services, for one command. Every command but demo requires an
// existing practice (noPracticeAt otherwise: a mistyped --db must not quietly start a new one);
// init creates practices, and demo fills a new one. A command that
// carries out several use cases runs them as one action (oneAction), so a kill at any moment
// leaves none or all of them.
class PracticeAccess {
public:
    PracticeAccess(const CliContext& context, db::OpenMode mode);

    clients::ClientService& service() { return m_practice->clientService(); }
    clients::ClientQueries& clients() { return service().clients(); }
    clients::ProviderQueries& providers() { return service().providers(); }
    sessions::SessionService& sessions() { return m_practice->sessionService(); }
    plans::PlanService& plans() { return m_practice->planService(); }
    sharing::SharingService& sharing() { return m_practice->sharingService(); }
    safekeeping::RetentionService& retention() { return m_practice->retentionService(); }
    schedule::ScheduleService& schedule() { return m_practice->scheduleService(); }
    schedule::BookSettingsService& bookSettings() { return m_practice->bookSettingsService(); }
    billing::BillingService& billing() { return m_practice->billingService(); }
    UnitOfWork& oneAction() { return m_practice->unitOfWork(); }
    demo::DemoStores demoStores() { return m_practice->demoStores(); }
    // The whole open practice, for what works on its file (backups, exports).
    app::PracticeContext& practice() { return *m_practice; }
    // Logged in to a clinic server as a front desk account, which reads no chart.
    bool frontDesk() const
    {
        return m_practice->account() && m_practice->account()->role == PracticeUser::Role::FrontDesk;
    }

private:
    std::unique_ptr<app::PracticeContext> m_practice;
};

// What a command aimed at a path with no practice says: only init (and demo) make one.
NotFoundError noPracticeAt(const std::filesystem::path& file);

// A date option (--date 2026-11-23); ValidationError naming the option otherwise.
Date dateOption(const std::string& text, const std::string& option);
std::optional<Date> optionalDateOption(const std::string& text, const std::string& option);

// A choice given by its key (--role physical_therapist); ValidationError listing the keys.
template <typename E>
E choiceOption(const std::string& key, const std::string& option);

// Reads a whole file given on the command line; NotFoundError when it cannot be read.
std::string readFileOption(const std::string& path);
// A file given on the command line to copy into the practice (a clearance letter, the logo): its
// name, media type (by its extension) and bytes. NotFoundError when it cannot be read.
clients::Attachment fileOption(const std::string& path);

} // namespace knotwork::cli
