#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/error.h"
#include "db/migrator.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "db/write_transaction.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

const Date kToday(2026, 11, 23);

using testing::readBytes;
using testing::sqliteQuery;
using testing::TempDir;

// The built-in migrations up to `count`, followed by test-only steps.
std::vector<Migration> builtInUpTo(int count, std::vector<Migration> extra = {})
{
    std::vector<Migration> result(builtInMigrations().begin(), builtInMigrations().begin() + count);
    for (Migration& migration : extra) {
        migration.version = static_cast<int>(result.size()) + 1;
        result.push_back(std::move(migration));
    }
    return result;
}

int latest()
{
    return static_cast<int>(builtInMigrations().size());
}

// The copies written beside a practice file before an upgrade.
std::vector<std::filesystem::path> backupsBeside(const std::filesystem::path& file)
{
    std::vector<std::filesystem::path> backups;
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path())) {
        if (entry.path().filename().string().find(".format-") != std::string::npos)
            backups.push_back(entry.path());
    }
    return backups;
}

// What only a practice file has (the copy kept before an upgrade), and the migrations' own
// numbering, which no database answers.
class MigratorTest : public ::testing::Test {
protected:
    // A practice with the first `builtInCount` built-in migrations, then `extra`.
    std::filesystem::path practiceAt(int builtInCount, std::vector<Migration> extra = {})
    {
        const auto file = m_dir / "practice.sqlite";
        auto database = Database::open(file, OpenMode::CreateIfMissing);
        Migrator(*database, builtInUpTo(builtInCount, std::move(extra))).migrate("setup");
        return file;
    }

    TempDir m_dir;
};

// What holds wherever the practice is: built new, upgraded from every earlier format, a practice
// from a newer Knotwork refused untouched, a failing migration leaving it as it was. (The copy
// kept before an upgrade is a practice file's: on a server the upgrade is one transaction.)
class Migrations : public ::testing::TestWithParam<backends::Backend> {
protected:
    // Brings the practice to the first `builtInCount` built-in migrations, then `extra`.
    void practiceAt(int builtInCount, std::vector<Migration> extra = {})
    {
        auto database = m_practice.database(OpenMode::CreateIfMissing);
        Migrator(*database, builtInUpTo(builtInCount, std::move(extra))).migrate("setup");
    }

    // An Nguyễn, added through the stores of the practice's own format (no upgrade).
    clients::ClientId addClient()
    {
        auto database = m_practice.database(OpenMode::ExistingOnly);
        app::PracticeContext stores(*database, "alice", Clock::stoppedOn(kToday));
        // Imported without a screening: the rows of an old format's tables only.
        clients::ClientStore::ImportedClient imported;
        imported.record.client.familyName = "Nguyễn";
        imported.record.client.givenNames = "An";
        return stores.stores().clients().importClients({&imported, 1}).front();
    }

    OpenedPractice open(OpenMode mode = OpenMode::ExistingOnly) const { return m_practice.open("alice", mode); }

    backends::PracticeOn m_practice{GetParam()};
};

TEST_P(Migrations, ANewPracticeGetsEveryMigrationRecordedAndAudited)
{
    auto opened = open(OpenMode::CreateIfMissing);
    EXPECT_FALSE(opened.backupBeforeUpgrade);  // nothing to protect in a new practice
    Migrator migrator(*opened.database);
    EXPECT_EQ(migrator.currentVersion(), latest());

    int recorded = 0;
    int audited = 0;
    opened.database->session() << "SELECT COUNT(*) FROM schema_version", soci::into(recorded);
    const std::string actor = m_practice.actorFor("alice");
    opened.database->session() << "SELECT COUNT(*) FROM audit_log WHERE entity = 'schema' "
                                  "AND action = 'migrate' AND actor = :actor",
        soci::use(actor), soci::into(audited);
    EXPECT_EQ(recorded, latest());
    EXPECT_EQ(audited, latest());
    if (!m_practice.onServer()) {
        EXPECT_TRUE(backupsBeside(m_practice.file()).empty());
    }
}

