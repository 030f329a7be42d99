#include "view_reads.h"

#include <benchmark/benchmark.h>
#include <map>

#include "common/local_time.h"
#include "plans/progress_charts.h"

namespace knotwork::benchmarks {

using boost::gregorian::days;

void searchKeystroke(app::PracticeContext& practice, const std::string& typed)
{
    constexpr int kPageRows = 200;  // the Clients view's first page
    clients::ClientQueries& clients = practice.stores().clients();
    const clients::ClientQuery query{typed};
    const Date today = practice.clientService().today();
    benchmark::DoNotOptimize(clients.count(query, today));
    benchmark::DoNotOptimize(clients.page(query, today, 0, kPageRows));
}

void openChart(app::PracticeContext& practice, clients::ClientId client)
{
    clients::ClientService& service = practice.clientService();
    const clients::ClientChart chart = service.clients().chart(client);
    benchmark::DoNotOptimize(service.assess(chart));
    std::map<clients::ProviderId, clients::Provider> providers;
    const auto addProvider = [&](std::optional<clients::ProviderId> id) {
        if (id && !providers.contains(*id))
            providers.emplace(*id, service.providers().get(*id));
    };
    for (const clients::CareTeamMember& member : chart.careTeam)
        addProvider(member.providerId);
    for (const clients::Diagnosis& diagnosis : chart.diagnoses)
        addProvider(diagnosis.providerId);
    for (const clients::Clearance& clearance : chart.clearances)
        addProvider(clearance.providerId);
    for (const clients::Consent& consent : chart.consents)
        addProvider(consent.providerId);
    benchmark::DoNotOptimize(providers);
}

void sessionsTab(app::PracticeContext& practice, clients::ClientId client)
{
    sessions::SessionService& notes = practice.sessionService();
    const std::vector<sessions::NoteSummary> history = notes.history(client);
    if (!history.empty())
        benchmark::DoNotOptimize(notes.note(history.front().id));
}

void planTab(app::PracticeContext& practice, clients::ClientId client)
{
    benchmark::DoNotOptimize(practice.planService().openPlanProgress(client));
}

void progressTab(app::PracticeContext& practice, clients::ClientId client)
{
    plans::PlanService& plans = practice.planService();
    const plans::ProgressData data = plans.progressData(client);
    const std::optional<plans::TreatmentPlan> plan = plans.records().openPlan(client);
    std::vector<LineChart> charts =
        plans::progressCharts(data, plan ? &*plan : nullptr, plan ? std::optional<Date>(plan->startDate) : std::nullopt);
    shareTimeAxis(charts);
    benchmark::DoNotOptimize(charts);
    benchmark::DoNotOptimize(plans.measures(client));
}

void billingTab(app::PracticeContext& practice, clients::ClientId client)
{
    billing::BillingService& billing = practice.billingService();
    benchmark::DoNotOptimize(billing.account(client));
    benchmark::DoNotOptimize(billing.settings());
}

void openChartWithItsTabs(app::PracticeContext& practice, clients::ClientId client)
{
    openChart(practice, client);
    sessionsTab(practice, client);
    planTab(practice, client);
    progressTab(practice, client);
    billingTab(practice, client);
}

std::size_t billingMonth(app::PracticeContext& practice, const Date& firstOfMonth)
{
    billing::BillingService& billing = practice.billingService();
    benchmark::DoNotOptimize(billing.settings());
    const std::vector<billing::PaidInvoice> month =
        billing.invoicesIssuedBetween(firstOfMonth, firstOfMonth.end_of_month());
    billing::Cents invoiced = 0, paid = 0;
    for (const billing::PaidInvoice& one : month)
        if (!one.invoice.isVoid()) {
            invoiced += one.invoice.totalCents;
            paid += one.paidCents();
        }
    benchmark::DoNotOptimize(invoiced);
    benchmark::DoNotOptimize(paid);
    return month.size();
}

std::size_t readVisitWords(const std::vector<schedule::Appointment>& visits, app::PracticeContext& practice)
{
    schedule::ScheduleService& schedule = practice.scheduleService();
    benchmark::DoNotOptimize(schedule.book().services());
    return schedule.visitClients(visits).size();
}

std::size_t weekView(app::PracticeContext& practice, const Date& monday)
{
    schedule::ScheduleStore& store = practice.scheduleService().book();
    const LocalTime from = localTimeOn(monday - days(1), {});
    const LocalTime to = localTimeOn(monday + days(8), {});
    schedule::BookContext book;
    book.week = store.workingWeek();
    book.timeOff = store.timeOffBetween(from, to);
    book.booked = store.appointmentsBetween(from, to);
    benchmark::DoNotOptimize(readVisitWords(book.booked, practice));
    benchmark::DoNotOptimize(schedule::layoutWeek(monday, book));
    return book.booked.size();
}

std::size_t todaysAppointments(app::PracticeContext& practice, const Date& day)
{
    std::vector<schedule::Appointment> visits;
    for (const schedule::Appointment& visit :
         practice.scheduleService().book().appointmentsBetween(localTimeOn(day, {}), localTimeOn(day + days(1), {})))
        if (schedule::holdsTime(visit.status))
            visits.push_back(visit);
    benchmark::DoNotOptimize(readVisitWords(visits, practice));
    return visits.size();
}

std::size_t todaysRecall(app::PracticeContext& practice)
{
    return practice.recallService().recallList().size();
}

std::size_t todaysPlanReminders(app::PracticeContext& practice)
{
    return practice.planService().reminders().size();
}

std::size_t todaysUnsignedNotes(app::PracticeContext& practice)
{
    return practice.sessionService().notes().drafts().size();
}

std::size_t todaysNeedsAttention(app::PracticeContext& practice, const Date& today)
{
    constexpr int kShown = 20;  // NeedsAttentionPanel::kShown
    clients::ClientQueries& store = practice.clientService().clients();
    const clients::ClientQuery query{{}, clients::ClientFilter::NeedsClearance, clients::ClientSort::Name};
    benchmark::DoNotOptimize(store.count(query, today));
    return store.page(query, today, 0, kShown).size();
}

} // namespace knotwork::benchmarks
