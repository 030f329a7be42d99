// Plans and progress in the demo practice of 10,000 clients (about 140,000 notes, a plan for
// most treated clients, measures every sixth visit): a chart's Plan and Progress tabs for the
// active client with the longest course (the demo's courses span up to about 2.5 years), and the
// Today view's plans to look at across the practice.
#include <benchmark/benchmark.h>
#include <soci/soci.h>

#include "demo_practices.h"
#include "plans/progress_charts.h"

namespace knotwork::db {
namespace {

using namespace knotwork::plans;

constexpr int kClients = 10'000;

// The demo practice with what these benchmarks look for in it.
struct PlansPractice {
    PlansPractice() : file(benchmarks::demoPractice(benchmarks::demoOptions(kClients)).file)
    {
        benchmarks::OpenedDemo open(file);
        soci::session& sql = open.database->session();
        // The active plan whose client has the most signed visits.
        sql << "SELECT p.id, p.client_id, COUNT(*) FROM treatment_plans p JOIN note_findings f "
               "ON f.client_id = p.client_id WHERE p.status = 'active' GROUP BY p.id, p.client_id "
               "ORDER BY COUNT(*) DESC LIMIT 1",
            soci::into(plan), soci::into(client), soci::into(visits);
        sql << "SELECT COUNT(*) FROM treatment_plans WHERE status = 'active'", soci::into(activePlans);
    }
    std::filesystem::path file;
    long long plan = 0, client = 0, visits = 0, activePlans = 0;
};

const PlansPractice& plansPractice()
{
    static const PlansPractice practice;
    return practice;
}

struct OpenPractice : benchmarks::OpenedDemo {
    OpenPractice() : benchmarks::OpenedDemo(plansPractice().file) {}
};

// The Plan tab: the plan, every goal's progress from the notes' findings and the measures.
void PlanTabOfTheLongestActiveCourse(benchmark::State& state)
{
    OpenPractice open;
    for (auto _ : state)
        benchmark::DoNotOptimize(open.practice.planService().progress(plansPractice().plan));
    state.counters["visits"] = static_cast<double>(plansPractice().visits);
}
BENCHMARK(PlanTabOfTheLongestActiveCourse)->Unit(benchmark::kMillisecond);

// The Progress tab: the same data turned into its charts.
void ProgressChartsOfTheLongestActiveCourse(benchmark::State& state)
{
    OpenPractice open;
    for (auto _ : state) {
        const ProgressData data = open.practice.planService().progressData(plansPractice().client);
        const TreatmentPlan plan = open.practice.stores().plans().plan(plansPractice().plan);
        benchmark::DoNotOptimize(progressCharts(data, &plan, plan.startDate));
    }
}
BENCHMARK(ProgressChartsOfTheLongestActiveCourse)->Unit(benchmark::kMillisecond);

// Today's "Plans to look at" over every active plan of the practice.
void TodaysPlanReminders(benchmark::State& state)
{
    OpenPractice open;
    std::size_t shown = 0;
    for (auto _ : state)
        shown = open.practice.planService().reminders().size();
    state.counters["active_plans"] = static_cast<double>(plansPractice().activePlans);
    state.counters["reminders"] = static_cast<double>(shown);
}
BENCHMARK(TodaysPlanReminders)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