TEST_P(Migrations, OpeningAnUpToDatePracticeChangesNothing)
{
    practiceAt(latest());
    open();  // its first opening starts its record chain
    const std::string before = m_practice.contents();
    auto opened = open();
    EXPECT_FALSE(opened.backupBeforeUpgrade);
    opened.database.reset();
    EXPECT_EQ(m_practice.contents(), before);
}

TEST_P(Migrations, EveryEarlierBuiltInVersionUpgradesToTheLatestKeepingABackupOfAFile)
{
    for (int from = 1; from < latest(); ++from) {
        SCOPED_TRACE("upgrading from format " + std::to_string(from));
        const backends::PracticeOn practice(GetParam());
        Migrator(*practice.database(OpenMode::CreateIfMissing), builtInUpTo(from)).migrate("setup");
        auto opened = practice.open("alice", OpenMode::ExistingOnly);
        EXPECT_EQ(Migrator(*opened.database).currentVersion(), latest());
        EXPECT_EQ(practice.query("SELECT COUNT(*) FROM audit_log WHERE entity = 'schema' AND action = 'migrate' "
                                 "AND actor = '" + practice.actorFor("alice") + "'"),
                  std::to_string(latest() - from));
        if (practice.onServer()) {
            EXPECT_FALSE(opened.backupBeforeUpgrade) << "one transaction on the server; its backups are its own";
            continue;
        }
        ASSERT_TRUE(opened.backupBeforeUpgrade);
        EXPECT_EQ(sqliteQuery(*opened.backupBeforeUpgrade, "SELECT MAX(version) FROM schema_version"),
                  std::to_string(from));
    }
}

TEST_P(Migrations, APracticeOfTheFirstReleaseTakesClientsOnceUpgraded)
{
    // Format 1 was the foundation release: an audit trail and nothing else.
    practiceAt(1);
    {
        auto database = m_practice.database(OpenMode::ExistingOnly);
        WriteTransaction transaction(*database, "alice");
        transaction.audit({"practice", "", "opened", std::nullopt, std::nullopt});
        transaction.commit();
    }
    auto opened = open();
    EXPECT_EQ(opened.backupBeforeUpgrade.has_value(), !m_practice.onServer());
    EXPECT_EQ(m_practice.query("SELECT COUNT(*) FROM audit_log WHERE action = 'opened'"), "1");

    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    clients::IntakeRecord record;
    record.client.familyName = "Nguyễn";
    record.client.givenNames = "An";
    const clients::ClientId id = stores.clientService().saveIntake(record);
    EXPECT_EQ(stores.stores().clients().chart(id).client.familyName, "Nguyễn");
    clients::PracticeSettings settings = stores.clientService().settings();
    EXPECT_EQ(settings.rowVersion, 0);
    settings.practiceName = "Harbourside Massage";
    stores.clientService().saveSettings(settings, std::nullopt);
    EXPECT_EQ(stores.clientService().settings().practiceName, "Harbourside Massage");
}

TEST_P(Migrations, APracticeWithClientsButNoNotesTakesSessionNotesOnceUpgraded)
{
    // Format 2 was the client-records release.
    practiceAt(2);
    const clients::ClientId id = addClient();
    auto opened = open();
    EXPECT_EQ(opened.backupBeforeUpgrade.has_value(), !m_practice.onServer());
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    EXPECT_EQ(stores.stores().clients().chart(id).client.familyName, "Nguyễn");
    const sessions::SoapNote draft = stores.sessionService().openNote(id, Date(2026, 11, 20), std::nullopt);
    EXPECT_EQ(stores.stores().sessions().history(id).size(), 1u);
    EXPECT_FALSE(draft.subjective.diaryDays) << "a first visit asks the diary period; the draft is stored without one";
}

