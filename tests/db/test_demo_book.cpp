// The demo practice's appointment book, as a new user finds it: every visit of the notes on the
// book, a few cancellations and no-shows, and the coming weeks booked within the working week.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <set>

#include "common/error.h"
#include "demo_practice_test.h"
#include "schedule/booking_check.h"
#include "schedule/schedule_choices.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using boost::gregorian::days;
using schedule::Appointment;
using schedule::AppointmentStatus;
using testing::sqliteQuery;

const Date kDay = kDemoDay;

class DemoBookTest : public DemoPracticeTest {
protected:
    schedule::ScheduleStore& book() { return m_practice->stores().schedule(); }
    std::vector<Appointment> everyVisit()
    {
        return book().appointmentsBetween(localTimeOn(kDay - days(4000), TimeOfDay()),
                                          localTimeOn(kDay + days(400), TimeOfDay()));
    }
    long long withStatus(const std::vector<Appointment>& visits, AppointmentStatus status)
    {
        return std::ranges::count(visits, status, &Appointment::status);
    }
};

TEST_F(DemoBookTest, EveryNotesVisitIsOnTheBookAtItsTimeAndLength)
{
    EXPECT_GT(count("SELECT COUNT(*) FROM appointments WHERE status = 'completed'"), 300 * 5);
    EXPECT_EQ(count("SELECT COUNT(*) FROM appointments WHERE status = 'completed' AND note_id IS NULL"), 0)
        << "every completed visit has its note";
    // The demo's notes pile up to a dozen visits on a busy day: the day spreads from 07:00 to 20:00.
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_notes n WHERE NOT EXISTS "
                    "(SELECT 1 FROM appointments a WHERE a.note_id = n.id)"), 0)
        << "every note's visit is on the book";
    EXPECT_EQ(count("SELECT COUNT(*) FROM appointments a JOIN session_notes n ON n.id = a.note_id "
                    "WHERE a.starts_at <> n.visit_date || 'T' || n.visit_time OR a.client_id <> n.client_id"), 0)
        << "on the note's day, at its time, for its client";

    const std::vector<schedule::Service> services = book().services();
    int checked = 0;
    for (const Appointment& visit : everyVisit()) {
        if (!visit.noteId || checked++ > 200)
            continue;
        const sessions::SoapNote note = m_practice->stores().sessions().note(*visit.noteId);
        EXPECT_EQ(visit.minutes, note.plan.durationMinutes.value_or(60)) << "visit " << visit.id;
        EXPECT_EQ(visit.status, note.signedNote() ? AppointmentStatus::Completed : AppointmentStatus::Arrived);
        const auto service = std::ranges::find(services, visit.serviceId, &schedule::Service::id);
        ASSERT_NE(service, services.end());
        EXPECT_EQ(service->kind, schedule::ServiceKind::Treatment);
        EXPECT_EQ(service->minutes, visit.minutes) << "a service of the note's length";
    }
}

TEST_F(DemoBookTest, TheVisitsOfAPlansCourseCarryThePlan)
{
    EXPECT_GT(count("SELECT COUNT(*) FROM appointments WHERE plan_id IS NOT NULL AND status = 'completed'"), 300)
        << "the courses' visits";
    EXPECT_GT(count("SELECT COUNT(*) FROM appointments WHERE plan_id IS NOT NULL AND status = 'booked'"), 30)
        << "the weeks ahead of an active plan";
    EXPECT_EQ(count("SELECT COUNT(*) FROM appointments a JOIN treatment_plans p ON p.id = a.plan_id "
                    "WHERE p.client_id <> a.client_id OR substr(a.starts_at, 1, 10) < p.start_date"), 0)
        << "the client's own plan, begun by the visit";
    EXPECT_EQ(count("SELECT COUNT(*) FROM appointments a JOIN treatment_plans p ON p.client_id = a.client_id "
                    "WHERE a.plan_id IS NULL AND p.status IN ('active', 'on_hold') "
                    "AND substr(a.starts_at, 1, 10) >= p.start_date"), 0)
        << "no visit of an open plan's course without it";
}

// At 600 clients over the same two and a half years the notes hold more visits on some days
// than one therapist could: each is on the book all the same, at its note's time.
TEST(DemoBookBeyondOneCaseload, EveryNotesVisitIsOnTheBook)
{
    knotwork::testing::TempDir dir;
    const std::filesystem::path file = dir.path() / "big.sqlite";
    {
        auto database = openPractice(file, OpenMode::CreateIfMissing, "demo").database;
        app::PracticeContext practice(*database, "demo", Clock::stoppedOn(kDay));
        ASSERT_TRUE(demo::fillDemoPractice(practice.demoStores(), {600, 11, kDay}));
    }
    EXPECT_GT(std::stoll(sqliteQuery(file, "SELECT COUNT(*) FROM session_notes")), 600 * 8);
    EXPECT_GT(std::stoll(sqliteQuery(file, "SELECT COUNT(*) FROM appointments WHERE substr(starts_at, 12) "
                                           "NOT BETWEEN '07:00' AND '20:00'")),
              0)
        << "a size whose busiest days outgrow 07:00–20:00";
    EXPECT_EQ(sqliteQuery(file, "SELECT COUNT(*) FROM session_notes n WHERE NOT EXISTS (SELECT 1 FROM "
                                "appointments a WHERE a.note_id = n.id AND a.client_id = n.client_id AND "
                                "a.status = CASE n.status WHEN 'signed' THEN 'completed' ELSE 'arrived' END)"),
              "0")
        << "no note without its completed visit (arrived, for a note being charted today)";
}

