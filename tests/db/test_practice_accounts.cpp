// Accounts on a clinic server (issue 26): each person logs in as a PostgreSQL login of their own,
// and what the front desk may not read or a therapist may not change is refused by the server
// itself, to the app's services and to raw SQL alike. Every test sets the practice up as
// docs/CLINIC-SERVER.md does: an owner login that may create roles (not a superuser) creates the
// practice and its accounts; the people then log in as real non-superuser logins.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "db/migrator.h"
#include "db/practice_roles.h"
#include "db/practice_users.h"
#include "db/server_access.h"
#include "support/new_client.h"
#include "support/scratch_server_database.h"
#include "support/signed_visit.h"
#include "support/temp_dir.h"
#include "support/treatment_consent.h"

namespace knotwork::db {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::serverQuery;
using knotwork::testing::uriAs;

constexpr const char* kPassword = "correct-horse-battery";

class PracticeAccounts : public ::testing::Test {
protected:
    PracticeAccounts()
    {
        serverQuery(m_server.uri(), "CREATE ROLE " + login("owner") + " LOGIN CREATEROLE PASSWORD '" + kPassword + "'");
        serverQuery(m_server.uri(), "ALTER DATABASE " + m_server.name() + " OWNER TO " + login("owner"));
        m_owner = openAs("owner", OpenMode::CreateIfMissing);
    }

    // A login of this test's own: logins are the whole cluster's, and tests run side by side.
    std::string login(const std::string& who) const { return m_server.name() + "_" + who; }
    std::string uriOf(const std::string& who) const { return uriAs(m_server.uri(), login(who), kPassword); }

    std::unique_ptr<app::PracticeContext> openAs(const std::string& who, OpenMode mode = OpenMode::ExistingOnly)
    {
        return std::make_unique<app::PracticeContext>(ServerAddress::parse(uriOf(who)), mode, "given-actor",
                                                      Clock::stoppedOn(Date(2026, 11, 20)));
    }

    void addAccount(const std::string& who, const std::string& name, PracticeUser::Role role,
                    const std::string& credentials = {})
    {
        PracticeUser user;
        user.login = login(who);
        user.displayName = name;
        user.role = role;
        user.credentials = credentials;
        user.licenceNumber = "12345";
        addPracticeUser(m_owner->database(), user, kPassword, m_owner->actor());
    }

    // Runs SQL as `who`, as any program with that login could.
    std::string queryAs(const std::string& who, const std::string& sql) const { return serverQuery(uriOf(who), sql); }

    // The server's refusal of `sql` run as `who`; "" when it was not refused.
    std::string refusalAs(const std::string& who, const std::string& sql) const
    {
        try {
            queryAs(who, sql);
        } catch (const std::runtime_error& error) {
            return error.what();
        }
        return {};
    }

