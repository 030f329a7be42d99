// The Today view's panels in the demo practices of 10,000 clients, compact (/0: about 140,000 notes,
// a third of the clients in care at once) and of twenty years (/1: about 200,000 notes, 100–200
// plans active), the book with each visit: what each panel's reload reads, through the
// services the panels call, each beside the SELECTs it rests on, on the bare sqlite3 API, every
// column read as text. The appointments are bench_schedule.cpp's BM_TodaysAppointments.
#include <benchmark/benchmark.h>
#include <soci/soci.h>
#include <sqlite3.h>

#include "common/calendar_date.h"
#include "common/local_time.h"
#include "demo_practices.h"
#include "view_reads.h"

namespace knotwork::db {
namespace {

constexpr int kClients = 10'000;
const Date kToday = benchmarks::kDemoToday;
constexpr int kNeedsAttentionShown = 20;  // NeedsAttentionPanel::kShown

// The compact demo (a third of the clients in care at once) and the twenty-year demo (100–200
// plans active on any day), the practices every benchmark shares: each benchmark's argument.
const benchmarks::DemoPracticeFile& todayPractice(std::int64_t which)
{
    demo::DemoOptions options = benchmarks::demoOptions(kClients);
    if (which == 0)
        options.years.reset();
    return benchmarks::demoPractice(options);
}

// SELECTs run on the bare sqlite3 API, each prepared once, their text parameters bound anew and
// every row's columns read as text: the floor of a panel's reload.
class BareSelects {
public:
    explicit BareSelects(std::int64_t which)
    {
        sqlite3_open_v2(todayPractice(which).file.c_str(), &m_connection, SQLITE_OPEN_READONLY, nullptr);
    }
    ~BareSelects()
    {
        for (sqlite3_stmt* statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_connection);
    }
    BareSelects(const BareSelects&) = delete;
    BareSelects& operator=(const BareSelects&) = delete;

    void add(const std::string& sql, std::vector<std::string> parameters = {})
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_connection, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_connection));
        m_statements.push_back(statement);
        m_parameters.push_back(std::move(parameters));
    }

    // Runs every SELECT once; returns the rows read.
    long long run()
    {
        long long rows = 0;
        for (std::size_t i = 0; i < m_statements.size(); ++i) {
            sqlite3_stmt* statement = m_statements[i];
            for (std::size_t p = 0; p < m_parameters[i].size(); ++p)
                sqlite3_bind_text(statement, static_cast<int>(p + 1), m_parameters[i][p].c_str(), -1, SQLITE_STATIC);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                ++rows;
                for (int column = 0; column < sqlite3_column_count(statement); ++column)
                    benchmark::DoNotOptimize(sqlite3_column_text(statement, column));
            }
            sqlite3_reset(statement);
        }
        return rows;
    }

private:
    sqlite3* m_connection = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
    std::vector<std::vector<std::string>> m_parameters;
};

void runBare(benchmark::State& state, BareSelects& selects)
{
    long long rows = 0;
    for (auto _ : state)
        rows = selects.run();
    state.counters["rows"] = static_cast<double>(rows);
}

const char* const kPlanColumns =
    "p.id, p.client_id, p.focus, p.status, p.status_reason, p.start_date, p.review_date, p.current_phase, "
    "p.phase_started_on, p.template_id, p.body, p.created_at, p.updated_at, p.row_version";
const char* const kFindingsColumns = "f.*";

// A panel's reload, `read` returning the rows it shows, on a practice opened for the benchmark.
template <typename Read>
void reloadPanel(benchmark::State& state, Read read)
{
    benchmarks::OpenedDemo open(todayPractice(state.range(0)).file);
    long long activePlans = 0;
    open.database->session() << "SELECT COUNT(*) FROM treatment_plans WHERE status = 'active'", soci::into(activePlans);
    std::size_t shown = 0;
    for (auto _ : state)
        shown = read(open.practice);
    state.counters["active_plans"] = static_cast<double>(activePlans);
    state.counters["shown"] = static_cast<double>(shown);
}

// RecallPanel::reload: RecallService::recallList.
void BM_TodaysRecall(benchmark::State& state)
{
    reloadPanel(state, benchmarks::todaysRecall);
}
BENCHMARK(BM_TodaysRecall)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