TEST_P(Migrations, NotesSignedBeforePlansExistedGiveTheirFindingsOnceUpgraded)
{
    // Format 3 was the session-notes release: progress reads the findings its bodies hold.
    practiceAt(3);
    const clients::ClientId id = addClient();
    const std::string note =
        "INSERT INTO session_notes (client_id, visit_date, status, body, diary_days, headache_days, "
        "average_intensity, created_at, updated_at, signed_at, signed_by, late_entry, "
        "override_reason, row_version) VALUES (" + std::to_string(id) + ", '2026-11-02', ";
    const std::string body = R"('{"subjective":{"medication_days":3},"objective":{"rom":)"
                             R"({"rotation_left":{"before":55,"after":62}},"cfrt_left":28},)"
                             R"("assessment":{"pain_before":6}}')";
    m_practice.query(note + "'signed', " + body + ", 14, 7, 5, '2026-11-02T10:00:00Z', "
                           "'2026-11-02T11:00:00Z', '2026-11-02T11:00:00Z', 'Maya', 0, '', 2)");
    m_practice.query(note + "'draft', '{}', 28, 2, NULL, '2026-11-03T10:00:00Z', "
                           "'2026-11-03T10:00:00Z', NULL, '', 0, '', 1)");

    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    const std::vector<sessions::VisitFindings> findings = stores.stores().sessions().findings(id);
    ASSERT_EQ(findings.size(), 1u);  // the draft is not part of the record
    EXPECT_EQ(findings[0].visitDate, Date(2026, 11, 2));
    EXPECT_EQ(findings[0].diaryDays, 14);
    EXPECT_EQ(findings[0].headacheDays, 7);
    EXPECT_EQ(findings[0].averageIntensity, 5);
    EXPECT_EQ(findings[0].medicationDays, 3);
    EXPECT_EQ(findings[0].rom.at(sessions::RomDirection::RotationLeft),
              (sessions::RomMeasure{55, 62}));
    EXPECT_EQ(findings[0].rom.size(), 1u);
    EXPECT_EQ(findings[0].cfrtLeft, 28);
    EXPECT_EQ(findings[0].painBefore, 6);
    EXPECT_FALSE(findings[0].painAfter);
}

TEST_P(Migrations, APracticeOfThePlansReleaseLogsDisclosuresOnceUpgradedAndKeepsThemAsLogged)
{
    // Format 4 was the plans release: it had no disclosure log.
    practiceAt(4);
    const clients::ClientId id = addClient();
    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    disclosures::Disclosure sent;
    sent.clientId = id;
    sent.kind = disclosures::DocumentKind::IntakeSummary;
    sent.fileName = "intake.pdf";
    sent.sha256 = std::string(64, 'a');
    sent.byteCount = 1000;
    stores.stores().disclosures().add(sent);
    ASSERT_EQ(stores.sharingService().disclosures(id).size(), 1u);
    EXPECT_THROW(m_practice.query("UPDATE disclosures SET file_name = 'other.pdf'"), std::runtime_error);
    EXPECT_THROW(m_practice.query("DELETE FROM disclosures"), std::runtime_error);
}