TEST_F(DemoBookTest, NoTwoVisitsOverlapBuffersIncluded)
{
    std::vector<Appointment> held;
    std::ranges::copy_if(everyVisit(), std::back_inserter(held),
                         [](const Appointment& visit) { return schedule::holdsTime(visit.status); });
    ASSERT_GT(held.size(), 1000u);
    for (std::size_t i = 1; i < held.size(); ++i)
        EXPECT_LE(held[i - 1].freeFrom(), held[i].start)
            << "visits " << held[i - 1].id << " and " << held[i].id << " at " << isoLocalTime(held[i].start);
}

TEST_F(DemoBookTest, AFewVisitsWereCancelledSomeLateAndSomeMissed)
{
    const std::vector<Appointment> visits = everyVisit();
    const long long completed = withStatus(visits, AppointmentStatus::Completed);
    for (const AppointmentStatus status :
         {AppointmentStatus::Cancelled, AppointmentStatus::LateCancelled, AppointmentStatus::NoShow}) {
        EXPECT_GT(withStatus(visits, status), 5) << keyOf(status);
        EXPECT_LT(withStatus(visits, status) * 20, completed) << keyOf(status) << ": only a few";
    }
    const int lateWindow = book().cancellationPolicy().lateWindowHours;
    for (const Appointment& visit : visits) {
        if (schedule::isUpcoming(visit.status))
            continue;
        EXPECT_LT(visit.start.date(), kDay + days(1)) << "nothing to come has happened yet";
        if (!visit.cancellation)
            continue;
        const long long notice = schedule::noticeMinutes(visit, *visit.cancellation);
        EXPECT_GT(notice, 0) << "word came before the visit";
        if (visit.status == AppointmentStatus::LateCancelled) {
            EXPECT_EQ(visit.cancellation->by, schedule::CancelledBy::Client);
            EXPECT_LT(notice, lateWindow * 60);
        } else {
            EXPECT_GE(notice, lateWindow * 60) << "cancelled with notice";
        }
        EXPECT_FALSE(visit.cancellation->reason.empty());
    }
}

TEST_F(DemoBookTest, TheComingWeeksAreBookedWithinTheWorkingWeek)
{
    const std::vector<Appointment> visits = everyVisit();
    schedule::BookContext context{book().workingWeek(), {}, visits};
    std::set<int> weeks;
    int ahead = 0;
    int today = 0;
    for (const Appointment& visit : visits) {
        if (visit.status != AppointmentStatus::Booked)
            continue;
        ++ahead;
        today += visit.start.date() == kDay ? 1 : 0;
        EXPECT_GE(visit.start, localTimeOn(kDay, boost::posix_time::hours(13)))
            << "today's bookings are its afternoon's, ahead of a demo opened at midday";
        EXPECT_LE(visit.start.date(), kDay + days(28));
        weeks.insert(static_cast<int>((visit.start.date() - kDay).days() / 7));
        EXPECT_THAT(schedule::bookingIssues(visit, context), ::testing::IsEmpty())
            << "visit " << visit.id << " at " << isoLocalTime(visit.start);
    }
    EXPECT_GT(ahead, 30);
    EXPECT_GT(today, 0) << "Today has the day's clients to show";
    EXPECT_GE(weeks.size(), 3u) << "the coming three to four weeks";
    EXPECT_EQ(count("SELECT COUNT(*) FROM appointments a JOIN clients c ON c.id = a.client_id "
                    "WHERE a.status = 'booked' AND c.archived = 1"), 0)
        << "nobody archived is booked";
}

// The week view and Today read the visits' clients at once: each visit shows the name and the
// precautions its client's chart and safety assessment give.
TEST_F(DemoBookTest, TheVisitsClientsAreReadAtOnceWithTheNamesAndPrecautionsOfTheirCharts)
{
    schedule::ScheduleService& schedule = m_practice->scheduleService();
    const std::vector<Appointment> visits = book().appointmentsBetween(localTimeOn(kDay - days(60), TimeOfDay()),
                                                                       localTimeOn(kDay + days(14), TimeOfDay()));
    const std::map<clients::ClientId, schedule::VisitClient> visitors = schedule.visitClients(visits);
    int withPrecautions = 0;
    for (const Appointment& visit : visits) {
        const clients::ClientChart chart = m_practice->stores().clients().chart(visit.clientId);
        const schedule::VisitClient& read = visitors.at(visit.clientId);
        EXPECT_EQ(clients::fullName(read.client), clients::fullName(chart.client)) << "visit " << visit.id;
        EXPECT_EQ(read.client.preferredName, chart.client.preferredName) << "visit " << visit.id;
        EXPECT_EQ(read.precautions, schedule.precautionsOf(chart)) << "visit " << visit.id;
        withPrecautions += read.precautions.empty() ? 0 : 1;
    }
    EXPECT_GT(visitors.size(), 20u);
    EXPECT_GT(withPrecautions, 0) << "some of the demo's clients have precautions to keep in mind";
    Appointment unknown;
    unknown.clientId = 999'999;
    EXPECT_THROW(schedule.visitClients({unknown}), NotFoundError);
}

} // namespace
} // namespace knotwork::db