// What recall rests on: the active plans with their clients' names, each plan's signed visits
// (the last and those since its phase began) and each client's last measure of each kind, and the
// coming year's visits by start.
void BM_TodaysRecallBareSqlite(benchmark::State& state)
{
    BareSelects selects(state.range(0));
    selects.add(std::string("SELECT ") + kPlanColumns
                + ", c.family_name, c.given_names, c.preferred_name FROM treatment_plans p JOIN clients c ON "
                  "c.id = p.client_id WHERE p.status = 'active' ORDER BY p.review_date, p.id");
    selects.add("SELECT p.id, MAX(f.visit_date), SUM(CASE WHEN f.visit_date >= p.phase_started_on THEN 1 ELSE 0 END) "
                "FROM treatment_plans p JOIN note_findings f ON f.client_id = p.client_id WHERE p.status = 'active' "
                "GROUP BY p.id");
    selects.add("SELECT m.client_id, m.kind, MAX(m.taken_on) FROM treatment_plans p JOIN outcome_measures m ON "
                "m.client_id = p.client_id WHERE p.status = 'active' AND m.voided_at IS NULL "
                "GROUP BY m.client_id, m.kind");
    selects.add("SELECT id, client_id, service_id, starts_at, minutes, buffer_minutes, status, cancelled_by, "
                "cancelled_at, cancel_reason, note_id, plan_id, series_id, referral_only, notes, row_version "
                "FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
                {isoLocalTime(localTimeOn(kToday, {})),
                 isoLocalTime(localTimeOn(kToday + boost::gregorian::weeks(52), {}))});
    runBare(state, selects);
}
BENCHMARK(BM_TodaysRecallBareSqlite)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

// PlanRemindersPanel::reload: PlanService::reminders.
void BM_TodaysPlanReminders(benchmark::State& state)
{
    reloadPanel(state, benchmarks::todaysPlanReminders);
}
BENCHMARK(BM_TodaysPlanReminders)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

// What the reminders rest on: the active plans that may ask for attention (plansToLookAt: past
// review, or a visit or a measure in the last four weeks) with their clients' names, and those
// clients' signed visits' findings and measures, from which each goal's progress is computed.
void BM_TodaysPlanRemindersBareSqlite(benchmark::State& state)
{
    const std::string toLookAt =
        "FROM treatment_plans p JOIN clients c ON c.id = p.client_id WHERE p.status = 'active' AND "
        "(p.review_date < ? OR c.last_visit_on >= ? OR EXISTS (SELECT 1 FROM outcome_measures m WHERE "
        "m.client_id = p.client_id AND m.taken_on >= ?))";
    const std::vector<std::string> days = {isoDate(kToday), isoDate(kToday - boost::gregorian::days(28)),
                                           isoDate(kToday - boost::gregorian::days(28))};
    BareSelects selects(state.range(0));
    selects.add(std::string("SELECT ") + kPlanColumns + ", c.family_name, c.given_names, c.preferred_name "
                    + toLookAt + " ORDER BY p.review_date, p.id",
                days);
    selects.add(std::string("SELECT ") + kFindingsColumns + " FROM note_findings f WHERE f.client_id IN (SELECT "
                    + "p.client_id " + toLookAt + ") ORDER BY f.client_id, f.visit_date, f.note_id",
                days);
    selects.add("SELECT id, client_id, kind, taken_on, answers, notes, entered_at, entered_by, voided_at, void_reason "
                "FROM outcome_measures WHERE client_id IN (SELECT p.client_id " + toLookAt
                    + ") ORDER BY client_id, taken_on, id",
                days);
    runBare(state, selects);
}
BENCHMARK(BM_TodaysPlanRemindersBareSqlite)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

// UnsignedNotesPanel::reload: the drafts with their clients' names.
void BM_TodaysUnsignedNotes(benchmark::State& state)
{
    reloadPanel(state, benchmarks::todaysUnsignedNotes);
}
BENCHMARK(BM_TodaysUnsignedNotes)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

void BM_TodaysUnsignedNotesBareSqlite(benchmark::State& state)
{
    BareSelects selects(state.range(0));
    selects.add("SELECT n.id, n.client_id, c.family_name, c.given_names, c.preferred_name, n.visit_date, n.updated_at "
                "FROM session_notes n JOIN clients c ON c.id = n.client_id WHERE n.status = 'draft' "
                "ORDER BY n.updated_at DESC, n.id DESC");
    runBare(state, selects);
}
BENCHMARK(BM_TodaysUnsignedNotesBareSqlite)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

// NeedsAttentionPanel::reload: how many clients need a clearance, and the first of them by name.
void BM_TodaysNeedsAttention(benchmark::State& state)
{
    reloadPanel(state, [](app::PracticeContext& practice) { return benchmarks::todaysNeedsAttention(practice, kToday); });
}
BENCHMARK(BM_TodaysNeedsAttention)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

void BM_TodaysNeedsAttentionBareSqlite(benchmark::State& state)
{
    const std::string needsClearance =
        "archived = 0 AND (safety_status IN ('refer', 'clearance_required') OR (safety_status = 'cleared' AND "
        "cleared_until < ? AND safety_status_uncleared IN ('refer', 'clearance_required')))";
    BareSelects selects(state.range(0));
    selects.add("SELECT COUNT(*) FROM clients WHERE " + needsClearance, {isoDate(kToday)});
    selects.add("SELECT id, family_name, given_names, preferred_name, phone, email, date_of_birth, archived, "
                "safety_status, safety_status_uncleared, cleared_until, last_visit_on FROM clients WHERE "
                    + needsClearance + " ORDER BY sort_name, id LIMIT " + std::to_string(kNeedsAttentionShown),
                {isoDate(kToday)});
    runBare(state, selects);
}
BENCHMARK(BM_TodaysNeedsAttentionBareSqlite)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
