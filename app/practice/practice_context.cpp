#include "app/practice/practice_context.h"

#include "clients/paper_size.h"
#include "db/practice_roles.h"
#include "db/practice_users.h"
#include "db/record_keys.h"
#include "db/sealed_records.h"

namespace knotwork::app {

namespace {

// The login's account; none on a file, nor over a server practice not yet upgraded to have them.
std::optional<PracticeUser> accountOf(db::Database& database, const std::string& login)
{
    if (!database.onServer() || !database.hasTable("practice_users"))
        return std::nullopt;
    return db::practiceUser(database, login);
}

} // namespace

PracticeContext::PracticeContext(const std::filesystem::path& file, db::OpenMode mode,
                                 const std::string& actor, Clock clock, const std::string& passphrase,
                                 db::FileCheck check)
    : PracticeContext(db::openPractice(file, mode, actor, passphrase, check), nullptr, actor, std::move(clock))
{
    finishInterruptedFiles();
}

PracticeContext::PracticeContext(const db::ServerAddress& server, db::OpenMode mode, const std::string& actor,
                                 Clock clock)
    : PracticeContext(db::openPractice(server, mode, actor), nullptr, actor, std::move(clock))
{
    finishInterruptedFiles();
}

void PracticeContext::finishInterruptedFiles()
{
    if (!db::recordKeyMissing(m_database))
        m_sharingService->finishInterruptedFiles();
}

PracticeContext::PracticeContext(db::Database& database, const std::string& actor, Clock clock)
    : PracticeContext(db::OpenedPractice{}, &database, actor, std::move(clock))
{
}

PracticeContext::PracticeContext(db::OpenedPractice opened, db::Database* borrowed, const std::string& actor,
                                 Clock clock)
    : m_ownDatabase(std::move(opened.database)),
      m_database(m_ownDatabase ? *m_ownDatabase : *borrowed),
      m_actor(db::auditActor(m_database, actor)),
      m_account(accountOf(m_database, m_actor)),
      m_backupBeforeUpgrade(std::move(opened.backupBeforeUpgrade)),
      m_stores(m_database, m_actor),
      m_unitOfWork(m_database),
      m_clientService(std::make_unique<clients::ClientService>(m_stores.clients(), m_stores.providers(),
                                                               m_stores.settings(), std::move(clock),
                                                               clients::paperSizeForLocale(clients::paperLocaleName()))),
      m_sessionService(std::make_unique<sessions::SessionService>(m_stores.sessions(), *m_clientService,
                                                                  m_unitOfWork)),
      m_planService(std::make_unique<plans::PlanService>(m_stores.plans(), *m_sessionService, *m_clientService)),
      m_sharingService(std::make_unique<sharing::SharingService>(*m_clientService, *m_sessionService,
                                                                 *m_planService, m_stores.disclosures(),
                                                                 m_stores.schedule())),
      m_retentionQueries(m_database),
      m_retentionService(std::make_unique<safekeeping::RetentionService>(*m_clientService, m_retentionQueries)),
      m_scheduleService(std::make_unique<schedule::ScheduleService>(m_stores.schedule(), *m_clientService,
                                                                    m_unitOfWork)),
      m_bookSettingsService(std::make_unique<schedule::BookSettingsService>(m_stores.schedule(),
                                                                            m_clientService->clock(), m_unitOfWork)),
      m_recallService(std::make_unique<schedule::RecallService>(*m_planService, m_stores.schedule())),
      m_billingService(std::make_unique<billing::BillingService>(m_stores.billing(), m_stores.schedule(),
                                                                 *m_clientService, m_clientService->clock(),
                                                                 m_unitOfWork))
{
    if (m_account) {
        m_sessionService->signAs(*m_account);
        if (m_account->role == PracticeUser::Role::FrontDesk)
            m_scheduleService->judgeSafetyByListStatus();
    }
    // The cancellation policy a client accepts at intake is the appointment book's.
    m_clientService->setCurrentWordings([this](clients::ConsentKind kind) {
        return kind == clients::ConsentKind::CancellationPolicy ? m_stores.schedule().cancellationPolicy().version
                                                                 : std::string();
    });
}

PracticeContext::~PracticeContext() = default;

bool PracticeContext::recordKeyMissing() const
{
    return db::recordKeyMissing(m_database);
}

std::optional<std::string> PracticeContext::pendingRecoveryCode() const
{
    return db::pendingRecoveryCode(m_database);
}

void PracticeContext::markRecoveryCodeShown()
{
    db::markRecoveryCodeShown(m_database);
}

void PracticeContext::restoreRecordKey(const std::string& recoveryCode)
{
    db::restoreRecordKey(m_database, recoveryCode);
}

std::string PracticeContext::replaceRecordKey()
{
    return db::replaceRecordKey(m_database, m_actor);
}

std::optional<integrity::ChainHead> PracticeContext::chainHead()
{
    return db::chainHead(m_database);
}

ServiceSet PracticeContext::services()
{
    ServiceSet services;
    services.add(clientService());
    services.add(sessionService());
    services.add(planService());
    services.add(sharingService());
    services.add(retentionService());
    services.add(scheduleService());
    services.add(bookSettingsService());
    services.add(recallService());
    services.add(billingService());
    return services;
}

demo::DemoStores PracticeContext::demoStores()
{
    return {m_stores.clients(), m_stores.providers(), m_stores.settings(), m_stores.sessions(), m_stores.plans(),
            m_stores.schedule(), m_stores.billing()};
}

} // namespace knotwork::app