    knotwork::testing::ScratchServerDatabase m_server;
    std::unique_ptr<app::PracticeContext> m_owner;
};

TEST_F(PracticeAccounts, EveryTableOfTheSchemaIsInTheAccessMapAndTheMapNamesNoOtherTable)
{
    std::set<std::string> tables;
    const std::string list = serverQuery(m_server.uri(), "SELECT string_agg(tablename, ',') FROM pg_tables "
                                                         "WHERE schemaname = 'public'");
    for (std::size_t from = 0; from < list.size();) {
        const std::size_t comma = std::min(list.find(',', from), list.size());
        tables.insert(list.substr(from, comma - from));
        from = comma + 1;
    }
    ASSERT_GT(tables.size(), 30U);
    for (const std::string& table : tables)
        EXPECT_NE(accessOf(table), nullptr) << table << " is not in db/server_access.cpp: decide who may use it";
    for (const TableAccess& access : serverTableAccess())
        EXPECT_TRUE(tables.contains(std::string(access.table))) << access.table << " is no table of the practice";
}

TEST_F(PracticeAccounts, TheGroupRolesHoldExactlyWhatTheMapGrants)
{
    const auto privileges = [&](PracticeUser::Role role, const char* table, const char* privilege) {
        return serverQuery(m_server.uri(), "SELECT has_table_privilege('" + groupRoleName(m_owner->database(), role)
                                                + "', '" + table + "', '" + privilege + "')");
    };
    EXPECT_EQ(privileges(PracticeUser::Role::Therapist, "session_notes", "UPDATE"), "t");
    EXPECT_EQ(privileges(PracticeUser::Role::Therapist, "audit_log", "UPDATE"), "f");
    EXPECT_EQ(privileges(PracticeUser::Role::FrontDesk, "session_notes", "SELECT"), "f");
    EXPECT_EQ(privileges(PracticeUser::Role::FrontDesk, "audit_log", "INSERT"), "t");
    EXPECT_EQ(privileges(PracticeUser::Role::FrontDesk, "audit_log", "SELECT"), "f");
    EXPECT_EQ(privileges(PracticeUser::Role::FrontDesk, "invoices", "INSERT"), "t");
    EXPECT_EQ(serverQuery(m_server.uri(), "SELECT has_column_privilege('"
                                              + groupRoleName(m_owner->database(), PracticeUser::Role::FrontDesk)
                                              + "', 'clients', 'intake', 'SELECT')"),
              "f");
}

TEST_F(PracticeAccounts, TheFrontDeskCannotReadClinicalRecordsEvenWithRawSql)
{
    addAccount("desk", "Sam Rivera", PracticeUser::Role::FrontDesk);
    for (const char* sql : {"SELECT COUNT(*) FROM session_notes", "SELECT intake FROM clients",
                            "SELECT notes FROM clients", "SELECT COUNT(*) FROM treatment_plans",
                            "SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM screenings",
                            "SELECT COUNT(*) FROM note_addenda", "SELECT COUNT(*) FROM disclosures",
                            "SELECT COUNT(*) FROM diagnoses", "SELECT COUNT(*) FROM outcome_measures"})
        EXPECT_THAT(refusalAs("desk", sql), HasSubstr("permission denied")) << sql;
    EXPECT_EQ(refusalAs("desk", "SELECT COUNT(*) FROM clients WHERE family_name <> ''"), "");
    EXPECT_THAT(refusalAs("desk", "UPDATE clients SET intake = '{}'"), HasSubstr("permission denied"));
}

TEST_F(PracticeAccounts, TheFrontDeskKeepsTheBookAndTheBillingThroughTheAppsServices)
{
    addAccount("desk", "Sam Rivera", PracticeUser::Role::FrontDesk);
    const std::unique_ptr<app::PracticeContext> desk = openAs("desk");
    clients::Client person;
    person.familyName = "Martin";
    person.givenNames = "Zoë";
    person.phone = "416-555-0199";
    person.email = "zoe@example.org";
    const clients::ClientId client = desk->clientService().registerClient(person);
    EXPECT_EQ(desk->clientService().clients().listRow(client, Date(2026, 11, 20)).phone, "416-555-0199");

    // The visit this morning, moved an hour; the client did not come, and pays the practice's fee.
    serverQuery(m_server.uri(), "UPDATE practice_settings SET no_show_fee_cents = 4000");
    schedule::Appointment visit;
    visit.clientId = client;
    visit.serviceId = desk->scheduleService().book().services().front().id;
    visit.start = localTimeOn(Date(2026, 11, 20), boost::posix_time::hours(9));
    visit.minutes = 60;
    const schedule::Appointment booked = desk->scheduleService().book(visit, schedule::Issues::Accepted);
    const schedule::Appointment moved = desk->scheduleService().move(
        booked.id, booked.rowVersion, localTimeOn(Date(2026, 11, 20), boost::posix_time::hours(10)), 60,
        schedule::Issues::Accepted);
    EXPECT_EQ(moved.start, localTimeOn(Date(2026, 11, 20), boost::posix_time::hours(10)));
    const schedule::Appointment missed = desk->scheduleService().markNoShow(moved.id, moved.rowVersion);

    const billing::PaidInvoice paid = desk->billingService().checkOut(
        missed.id, {billing::PaymentDraft{billing::PaymentMethod::Card, 4000, 0, "", ""}});
    EXPECT_EQ(paid.invoice.totalCents, 4000);
    EXPECT_EQ(paid.invoice.billedTo, "Zoë Martin");
    EXPECT_EQ(paid.balanceDueCents(), 0);

    EXPECT_EQ(serverQuery(m_server.uri(), "SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE entity <> 'schema' "
                                          "AND id > (SELECT MAX(id) FROM audit_log WHERE entity = 'user')"),
              login("desk"));
}

TEST_F(PracticeAccounts, TheFrontDeskBooksOnlyAReferralVisitPastARedFlagItCannotRead)
{
    addAccount("desk", "Sam Rivera", PracticeUser::Role::FrontDesk);
    const clients::ClientId client = m_owner->clientService().saveIntake(
        knotwork::testing::newClient("Tran", "An", {clients::SafetyIssue::SuddenSevereOnset}));
    const std::unique_ptr<app::PracticeContext> desk = openAs("desk");
    schedule::Appointment visit;
    visit.clientId = client;
    visit.serviceId = desk->scheduleService().book().services().front().id;
    visit.start = localTimeOn(Date(2026, 11, 23), boost::posix_time::hours(10));
    visit.minutes = 60;
    const schedule::BookingPlan plan = desk->scheduleService().planBooking(visit);
    EXPECT_TRUE(plan.referralOnlyRequired);
    EXPECT_EQ(plan.precautions, "");
    try {
        desk->scheduleService().book(visit, schedule::Issues::Accepted);
        FAIL() << "massage was booked past a red flag";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "referral-only-required");
    }
    visit.referralOnly = true;
    EXPECT_GT(desk->scheduleService().book(visit, schedule::Issues::Accepted).id, 0);
}

TEST_F(PracticeAccounts, AFrontDeskAccountMayNotSign)
{
    addAccount("desk", "Sam Rivera", PracticeUser::Role::FrontDesk);
    const std::unique_ptr<app::PracticeContext> desk = openAs("desk");
    try {
        desk->sessionService().signer();
        FAIL() << "the front desk signed";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "front-desk");
    }
}

