// Billing in the demo practice of 10,000 clients with its year of billing (every completed visit of
// the last twelve months checked out, packages, gift certificates): the practice Billing view's
// month, a client's Billing tab and the year's report, each through BillingService on the SQL
// store, as the front ends call them. Check-out is Frame/CheckOut (bench_frame.cpp).
#include <benchmark/benchmark.h>
#include <soci/soci.h>

#include "demo_practices.h"

namespace knotwork::db {
namespace {

using namespace knotwork::billing;

constexpr int kClients = 10'000;
// A whole month of the demo's year of billing, and the year it belongs to.
const Date kMonth(2026, 10, 1);
constexpr int kYear = 2026;

// The demo practice (read) with what these benchmarks look for in it.
struct BillingPractice {
    BillingPractice() : file(benchmarks::demoPractice(benchmarks::demoOptions(kClients)).file)
    {
        benchmarks::OpenedDemo open(file);
        soci::session& sql = open.database->session();
        sql << "SELECT COUNT(*) FROM invoices", soci::into(invoices);
        sql << "SELECT COUNT(*) FROM payments", soci::into(payments);
        // The client with the most invoices: the longest Billing tab.
        sql << "SELECT client_id, COUNT(*) FROM invoices GROUP BY client_id ORDER BY COUNT(*) DESC, client_id LIMIT 1",
            soci::into(busiestClient), soci::into(busiestClientInvoices);
    }
    std::filesystem::path file;
    long long invoices = 0, payments = 0, busiestClient = 0, busiestClientInvoices = 0;
};

const BillingPractice& billingPractice()
{
    static const BillingPractice practice;
    return practice;
}

struct OpenBilling : benchmarks::OpenedDemo {
    OpenBilling() : benchmarks::OpenedDemo(billingPractice().file) {}
};

void countPractice(benchmark::State& state)
{
    state.counters["invoices"] = static_cast<double>(billingPractice().invoices);
    state.counters["payments"] = static_cast<double>(billingPractice().payments);
}

// BillingView::reload's month: the month's invoices with their payments and the totals under the
// list (invoiced, tax, paid, owing).
void BM_BillingMonth(benchmark::State& state)
{
    OpenBilling open;
    BillingService& billing = open.practice.billingService();
    std::size_t shown = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(billing.settings());
        const std::vector<PaidInvoice> month = billing.invoicesIssuedBetween(kMonth, kMonth.end_of_month());
        Cents invoiced = 0, paid = 0;
        for (const PaidInvoice& one : month)
            if (!one.invoice.isVoid()) {
                invoiced += one.invoice.totalCents;
                paid += one.paidCents();
            }
        benchmark::DoNotOptimize(invoiced);
        benchmark::DoNotOptimize(paid);
        shown = month.size();
    }
    state.counters["shown"] = static_cast<double>(shown);
    countPractice(state);
}
BENCHMARK(BM_BillingMonth)->Unit(benchmark::kMillisecond);

// BillingTab::reload: the account of the client with the most invoices (invoices with their
// payments, balance, packages, certificates bought).
void BM_ClientAccount(benchmark::State& state)
{
    OpenBilling open;
    BillingService& billing = open.practice.billingService();
    std::size_t shown = 0;
    for (auto _ : state) {
        const ClientAccount account = billing.account(billingPractice().busiestClient);
        benchmark::DoNotOptimize(billing.settings());
        shown = account.invoices.size();
    }
    state.counters["shown"] = static_cast<double>(shown);
}
BENCHMARK(BM_ClientAccount)->Unit(benchmark::kMillisecond);

// The year's report (BillingView::reload's second half, and `knotwork-cli billing report`):
// income by month and method, fees and tax, who owes at the year's end, gift certificates' and
// packages' liability.
void BM_YearReport(benchmark::State& state)
{
    OpenBilling open;
    BillingService& billing = open.practice.billingService();
    std::size_t outstanding = 0;
    for (auto _ : state) {
        const YearReport report = billing.yearReport(kYear);
        outstanding = report.outstanding.size();
        benchmark::DoNotOptimize(report.total());
    }
    state.counters["owing"] = static_cast<double>(outstanding);
    countPractice(state);
}
BENCHMARK(BM_YearReport)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