TEST_P(Migrations, APracticeFromBeforeTheScreeningRulesKeepsItsFlagsOverridesAndReScreens)
{
    // Format 5 (the disclosure log) screened with one list for intake and visits, and kept the
    // reason a note was signed despite the screening.
    practiceAt(5);
    const clients::ClientId id = addClient();
    const std::string client = std::to_string(id);
    m_practice.query("INSERT INTO screenings (client_id, screened_at, screened_by, issues, notes) VALUES (" + client +
                          ", '2026-10-01T10:00:00Z', 'Maya', 'vision_changes', '')");
    m_practice.query("INSERT INTO session_notes (client_id, visit_date, status, body, diary_days, created_at, "
                      "updated_at, signed_at, signed_by, late_entry, override_reason, row_version) VALUES (" + client +
                          ", '2026-10-02', 'signed', '{\"subjective\":{\"rescreen\":[\"vision_changes\"]}}', 28, "
                          "'2026-10-02T10:00:00Z', '2026-10-02T11:00:00Z', '2026-10-02T11:00:00Z', 'Maya', 0, "
                          "'Neurologist cleared by phone', 2)");

    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    const clients::ClientChart chart = stores.stores().clients().chart(id);
    ASSERT_EQ(chart.screenings.size(), 1u);
    EXPECT_EQ(chart.screenings[0].kind, clients::ScreeningKind::Intake) << "it asked every issue";
    EXPECT_EQ(stores.clientService().assess(chart).status, clients::SafetyStatus::ReferBeforeTreatment);
    const std::vector<sessions::NoteSummary> history = stores.stores().sessions().history(id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].kind, sessions::NoteKind::Treatment);
    const sessions::SoapNote signedBefore = stores.stores().sessions().note(history[0].id);
    EXPECT_EQ(signedBefore.subjective.rescreen, (std::map<clients::SafetyIssue, bool>{{clients::SafetyIssue::VisionChanges, true}}));
    EXPECT_EQ(signedBefore.overrideReason, "Neurologist cleared by phone") << "kept as it was signed";
    // A withdrawal is history the database keeps: it can be added, never changed or removed.
    clients::FlagWithdrawal withdrawal;
    withdrawal.issue = clients::SafetyIssue::VisionChanges;
    withdrawal.reason = clients::WithdrawalReason::ResolvedConfirmedByProvider;
    withdrawal.details = "Dr Okafor, 2026-11-20";
    stores.clientService().withdrawFlag(id, withdrawal);
    EXPECT_EQ(stores.clientService().assess(stores.stores().clients().chart(id)).status, clients::SafetyStatus::Clear);
    EXPECT_THROW(m_practice.query("DELETE FROM flag_withdrawals"), std::runtime_error);
    EXPECT_THROW(m_practice.query("UPDATE flag_withdrawals SET details = 'x'"), std::runtime_error);
}

TEST_P(Migrations, APracticeFromBeforeTheFlexionRotationSettingKeepsItsSettingsAndThirtyDegrees)
{
    // Format 5 had no flexion-rotation cut-off: notes were judged at 30°.
    practiceAt(5);
    m_practice.query("UPDATE practice_settings SET practice_name = 'Harbourside Massage', row_version = 3");
    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    clients::PracticeSettings settings = stores.clientService().settings();
    EXPECT_EQ(settings.practiceName, "Harbourside Massage");
    EXPECT_EQ(settings.rowVersion, 3);
    EXPECT_EQ(settings.cfrtCutoff, 30);
    settings.cfrtCutoff = 32;
    stores.clientService().saveSettings(settings, std::nullopt);
    EXPECT_EQ(stores.clientService().settings().cfrtCutoff, 32);
    settings = stores.clientService().settings();
    settings.cfrtCutoff = 31;  // not one of Hall's cut-offs
    EXPECT_THROW(stores.clientService().saveSettings(settings, std::nullopt), ValidationError);
}

TEST_P(Migrations, APracticeFromBeforeTheReportSettingsKeepsItsSettingsTenDegreesAndNoSignature)
{
    // Format 8 had neither the smallest meaningful range-of-motion change nor a signature image.
    practiceAt(8);
    m_practice.query("UPDATE practice_settings SET therapist_name = 'Ana Lima', cfrt_cutoff = 32, row_version = 4");
    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    clients::PracticeSettings settings = stores.clientService().settings();
    EXPECT_EQ(settings.therapistName, "Ana Lima");
    EXPECT_EQ(settings.cfrtCutoff, 32);
    EXPECT_EQ(settings.rowVersion, 4);
    EXPECT_EQ(settings.romMeaningfulChange, 10) << "the figure reports judged by before the setting existed";
    EXPECT_FALSE(settings.signatureAttachmentId);
    settings.romMeaningfulChange = 5;
    stores.clientService().saveSettings(settings, std::nullopt);
    EXPECT_EQ(stores.clientService().settings().romMeaningfulChange, 5);
    settings = stores.clientService().settings();
    settings.romMeaningfulChange = 4;  // below what any instrument can tell apart
    EXPECT_THROW(stores.clientService().saveSettings(settings, std::nullopt), ValidationError);
}

