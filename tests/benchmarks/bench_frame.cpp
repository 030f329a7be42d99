// Every interactive operation of the app, each within one frame (16 ms), measured in the demo
// practice of 1,000 and of 10,000 clients (the size is the argument), each beside its floor: the
// same statements, recorded from Knotwork's connection, run on the bare sqlite3 API in the same
// practice. scripts/perf-table runs them and prints the table of docs/PERFORMANCE.md.
#include <benchmark/benchmark.h>
#include <filesystem>
#include <functional>
#include <soci/soci.h>

#include "demo_practices.h"
#include "statement_replay.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"
#include "view_reads.h"

namespace knotwork::benchmarks {
namespace {

using boost::gregorian::days;

constexpr int kSizes[] = {1'000, 10'000};
constexpr int kWritesPerRepetition = 60;

const DemoPracticeFile& practiceOf(const benchmark::State& state)
{
    return demoPractice(demoOptions(static_cast<int>(state.range(0))));
}

void describe(benchmark::State& state, const DemoSubjects& subjects)
{
    state.counters["clients"] = static_cast<double>(subjects.clients);
    state.counters["notes"] = static_cast<double>(subjects.notes);
    state.counters["visits_of_client"] = static_cast<double>(subjects.signedNotesOfBusiest);
}

// An operation that only reads, on the busiest client where it is about one client.
struct ReadOperation {
    const char* name;
    std::function<void(app::PracticeContext&, const DemoSubjects&)> run;
};

const ReadOperation kReads[] = {
    {"SearchKeystroke", [](auto& practice, const auto&) { searchKeystroke(practice, "mar"); }},
    {"SearchKeystrokeNoMatch", [](auto& practice, const auto&) { searchKeystroke(practice, "ar"); }},
    {"OpenChart", [](auto& practice, const auto& subjects) { openChart(practice, subjects.busiestClient); }},
    {"SessionsTab", [](auto& practice, const auto& subjects) { sessionsTab(practice, subjects.busiestClient); }},
    {"PlanTab", [](auto& practice, const auto& subjects) { planTab(practice, subjects.busiestClient); }},
    {"ProgressTab", [](auto& practice, const auto& subjects) { progressTab(practice, subjects.busiestClient); }},
    {"BillingTab", [](auto& practice, const auto& subjects) { billingTab(practice, subjects.busiestClient); }},
    {"OpenChartWithItsTabs",
     [](auto& practice, const auto& subjects) { openChartWithItsTabs(practice, subjects.busiestClient); }},
    {"OpenNote",
     [](auto& practice, const auto& subjects) {
         benchmark::DoNotOptimize(practice.sessionService().note(subjects.newestNoteOfBusiest));
     }},
    {"WeekView", [](auto& practice, const auto&) { weekView(practice, kDemoToday + days(7)); }},  // the coming week
    {"TodaysAppointments", [](auto& practice, const auto&) { todaysAppointments(practice, kDemoToday); }},
    {"TodaysRecall", [](auto& practice, const auto&) { todaysRecall(practice); }},
    {"TodaysPlanReminders", [](auto& practice, const auto&) { todaysPlanReminders(practice); }},
    {"TodaysUnsignedNotes", [](auto& practice, const auto&) { todaysUnsignedNotes(practice); }},
    {"TodaysNeedsAttention", [](auto& practice, const auto&) { todaysNeedsAttention(practice, kDemoToday); }},
    {"BillingMonth", [](auto& practice, const auto&) { billingMonth(practice, Date(2026, 10, 1)); }},  // the last whole month
    // What showing the Billing view adds to its month: the year's income by month and method,
    // fees and tax. The whole year's report (who owes, what is still owed) is a document: BM_YearReport.
    {"BillingViewYear",
     [](auto& practice, const auto&) { benchmark::DoNotOptimize(practice.billingService().yearIncome(kDemoToday.year())); }},
};

void frameRead(benchmark::State& state, const ReadOperation& operation)
{
    const DemoPracticeFile& demo = practiceOf(state);
    OpenedDemo open(demo.file);
    for (auto _ : state)
        operation.run(open.practice, demo.subjects);
    describe(state, demo.subjects);
}

void floorRead(benchmark::State& state, const ReadOperation& operation)
{
    const DemoPracticeFile& demo = practiceOf(state);
    Statements statements;
    {
        OpenedDemo open(demo.file);
        statements = statementsOf(*open.database, [&] { operation.run(open.practice, demo.subjects); });
    }
    BareConnection bare(demo.file);
    long long rows = 0;
    for (auto _ : state)
        rows = bare.run(statements);
    state.counters["statements"] = static_cast<double>(statements.size());
    state.counters["rows"] = static_cast<double>(rows);
}

// The same on the practice moved to the test server: wall-clock time, since the server's share
// of the work is done in its own process.
void serverRead(benchmark::State& state, const ReadOperation& operation)
{
    const demo::DemoOptions options = demoOptions(static_cast<int>(state.range(0)));
    OpenedDemo open(serverDemoPractice(options));
    const DemoSubjects& subjects = demoPractice(options).subjects;  // the same ids on the server
    for (auto _ : state)
        operation.run(open.practice, subjects);
    describe(state, subjects);
}

// A write the therapist makes, and what comes before it untimed (a new client's draft, the charge
// the check-out dialog shows).
class WriteSteps {
public:
    virtual ~WriteSteps() = default;
    virtual void prepare() {}
    virtual void write() = 0;
};

// A client with consent to treatment, as one walks in for a first visit.
clients::ClientId newClient(app::PracticeContext& practice, const std::string& familyName)
{
    clients::IntakeRecord record;
    record.client.familyName = familyName;
    record.client.givenNames = "Sam";
    const clients::ClientId client = practice.clientService().saveIntake(record);
    testing::consentToTreatment(practice.clientService(), client);
    return client;
}

// Yesterday's visit charted in full, as the editor autosaves it.
sessions::SoapNote chartedVisit(app::PracticeContext& practice, clients::ClientId client)
{
    const Date visit = kDemoToday - days(1);
    sessions::SessionService& notes = practice.sessionService();
    const sessions::SoapNote opened = notes.openNote(client, visit, boost::posix_time::hours(10));
    sessions::SoapNote filled = testing::sampleNote(client, visit);
    filled.id = opened.id;
    filled.rowVersion = opened.rowVersion;
    if (opened.subjective.diaryDays)  // a first visit's period is the one the editor opened with
        filled.subjective.diaryDays = opened.subjective.diaryDays;
    filled.rowVersion = notes.saveDraft(filled);
    return filled;
}

// The editor's autosave of a full draft, one field changed each time.
class AutosaveDraft : public WriteSteps {
public:
    explicit AutosaveDraft(app::PracticeContext& practice)
        : m_notes(practice.sessionService()), m_note(chartedVisit(practice, newClient(practice, "Autosave")))
    {
    }
    void write() override
    {
        m_note.subjective.headacheDays = ++m_changes % 14;
        m_note.rowVersion = m_notes.saveDraft(m_note);
    }

private:
    sessions::SessionService& m_notes;
    sessions::SoapNote m_note;
    int m_changes = 0;
};

// The Sign button on a saved draft: the re-screen, the signature and the audit row, one action.
class SignNote : public WriteSteps {
public:
    explicit SignNote(app::PracticeContext& practice) : m_practice(practice) {}
    void prepare() override { m_draft = chartedVisit(m_practice, newClient(m_practice, "Signing")); }
    void write() override { benchmark::DoNotOptimize(m_practice.sessionService().sign(m_draft.id, m_draft.rowVersion)); }

private:
    app::PracticeContext& m_practice;
    sessions::SoapNote m_draft;
};

// Check out in its dialog: the visit's charge issued as an invoice with a card payment and a tip,
// one transaction. Each time the next completed visit of the demo's past that has no invoice.
class CheckOut : public WriteSteps {
public:
    explicit CheckOut(app::PracticeContext& practice)
        : m_billing(practice.billingService()), m_visits(visitsToCheckOut(practice.database(), 2'000))
    {
    }
    void prepare() override
    {
        if (m_next == m_visits.size())
            throw std::runtime_error("every visit without an invoice is checked out");
        m_visit = m_visits[m_next++];
        m_charge = m_billing.chargeForVisit(m_visit);
    }
    void write() override
    {
        benchmark::DoNotOptimize(
            m_billing.checkOut(m_visit, {{billing::PaymentMethod::Card, m_charge.totalCents, 1'500, "", ""}}));
    }

private:
    billing::BillingService& m_billing;
    std::vector<long long> m_visits;
    std::size_t m_next = 0;
    schedule::AppointmentId m_visit = 0;
    billing::Invoice m_charge;
};

struct WriteOperation {
    const char* name;
    std::function<std::unique_ptr<WriteSteps>(app::PracticeContext&)> make;
};

const WriteOperation kWrites[] = {
    {"AutosaveDraft", [](auto& practice) { return std::make_unique<AutosaveDraft>(practice); }},
    {"SignNote", [](auto& practice) { return std::make_unique<SignNote>(practice); }},
    {"CheckOut", [](auto& practice) { return std::make_unique<CheckOut>(practice); }},
};

void writeIn(benchmark::State& state, const WriteOperation& operation, OpenedDemo& open,
             const demo::DemoOptions& options)
{
    const std::unique_ptr<WriteSteps> steps = operation.make(open.practice);
    for (auto _ : state) {
        state.PauseTiming();
        steps->prepare();
        state.ResumeTiming();
        steps->write();
    }
    describe(state, demoPractice(options).subjects);
}

void frameWrite(benchmark::State& state, const WriteOperation& operation)
{
    const demo::DemoOptions options = demoOptions(static_cast<int>(state.range(0)));
    OpenedDemo open(writableDemoPractice(options));
    writeIn(state, operation, open, options);
}

// On the server the writes go into the practice the reads read: a few hundred new rows among
// millions change no read's time.
void serverWrite(benchmark::State& state, const WriteOperation& operation)
{
    const demo::DemoOptions options = demoOptions(static_cast<int>(state.range(0)));
    OpenedDemo open(serverDemoPractice(options));
    writeIn(state, operation, open, options);
}

// The writes' statements are recorded as Knotwork makes them in the writable practice, after a
// copy of it is taken; they are then run again on that copy, which they fit as they fitted the
// practice they were recorded in.
void floorWrite(benchmark::State& state, const WriteOperation& operation)
{
    const std::filesystem::path& practice = writableDemoPractice(demoOptions(static_cast<int>(state.range(0))));
    const std::filesystem::path copy = practice.parent_path() / ("floor-" + practice.filename().string());
    std::filesystem::copy_file(practice, copy, std::filesystem::copy_options::overwrite_existing);
    Statements setUp;
    std::vector<std::pair<Statements, Statements>> recorded;  // each write: before it, and itself
    {
        OpenedDemo open(practice);
        StatementRecorder recorder(*open.database);
        const std::unique_ptr<WriteSteps> steps = operation.make(open.practice);
        setUp = recorder.take();
        for (benchmark::IterationCount i = 0; i < state.max_iterations; ++i) {
            steps->prepare();
            Statements before = recorder.take();
            steps->write();
            recorded.emplace_back(std::move(before), recorder.take());
        }
    }
    {
        BareConnection bare(copy);
        bare.run(setUp);
        std::size_t next = 0;
        for (auto _ : state) {
            state.PauseTiming();
            bare.run(recorded[next].first);
            state.ResumeTiming();
            bare.run(recorded[next++].second);
        }
        state.counters["statements"] = static_cast<double>(recorded.front().second.size());
    }
    std::filesystem::remove(copy);
}

// "Frame/<operation>/<clients>" and "Floor/<operation>/<clients>", side by side in the run, and
// "Server/<operation>/<clients>" (scripts/perf-table starts the test server they need).
template <typename Operation, typename Run>
benchmark::internal::Benchmark* registerFamily(const std::string& name, Run run, const Operation& operation)
{
    auto* benchmark = benchmark::RegisterBenchmark(name.c_str(), run, operation);
    for (const int size : kSizes)
        benchmark->Arg(size);
    return benchmark->Unit(benchmark::kMillisecond);
}

const bool kRegistered = [] {
    for (const ReadOperation& operation : kReads) {
        registerFamily(std::string("Frame/") + operation.name, frameRead, operation);
        registerFamily(std::string("Floor/") + operation.name, floorRead, operation);
        registerFamily(std::string("Server/") + operation.name, serverRead, operation)->UseRealTime();
    }
    for (const WriteOperation& operation : kWrites) {
        registerFamily(std::string("Frame/") + operation.name, frameWrite, operation)->Iterations(kWritesPerRepetition);
        registerFamily(std::string("Floor/") + operation.name, floorWrite, operation)->Iterations(kWritesPerRepetition);
        registerFamily(std::string("Server/") + operation.name, serverWrite, operation)
            ->Iterations(kWritesPerRepetition)
            ->UseRealTime();
    }
    return true;
}();

} // namespace
} // namespace knotwork::benchmarks
