#include "demo_practices.h"

#include <map>
#include <soci/soci.h>
#include <stdexcept>
#include <tuple>

#include "app/practice/practice_migration.h"
#include "db/practice_opener.h"
#include "support/scratch_server_database.h"
#include "support/temp_dir.h"

namespace knotwork::benchmarks {

namespace {

using Key = std::tuple<int, std::uint32_t, bool, int>;

Key keyOf(const demo::DemoOptions& options)
{
    if (options.referenceDay != kDemoToday)
        throw std::logic_error("the benchmarks' demo practices are made for kDemoToday");
    return {options.clients, options.seed, options.sessionNotes, options.years.value_or(0)};
}

std::string nameOf(const demo::DemoOptions& options)
{
    return "demo-" + std::to_string(options.clients) + (options.sessionNotes ? "" : "-clients-only")
           + (options.years ? "-" + std::to_string(*options.years) + "-years" : "") + "-seed-"
           + std::to_string(options.seed) + ".sqlite";
}

const knotwork::testing::TempDir& runFolder()
{
    static const knotwork::testing::TempDir folder;
    return folder;
}

DemoSubjects subjectsOf(db::Database& database)
{
    DemoSubjects subjects;
    soci::session& sql = database.session();
    soci::indicator found = soci::i_ok;
    sql << "SELECT n.client_id, COUNT(*) FROM session_notes n JOIN treatment_plans p ON p.client_id = n.client_id "
           "WHERE p.status = 'active' AND n.status = 'signed' GROUP BY n.client_id ORDER BY COUNT(*) DESC, n.client_id "
           "LIMIT 1",
        soci::into(subjects.busiestClient, found), soci::into(subjects.signedNotesOfBusiest);
    if (found == soci::i_ok && subjects.busiestClient != 0)
        sql << "SELECT id FROM session_notes WHERE client_id = :client AND status = 'signed' "
               "ORDER BY visit_date DESC, id DESC LIMIT 1",
            soci::use(subjects.busiestClient), soci::into(subjects.newestNoteOfBusiest);
    sql << "SELECT COUNT(*) FROM clients", soci::into(subjects.clients);
    sql << "SELECT COUNT(*) FROM session_notes", soci::into(subjects.notes);
    sql << "SELECT COUNT(*) FROM appointments", soci::into(subjects.appointments);
    sql << "SELECT COUNT(*) FROM invoices", soci::into(subjects.invoices);
    return subjects;
}

} // namespace

demo::DemoOptions demoOptions(int clients, bool sessionNotes)
{
    demo::DemoOptions options{clients, 7, kDemoToday, sessionNotes};
    if (sessionNotes)
        options.years = kDemoYears;
    return options;
}

const DemoPracticeFile& demoPractice(const demo::DemoOptions& options)
{
    static std::map<Key, DemoPracticeFile> made;
    const Key key = keyOf(options);
    if (const auto found = made.find(key); found != made.end())
        return found->second;
    DemoPracticeFile practice{runFolder() / nameOf(options), {}};
    {
        OpenedDemo open(practice.file);
        demo::fillDemoPractice(open.practice.demoStores(), options);
        practice.subjects = subjectsOf(*open.database);
    }
    return made.emplace(key, std::move(practice)).first->second;
}

const std::filesystem::path& writableDemoPractice(const demo::DemoOptions& options)
{
    static std::map<Key, std::filesystem::path> made;
    const Key key = keyOf(options);
    if (const auto found = made.find(key); found != made.end())
        return found->second;
    const std::filesystem::path& original = demoPractice(options).file;
    std::filesystem::path copy = runFolder() / ("writable-" + original.filename().string());
    std::filesystem::copy_file(original, copy);  // closed, so its write-ahead log is folded in
    return made.emplace(key, std::move(copy)).first->second;
}

const db::ServerAddress& serverDemoPractice(const demo::DemoOptions& options)
{
    struct OnServer {
        knotwork::testing::ScratchServerDatabase database;
        db::ServerAddress address = db::ServerAddress::parse(database.uri());
    };
    // Never destroyed: dropping the databases at exit would call libpq after OpenSSL's own exit
    // handler has run (a crash); they go with the cluster, which scripts/perf-table stops.
    static auto& made = *new std::map<Key, std::unique_ptr<OnServer>>;
    const Key key = keyOf(options);
    if (const auto found = made.find(key); found != made.end())
        return found->second->address;
    auto onServer = std::make_unique<OnServer>();
    {
        OpenedDemo open(demoPractice(options).file);
        app::migratePracticeToServer(*open.database, onServer->address, "benchmark");
    }
    return made.emplace(key, std::move(onServer)).first->second->address;
}

std::vector<long long> visitsToCheckOut(db::Database& database, std::size_t most)
{
    std::vector<long long> visits(most);
    database.session() << "SELECT a.id FROM appointments a WHERE a.status = 'completed' AND a.referral_only = 0 "
                          "AND a.id NOT IN (SELECT appointment_id FROM invoices WHERE appointment_id IS NOT NULL) "
                          "ORDER BY a.starts_at DESC, a.id",
        soci::into(visits);
    return visits;
}

OpenedDemo::OpenedDemo(const std::filesystem::path& file, const std::string& passphrase)
    : database(db::openPractice(file, db::OpenMode::CreateIfMissing, "benchmark", passphrase).database),
      practice(*database, "benchmark", Clock::stoppedOn(kDemoToday))
{
}

OpenedDemo::OpenedDemo(const db::ServerAddress& server)
    : database(db::openPractice(server, db::OpenMode::ExistingOnly, "benchmark").database),
      practice(*database, "benchmark", Clock::stoppedOn(kDemoToday))
{
}

} // namespace knotwork::benchmarks
