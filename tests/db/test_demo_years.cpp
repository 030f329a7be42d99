// The demo practice of a therapist who has practised for twenty years (DemoOptions::years): its
// first visits spread over the years, plans that start and end, a solo caseload in care at any
// time, and the rules every record of a real practice keeps: nobody treated while screening blocks
// treatment, every note's visit on the book.
#include <algorithm>
#include <gtest/gtest.h>
#include <map>

#include "app/practice/practice_context.h"
#include "db/practice_opener.h"
#include "demo/demo_practice.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using boost::gregorian::days;
using testing::sqliteQuery;

const Date kDay(2026, 11, 23);
constexpr int kYears = 20;
constexpr int kClients = 400;  // 20 new clients a year: a twentieth of the full demo's 10,000

class DemoYears : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new knotwork::testing::TempDir;
        auto database = openPractice(file(), OpenMode::CreateIfMissing, "demo").database;
        app::PracticeContext practice(*database, "demo", Clock::stoppedOn(kDay));
        demo::DemoOptions options{kClients, 9, kDay};
        options.years = kYears;
        ASSERT_TRUE(demo::fillDemoPractice(practice.demoStores(), options));
    }
    static void TearDownTestSuite() { delete s_dir; }

    void SetUp() override
    {
        m_database = openPractice(file(), OpenMode::ExistingOnly, "demo").database;
        m_practice = std::make_unique<app::PracticeContext>(*m_database, "demo", Clock::stoppedOn(kDay));
    }

    static std::filesystem::path file() { return s_dir->path() / "years.sqlite"; }
    static long long count(const std::string& sql) { return std::stoll(sqliteQuery(file(), sql)); }

    // Plans open on `day`: begun by then and not yet completed or discontinued.
    static long long activeOn(const Date& day)
    {
        const std::string on = "'" + isoDate(day) + "'";
        return count("SELECT COUNT(*) FROM treatment_plans WHERE start_date <= " + on
                     + " AND (status = 'active' OR json_extract(body, '$.status_changed_on') > " + on + ")");
    }

    static inline knotwork::testing::TempDir* s_dir = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<app::PracticeContext> m_practice;
};

TEST_F(DemoYears, FirstVisitsSpanTheYears)
{
    EXPECT_EQ(count("SELECT COUNT(*) FROM clients"), kClients);
    // Every year of the twenty has clients who first came then.
    EXPECT_EQ(count("SELECT COUNT(DISTINCT substr(first, 1, 4)) FROM (SELECT MIN(visit_date) AS first "
                    "FROM session_notes GROUP BY client_id)"),
              kYears + 1);
    EXPECT_LT(sqliteQuery(file(), "SELECT MIN(visit_date) FROM session_notes"), isoDate(kDay - days(365 * 19)));
    EXPECT_LE(sqliteQuery(file(), "SELECT MAX(visit_date) FROM session_notes"), isoDate(kDay));
    // About twenty notes a client, as the full demo's 200,000 for 10,000.
    EXPECT_GT(count("SELECT COUNT(*) FROM session_notes"), kClients * 15);
    EXPECT_LT(count("SELECT COUNT(*) FROM session_notes"), kClients * 25);
}

// A solo practice's caseload of plans: with 20 new clients a year and a plan of a few months each,
// about six open at once (the full demo: about 150 for 500 a year), where the compact demo has a
// third of all its clients in care. On the first of every month of the last nineteen years, at
// most three for every four new clients a year (15 here), and some nearly always.
TEST_F(DemoYears, ActivePlansStayWithinASoloCaseload)
{
    constexpr long long kBound = kClients / kYears * 3 / 4;
    long long most = 0;
    int empty = 0;
    for (Date day = Date(kDay.year() - kYears + 1, 1, 1); day <= kDay; day += boost::gregorian::months(1)) {
        const long long active = activeOn(day);
        most = std::max(most, active);
        empty += active == 0 ? 1 : 0;
    }
    EXPECT_LE(most, kBound);
    EXPECT_GT(most, 2);
    EXPECT_LT(empty, 12) << "months with nobody in a plan";
}

// Plans start and end: most are completed or discontinued, an open one is still being seen, and
// some clients came back for a second course years later.
TEST_F(DemoYears, PlansEnd)
{
    const long long plans = count("SELECT COUNT(*) FROM treatment_plans");
    EXPECT_GT(count("SELECT COUNT(*) FROM treatment_plans WHERE status = 'completed'"), plans / 4);
    EXPECT_GT(count("SELECT COUNT(*) FROM treatment_plans WHERE status = 'discontinued'"), plans / 10);
    EXPECT_LT(count("SELECT COUNT(*) FROM treatment_plans WHERE status = 'active'"), plans / 20);
    EXPECT_EQ(count("SELECT COUNT(*) FROM treatment_plans p WHERE status = 'active' AND (SELECT MAX(visit_date) "
                    "FROM session_notes n WHERE n.client_id = p.client_id) < '" + isoDate(kDay - days(26 * 7)) + "'"),
              0)
        << "an open plan is still being seen";
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT client_id FROM treatment_plans GROUP BY client_id "
                    "HAVING COUNT(*) > 1)"),
              kClients / 50)
        << "returning clients with a second course";
    // Kept on for maintenance: visits long after their plan ended, with no plan.
    EXPECT_GT(count("SELECT COUNT(*) FROM appointments WHERE status = 'completed' AND plan_id IS NULL"), kClients * 4);
}

// Every signed note and every completed visit falls on a day the client's screening allowed
// treatment: clearances expire, and are renewed while the client keeps coming.
TEST_F(DemoYears, NobodyIsTreatedWhileScreeningBlocksTreatment)
{
    int checked = 0;
    for (clients::ClientId id = 1; id <= kClients; ++id) {
        const clients::ClientChart chart = m_practice->stores().clients().chart(id);
        for (const schedule::Appointment& visit : m_practice->stores().schedule().appointmentsOf(id)) {
            if (visit.status != schedule::AppointmentStatus::Completed)
                continue;
            const Date day = visit.start.date();
            EXPECT_FALSE(clients::assessSafety(chart.safetyRecord(), day).blocksTreatment())
                << "client " << id << " treated on " << isoDate(day);
            ++checked;
        }
    }
    EXPECT_GT(checked, kClients * 15);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_notes n WHERE status = 'signed' AND NOT EXISTS (SELECT 1 FROM "
                    "appointments a WHERE a.note_id = n.id AND a.status = 'completed')"),
              0)
        << "a signed note is a completed visit";
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT client_id FROM clearances GROUP BY client_id HAVING COUNT(*) > 1)"), 0)
        << "clearances renewed";
}

// Every note's visit lies within an appointment of its client: start ≤ visit ≤ end.
TEST_F(DemoYears, EveryNotesVisitIsInsideAnAppointmentOfItsClient)
{
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_notes n WHERE NOT EXISTS (SELECT 1 FROM appointments a "
                    "WHERE a.client_id = n.client_id AND a.starts_at <= n.visit_date || 'T' || n.visit_time "
                    "AND n.visit_date || 'T' || n.visit_time <= strftime('%Y-%m-%dT%H:%M', a.starts_at, "
                    "'+' || a.minutes || ' minutes'))"),
              0);
    EXPECT_GT(count("SELECT COUNT(*) FROM appointments WHERE status IN ('cancelled', 'late_cancelled', 'no_show')"),
              kClients / 2);
    EXPECT_GT(count("SELECT COUNT(*) FROM appointments WHERE status = 'booked' AND starts_at >= '" + isoDate(kDay) + "'"),
              0)
        << "the weeks ahead";
}

} // namespace
} // namespace knotwork::db
