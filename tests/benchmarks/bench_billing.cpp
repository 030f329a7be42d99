// Billing in the demo practice of 10,000 clients with its year of billing (every completed visit of
// the last twelve months checked out, packages, gift certificates): checking out a visit, the
// practice Billing view's month, a client's Billing tab and the year's report, each through
// BillingService on the SQL store, as the front ends call them.
#include <benchmark/benchmark.h>
#include <soci/soci.h>

#include "app/practice/practice_context.h"
#include "db/practice_opener.h"
#include "demo/demo_practice.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::billing;

constexpr int kClients = 10'000;
const Date kToday(2026, 11, 23);
// A whole month of the demo's year of billing, and the year it belongs to.
const Date kMonth(2026, 10, 1);
constexpr int kYear = 2026;
// Visits completed before the demo's year of billing have no invoice: check-out takes them in turn.
constexpr int kVisitsToCheckOut = 20'000;

struct BillingPractice {
    BillingPractice() : file(dir / "practice.sqlite")
    {
        auto database = openPractice(file, OpenMode::CreateIfMissing, "benchmark").database;
        app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kToday));
        demo::fillDemoPractice(stores.demoStores(), {kClients, 7, kToday});
        soci::session& sql = database->session();
        sql << "SELECT COUNT(*) FROM invoices", soci::into(invoices);
        sql << "SELECT COUNT(*) FROM payments", soci::into(payments);
        // The client with the most invoices: the longest Billing tab.
        sql << "SELECT client_id, COUNT(*) FROM invoices GROUP BY client_id ORDER BY COUNT(*) DESC, client_id LIMIT 1",
            soci::into(busiestClient), soci::into(busiestClientInvoices);
        visitsToCheckOut.resize(kVisitsToCheckOut);
        sql << "SELECT a.id FROM appointments a WHERE a.status = 'completed' AND a.referral_only = 0 "
               "AND a.id NOT IN (SELECT appointment_id FROM invoices WHERE appointment_id IS NOT NULL) "
               "ORDER BY a.starts_at DESC, a.id",
            soci::into(visitsToCheckOut);
    }
    knotwork::testing::TempDir dir;
    std::filesystem::path file;
    long long invoices = 0, payments = 0, busiestClient = 0, busiestClientInvoices = 0;
    std::vector<long long> visitsToCheckOut;
};

const BillingPractice& billingPractice()
{
    static const BillingPractice practice;
    return practice;
}

struct OpenBilling {
    OpenBilling()
        : database(openPractice(billingPractice().file, OpenMode::ExistingOnly, "benchmark").database),
          practice(*database, "benchmark", Clock::stoppedOn(kToday))
    {
    }
    std::unique_ptr<Database> database;
    app::PracticeContext practice;
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

// Check out: what the therapist waits for after pressing Check out in the dialog, the visit's
// charge issued as an invoice with a card payment and a tip, one transaction. The dialog has
// shown the charge before (chargeForVisit, not timed). Each iteration another visit; registered
// last, since the invoices it issues (dated today) would join the month and year above.
void BM_CheckOutVisit(benchmark::State& state)
{
    OpenBilling open;
    BillingService& billing = open.practice.billingService();
    const std::vector<long long>& visits = billingPractice().visitsToCheckOut;
    static std::size_t next = 0;  // across the runs Google Benchmark makes to choose the iterations
    for (auto _ : state) {
        state.PauseTiming();
        if (next == visits.size()) {
            state.SkipWithError("every visit without an invoice is checked out");
            break;
        }
        const AppointmentId visit = visits[next++];
        const Invoice charge = billing.chargeForVisit(visit);
        state.ResumeTiming();
        benchmark::DoNotOptimize(billing.checkOut(visit, {{PaymentMethod::Card, charge.totalCents, 1'500, "", ""}}));
    }
    countPractice(state);
}
BENCHMARK(BM_CheckOutVisit)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