TEST_P(Migrations, APracticeFromBeforeTheAppointmentBookGetsTheUsualServicesAndBooksItsClients)
{
    // Format 11 had no appointment book.
    practiceAt(11);
    const clients::ClientId client = addClient();
    m_practice.query("UPDATE practice_settings SET practice_name = 'Harbourside Massage', row_version = 3");
    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    schedule::ScheduleStore& book = stores.stores().schedule();
    const std::vector<schedule::Service> services = book.services();
    ASSERT_EQ(services.size(), 6u);
    EXPECT_EQ(services[3].name, "Treatment, 60 min");
    EXPECT_EQ(book.workingWeek().days[1].size(), 1u) << "Mondays open";
    EXPECT_EQ(book.cancellationPolicy().lateWindowHours, 24);
    EXPECT_EQ(stores.clientService().settings().practiceName, "Harbourside Massage");
    EXPECT_EQ(stores.clientService().settings().rowVersion, 3);

    schedule::Appointment visit;
    visit.clientId = client;
    visit.serviceId = services[3].id;
    visit.start = parseIsoLocalTime("2026-11-24T10:00", "start");
    const schedule::AppointmentId id = book.addAppointment(visit);
    EXPECT_EQ(book.appointmentsOf(client).at(0).id, id);
}

TEST_P(Migrations, APracticeFromBeforeBillingKeepsItsFeesTaxesItsServicesAndNumbersItsFirstInvoiceOne)
{
    // Format 12 had the appointment book and its fees, but no billing.
    practiceAt(12);
    const clients::ClientId client = addClient();
    m_practice.query("UPDATE services SET fee_cents = 9500 WHERE name = 'Treatment, 60 min'");
    auto opened = open();
    app::PracticeContext stores(*opened.database, "alice", Clock::stoppedOn(kToday));
    const schedule::Service treatment = stores.stores().schedule().services().at(3);
    EXPECT_EQ(treatment.feeCents, 9500);
    EXPECT_TRUE(treatment.taxable);
    EXPECT_EQ(treatment.cptCode, "97124");
    billing::BillingSettings settings = stores.billingService().settings();
    EXPECT_EQ(settings.currency, "CAD");
    EXPECT_FALSE(settings.chargesTax());
    EXPECT_EQ(settings.nextInvoiceNumber, 1);

    settings.taxBasisPoints = 1300;
    stores.billingService().saveSettings(settings);
    schedule::Appointment visit;
    visit.clientId = client;
    visit.serviceId = treatment.id;
    visit.start = parseIsoLocalTime("2026-11-23T10:00", "start");
    visit.status = schedule::AppointmentStatus::Completed;
    const schedule::AppointmentId id = stores.stores().schedule().addAppointment(visit);
    const billing::PaidInvoice paid = stores.billingService().checkOut(id, {});
    EXPECT_EQ(paid.invoice.number, 1);
    EXPECT_EQ(paid.invoice.totalCents, 10735);
}

TEST_F(MigratorTest, AnUpgradeKeepsTheRecordsAndLeavesACopyOfThePracticeAsItWas)
{
    const Migration notes{0, "test_notes", "CREATE TABLE test_notes (id {{id_primary_key}}, text TEXT);", "", ""};
    const Migration mood{0, "test_notes_mood", "ALTER TABLE test_notes ADD COLUMN mood INTEGER;", "", ""};
    const auto file = practiceAt(latest(), {notes});
    sqliteQuery(file, "INSERT INTO test_notes (text) VALUES ('Zoë: less neck pain since last week')");

    auto database = Database::open(file, OpenMode::ExistingOnly);
    const auto backup = Migrator(*database, builtInUpTo(latest(), {notes, mood})).migrate("alice");

    ASSERT_TRUE(backup);
    EXPECT_EQ(backup->parent_path(), file.parent_path());
    EXPECT_EQ(testing::permissionBits(*backup), 0600u);
    EXPECT_EQ(sqliteQuery(file, "SELECT text FROM test_notes"), "Zoë: less neck pain since last week");
    EXPECT_EQ(sqliteQuery(file, "SELECT COUNT(*) FROM pragma_table_info('test_notes') WHERE name = 'mood'"), "1");
    EXPECT_EQ(sqliteQuery(*backup, "SELECT MAX(version) FROM schema_version"), std::to_string(latest() + 1));
    EXPECT_EQ(sqliteQuery(*backup, "SELECT text FROM test_notes"), "Zoë: less neck pain since last week");
    EXPECT_EQ(sqliteQuery(*backup, "SELECT COUNT(*) FROM pragma_table_info('test_notes') WHERE name = 'mood'"), "0");
}

