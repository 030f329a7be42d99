// The appointment book in the demo practice of 10,000 clients (about 140,000 notes, each visit on
// the book, with the cancellations and no-shows between them and the weeks ahead of active
// plans): what the Schedule view reads for a week and Today for a day (the visits, each client's
// name and precautions, the working week and time off the week's layout needs), and booking a
// plan's year-long series. Each beside the indexed SELECTs it rests on, on the bare sqlite3 API.
#include <benchmark/benchmark.h>
#include <soci/soci.h>
#include <set>
#include <sqlite3.h>

#include "common/local_time.h"
#include "db/id_list.h"
#include "demo_practices.h"
#include "view_reads.h"

namespace knotwork::db {
namespace {

using boost::gregorian::days;
using namespace knotwork::schedule;

constexpr int kClients = 10'000;
const Date kToday = benchmarks::kDemoToday;  // a Monday
// The coming week (booked ahead at the active plans' rhythm) and a week of the demo's past, when
// its thousands of courses overlapped: the week after this one, and 26 weeks before.
constexpr int kWeeks[] = {1, -26};

const benchmarks::DemoPracticeFile& bookPractice()
{
    return benchmarks::demoPractice(benchmarks::demoOptions(kClients));
}

// The active plans in their first phase of clients still seen: each iteration of the series
// benchmark books one from its first phase on, in the demo's writable copy.
const std::vector<std::pair<long long, long long>>& activePlans()  // plan, client
{
    static const std::vector<std::pair<long long, long long>> found = [] {
        benchmarks::OpenedDemo open(bookPractice().file);
        std::vector<long long> plans(kClients), clients(kClients);
        open.database->session() << "SELECT p.id, p.client_id FROM treatment_plans p JOIN clients c ON c.id = p.client_id "
                                    "WHERE p.status = 'active' AND p.current_phase = 0 AND p.phase_count > 0 "
                                    "AND c.archived = 0 ORDER BY p.id",
            soci::into(plans), soci::into(clients);
        std::vector<std::pair<long long, long long>> pairs;
        for (std::size_t i = 0; i < plans.size(); ++i)
            pairs.emplace_back(plans[i], clients[i]);
        return pairs;
    }();
    return found;
}

// ScheduleView::reload: a day either side of the week, its time off and working week, the visits
// and their words, and the week laid out.
void BM_WeekView(benchmark::State& state)
{
    benchmarks::OpenedDemo open(bookPractice().file);
    const Date monday = kToday + days(7 * kWeeks[state.range(0)]);
    std::size_t visits = 0;
    for (auto _ : state)
        visits = benchmarks::weekView(open.practice, monday);
    state.counters["visits"] = static_cast<double>(visits);
    state.counters["book"] = static_cast<double>(bookPractice().subjects.appointments);
}
BENCHMARK(BM_WeekView)->DenseRange(0, std::size(kWeeks) - 1)->Unit(benchmark::kMillisecond);

// The SELECTs the week rests on: the nine days' visits by start (appointments_by_start), and with
// `withClients` their clients' names and intake (where the precautions are) by id, every column
// read as text.
void selectVisitsBare(benchmark::State& state, const Date& first, const Date& end, bool withClients)
{
    sqlite3* connection = nullptr;
    sqlite3_open_v2(bookPractice().file.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(connection,
                       "SELECT id, client_id, service_id, starts_at, minutes, buffer_minutes, status, cancelled_by, "
                       "cancelled_at, cancel_reason, note_id, plan_id, series_id, referral_only, notes, row_version "
                       "FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
                       -1, &statement, nullptr);
    const std::string from = isoLocalTime(localTimeOn(first, {}));
    const std::string to = isoLocalTime(localTimeOn(end, {}));
    int rows = 0;
    for (auto _ : state) {
        sqlite3_bind_text(statement, 1, from.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, to.c_str(), -1, SQLITE_STATIC);
        rows = 0;
        std::set<long long> clients;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            ++rows;
            for (int column = 0; column < 16; ++column)
                benchmark::DoNotOptimize(sqlite3_column_text(statement, column));
            clients.insert(sqlite3_column_int64(statement, 1));
        }
        sqlite3_reset(statement);
        if (withClients && !clients.empty()) {
            const std::string ids = idList({clients.begin(), clients.end()});
            sqlite3_stmt* names = nullptr;
            sqlite3_prepare_v2(connection,
                               ("SELECT id, family_name, given_names, preferred_name, intake FROM clients WHERE id IN ("
                                + ids + ")").c_str(),
                               -1, &names, nullptr);
            while (sqlite3_step(names) == SQLITE_ROW)
                for (int column = 0; column < 5; ++column)
                    benchmark::DoNotOptimize(sqlite3_column_text(names, column));
            sqlite3_finalize(names);
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(connection);
    state.counters["visits"] = rows;
}

void BM_WeekViewBareSqlite(benchmark::State& state)
{
    const Date monday = kToday + days(7 * kWeeks[state.range(0)]);
    selectVisitsBare(state, monday - days(1), monday + days(8), true);
}
BENCHMARK(BM_WeekViewBareSqlite)->DenseRange(0, std::size(kWeeks) - 1)->Unit(benchmark::kMillisecond);

// TodaysVisitsPanel::reload on the Tuesday of the week that BM_WeekView reads: the day's visits
// that hold time, with each client's name and precautions.
void BM_TodaysAppointments(benchmark::State& state)
{
    benchmarks::OpenedDemo open(bookPractice().file);
    const Date day = kToday + days(7 * kWeeks[state.range(0)] + 1);
    std::size_t shown = 0;
    for (auto _ : state)
        shown = benchmarks::todaysAppointments(open.practice, day);
    state.counters["visits"] = static_cast<double>(shown);
}
BENCHMARK(BM_TodaysAppointments)->DenseRange(0, std::size(kWeeks) - 1)->Unit(benchmark::kMillisecond);

void BM_TodaysAppointmentsBareSqlite(benchmark::State& state)
{
    const Date day = kToday + days(7 * kWeeks[state.range(0)] + 1);
    selectVisitsBare(state, day, day + days(1), true);
}
BENCHMARK(BM_TodaysAppointmentsBareSqlite)->DenseRange(0, std::size(kWeeks) - 1)->Unit(benchmark::kMillisecond);

// A year of an active plan's visits from January, previewed against the book and booked as one
// series: each iteration another client's plan from its first phase (weekly, then less often),
// on a weekday and hour of its own. Twenty such series fill the working week of 2027 (09:00–17:00,
// a visit and its buffer every 75 minutes), so one run books twenty, the later ones shifted.
void BM_BookYearLongSeries(benchmark::State& state)
{
    benchmarks::OpenedDemo open(benchmarks::writableDemoPractice(benchmarks::demoOptions(kClients)));
    ScheduleService& schedule = open.practice.scheduleService();
    const Service service = schedule.book().services().front();
    std::size_t next = 0;
    long long booked = 0;
    for (auto _ : state) {
        const auto& [planId, client] = activePlans().at(next % activePlans().size());
        const plans::TreatmentPlan plan = open.practice.stores().plans().plan(planId);
        SeriesRequest request;
        request.visit.clientId = client;
        request.visit.serviceId = service.id;
        request.visit.minutes = service.minutes;
        request.visit.bufferMinutes = service.bufferMinutes;
        request.visit.planId = planId;
        request.visit.referralOnly = schedule.referralOnlyRequired(client);
        request.phases = plan.phases;
        request.fromPhase = plan.currentPhase;
        request.first = localTimeOn(Date(2027, 1, 4) + days(next % 5),
                                    boost::posix_time::hours(9 + static_cast<int>(next / 5 % 7)));
        request.until = Date(2027, 12, 31);
        const std::vector<ProposedVisit> proposals = schedule.previewSeries(request);
        benchmark::DoNotOptimize(schedule.bookSeries(proposals, request.visit, Issues::Accepted));
        booked += std::ranges::count_if(proposals, [](const ProposedVisit& p) { return p.booked.has_value(); });
        ++next;
    }
    state.counters["visits"] = static_cast<double>(booked) / static_cast<double>(next);
    state.counters["plans"] = static_cast<double>(activePlans().size());
}
BENCHMARK(BM_BookYearLongSeries)->Iterations(20)->Repetitions(1)->Unit(benchmark::kMillisecond);

// The SELECT a series' preview rests on: the year's visits by start.
void BM_BookYearLongSeriesBareSqlite(benchmark::State& state)
{
    selectVisitsBare(state, Date(2027, 1, 3), Date(2028, 1, 2), false);
}
BENCHMARK(BM_BookYearLongSeriesBareSqlite)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