TEST_F(PracticeAccounts, ANoteIsSignedByItsAuthorAndOnlyItsAuthorChangesADraft)
{
    addAccount("maya", "Maya Lindqvist", PracticeUser::Role::Therapist, "RMT");
    addAccount("jon", "Jon Okafor", PracticeUser::Role::Therapist, "RMT");
    const std::unique_ptr<app::PracticeContext> maya = openAs("maya");
    const clients::ClientId client = maya->clientService().saveIntake(knotwork::testing::newClient("Martin", "Zoë"));
    knotwork::testing::consentToTreatment(maya->clientService(), client);
    const sessions::NoteId signedNote =
        knotwork::testing::signSampleVisit(maya->sessionService(), client, Date(2026, 11, 16));
    EXPECT_EQ(maya->sessionService().note(signedNote).signedBy, "Maya Lindqvist, RMT");

    const sessions::SoapNote draft = maya->sessionService().openNote(client, Date(2026, 11, 20), std::nullopt);
    const std::string where = " WHERE id = " + std::to_string(draft.id);
    EXPECT_EQ(queryAs("maya", "SELECT author_login FROM session_notes" + where), login("maya"));
    // Row rules hide another's draft from a change: nothing is updated or deleted.
    EXPECT_EQ(queryAs("jon", "UPDATE session_notes SET body = '{}'" + where + " RETURNING id"), "");
    EXPECT_EQ(queryAs("jon", "DELETE FROM session_notes" + where + " RETURNING id"), "");
    // Nor can a note be handed to another author.
    EXPECT_THAT(refusalAs("maya", "UPDATE session_notes SET author_login = '" + login("jon") + "'" + where),
                HasSubstr("row-level security"));
    EXPECT_EQ(queryAs("maya", "UPDATE session_notes SET updated_at = updated_at" + where + " RETURNING id"),
              std::to_string(draft.id));

    const std::string actors = serverQuery(m_server.uri(), "SELECT string_agg(DISTINCT actor, ',' ORDER BY actor) "
                                                           "FROM audit_log WHERE entity IN ('note', 'client')");
    EXPECT_EQ(actors, login("maya"));
}

TEST_F(PracticeAccounts, AnAuditRowNamingAnotherLoginIsRefused)
{
    addAccount("maya", "Maya Lindqvist", PracticeUser::Role::Therapist, "RMT");
    EXPECT_THAT(refusalAs("maya", "INSERT INTO audit_log (occurred_at, actor, entity, action) "
                                  "VALUES ('2026-11-20T12:00:00Z', 'someone else', 'client', 'create')"),
                HasSubstr("names the login"));
}

TEST_F(PracticeAccounts, ARemovedAccountCanNoLongerLogInAndKeepsItsHistory)
{
    addAccount("maya", "Maya Lindqvist", PracticeUser::Role::Therapist, "RMT");
    openAs("maya")->clientService().saveIntake(knotwork::testing::newClient("Martin", "Zoë"));
    removePracticeUser(m_owner->database(), login("maya"), m_owner->actor());
    EXPECT_THAT(refusalAs("maya", "SELECT 1"), HasSubstr("not permitted to log in"));
    const std::vector<PracticeUser> users = practiceUsers(m_owner->database());
    ASSERT_EQ(users.size(), 1U);
    EXPECT_FALSE(users.front().active);
    EXPECT_EQ(serverQuery(m_server.uri(), "SELECT COUNT(*) FROM audit_log WHERE actor = '" + login("maya") + "'"), "2");
}

TEST_F(PracticeAccounts, ALoginThatDoesNotOwnThePracticeIsToldWhoUpgradesIt)
{
    addAccount("maya", "Maya Lindqvist", PracticeUser::Role::Therapist, "RMT");
    std::vector<Migration> newer = builtInMigrations();
    newer.push_back({static_cast<int>(newer.size()) + 1, "later", "CREATE TABLE later (id INTEGER)", "", ""});
    const std::unique_ptr<Database> asMaya = Database::connect(ServerAddress::parse(uriOf("maya")), OpenMode::ExistingOnly);
    try {
        Migrator(*asMaya, newer).migrate(login("maya"));
        FAIL() << "a therapist upgraded the practice";
    } catch (const PracticeFileError& error) {
        EXPECT_THAT(error.what(), HasSubstr("Only the practice's administrator upgrades it"));
        EXPECT_THAT(error.what(), HasSubstr(login("owner")));
    }
}

TEST_F(PracticeAccounts, AnAccountIsRefusedOnAPracticeFile)
{
    knotwork::testing::TempDir dir;
    app::PracticeContext file(dir.path() / "practice.sqlite", OpenMode::CreateIfMissing, "maya",
                              Clock::stoppedOn(Date(2026, 11, 20)));
    PracticeUser user;
    user.login = "maya";
    user.displayName = "Maya Lindqvist";
    try {
        addPracticeUser(file.database(), user, kPassword, file.actor());
        FAIL() << "an account was added to a practice file";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "server-only");
    }
    EXPECT_FALSE(file.account());
}

} // namespace
} // namespace knotwork::db