TEST_P(Migrations, APracticeFromANewerKnotworkIsRefusedUntouched)
{
    practiceAt(latest());
    m_practice.query("INSERT INTO schema_version VALUES (" + std::to_string(latest() + 1) +
                     ", 'from_the_future', '2030-01-01T00:00:00Z', '9.0.0')");
    const std::string before = m_practice.contents();

    try {
        open();
        FAIL() << "opened a practice from a newer Knotwork";
    } catch (const PracticeFileError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("newer Knotwork"), std::string::npos) << message;
        EXPECT_NE(message.find(std::to_string(latest() + 1)), std::string::npos) << message;
    }
    EXPECT_EQ(m_practice.contents(), before);
    if (!m_practice.onServer()) {
        EXPECT_TRUE(backupsBeside(m_practice.file()).empty());
    }
}

TEST_P(Migrations, AFailingMigrationLeavesThePracticeExactlyAsItWas)
{
    practiceAt(latest());
    const std::string before = m_practice.contents();
    const Migration good{0, "test_good", "CREATE TABLE test_good (id INTEGER);", "", ""};
    const Migration bad{0, "test_bad", "CREATE TABLE test_bad (id INTEGER);\nTHIS IS NOT SQL;", "", ""};

    auto database = m_practice.database(OpenMode::ExistingOnly);
    Migrator migrator(*database, builtInUpTo(latest(), {good, bad}));
    try {
        migrator.migrate("alice");
        FAIL() << "a broken migration was applied";
    } catch (const StorageError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("test_bad"), std::string::npos) << message;
        EXPECT_NE(message.find("still at format " + std::to_string(latest())), std::string::npos) << message;
    }
    EXPECT_EQ(migrator.currentVersion(), latest());
    EXPECT_FALSE(database->hasTable("test_good"));
    EXPECT_FALSE(database->hasTable("test_bad"));
    EXPECT_EQ(m_practice.query("SELECT COUNT(*) FROM audit_log WHERE entity_id = '" + std::to_string(latest() + 1)
                               + "'"),
              "0");
    database.reset();
    EXPECT_EQ(m_practice.contents(), before);
}

TEST_P(Migrations, ADatabaseOfAnotherProgramIsNotTakenOver)
{
    m_practice.database(OpenMode::CreateIfMissing)->session() << "CREATE TABLE recipe (name TEXT)";
    EXPECT_THROW(open(), PracticeFileError);
    EXPECT_THROW(open(OpenMode::CreateIfMissing), PracticeFileError);
    EXPECT_THROW(m_practice.query("SELECT COUNT(*) FROM audit_log"), std::runtime_error) << "no audit trail made";
    EXPECT_EQ(m_practice.query("SELECT COUNT(*) FROM recipe"), "0");
}

TEST_F(MigratorTest, MigrationsMustBeNumberedWithoutGaps)
{
    auto database = Database::open(m_dir / "p.sqlite", OpenMode::CreateIfMissing);
    std::vector<Migration> gap = builtInMigrations();
    gap.push_back({latest() + 2, "skipped_one", "", "", ""});
    EXPECT_THROW(Migrator(*database, gap), std::logic_error);
}

KNOTWORK_ON_BOTH_BACKENDS(Migrations);

} // namespace
} // namespace knotwork::db
