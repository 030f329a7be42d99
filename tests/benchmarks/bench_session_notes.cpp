// Session notes in the demo practice of 10,000 clients and about 126,000 notes: saving a note with
// its audit row, plain and encrypted, verifying the whole practice, and opening a client's history
// of 200 notes with the newest note read whole. The editor's autosave and the Sign button are
// measured with the other interactive operations (bench_frame.cpp).
#include <benchmark/benchmark.h>

#include "app/practice/practice_verification.h"
#include "demo_practices.h"
#include "encrypted_copy.h"
#include "sessions/session_json.h"
#include "support/sample_note.h"

namespace knotwork::db {
namespace {

using namespace knotwork::sessions;

constexpr int kClients = 10'000;
constexpr int kHistory = 200;
using benchmarks::kDemoToday;

const benchmarks::DemoPracticeFile& notesPractice()
{
    return benchmarks::demoPractice(benchmarks::demoOptions(kClients));
}

// The benchmarks that write do so in the demo's writable copy.
const std::filesystem::path& writablePractice()
{
    return benchmarks::writableDemoPractice(benchmarks::demoOptions(kClients));
}

// A client with a history of 200 signed notes, added to the writable copy on first use.
clients::ClientId longHistoryClient()
{
    static const clients::ClientId client = [] {
        benchmarks::OpenedDemo open(writablePractice());
        clients::IntakeRecord record;
        record.client.familyName = "Lindqvist";
        record.client.givenNames = "Maja";
        const clients::ClientId id = open.practice.clientService().saveIntake(record);
        std::vector<SoapNote> notes;
        for (int i = kHistory; i > 0; --i) {
            SoapNote note = testing::sampleNote(id, kDemoToday - boost::gregorian::weeks(i));
            note.status = NoteStatus::Signed;
            note.signedAt = Timestamp::now();
            note.signedBy = "Maja";
            notes.push_back(note);
        }
        open.practice.stores().sessions().importNotes(notes);
        return id;
    }();
    return client;
}

// A new visit's note stored and signed: two write transactions with their audit rows, as the
// editor's first save and the Sign button do.
void saveAndSignNotes(benchmark::State& state, const std::filesystem::path& file, const std::string& passphrase)
{
    benchmarks::OpenedDemo open(file, passphrase);
    app::PracticeContext& stores = open.practice;
    SessionStore& store = stores.stores().sessions();
    clients::IntakeRecord record;
    record.client.familyName = "Signing";
    record.client.givenNames = "Sam";
    const clients::ClientId client = stores.clientService().saveIntake(record);
    for (auto _ : state) {
        SoapNote note = testing::sampleNote(client, kDemoToday);
        note.id = store.createDraft(note);
        note.rowVersion = 1;
        note.status = NoteStatus::Signed;
        note.signedAt = Timestamp::now();
        note.signedBy = "Maja";
        store.sign(note);
    }
    state.counters["notes"] = static_cast<double>(notesPractice().subjects.notes);
}

void BM_SaveAndSignNote(benchmark::State& state)
{
    saveAndSignNotes(state, writablePractice(), {});
}
BENCHMARK(BM_SaveAndSignNote)->Unit(benchmark::kMillisecond);

void BM_SaveAndSignNoteEncrypted(benchmark::State& state)
{
    static const std::filesystem::path encrypted = benchmarks::encryptedCopyOf(writablePractice());
    saveAndSignNotes(state, encrypted, benchmarks::kBenchmarkPassphrase);
}
BENCHMARK(BM_SaveAndSignNoteEncrypted)->Unit(benchmark::kMillisecond);

// `knotwork-cli verify` on the whole practice: integrity_check, foreign keys, the schema, and
// every link of the record chain beside every sealed record, on a connection of its own.
void BM_VerifyPractice(benchmark::State& state)
{
    const std::filesystem::path& file = notesPractice().file;
    for (auto _ : state) {
        const integrity::IntegrityReport report = app::verifyPracticeFile(file, {});
        if (!report.intact())
            state.SkipWithError(report.summary().c_str());
        state.counters["links"] = static_cast<double>(report.linksChecked);
    }
}
BENCHMARK(BM_VerifyPractice)->Unit(benchmark::kMillisecond)->Iterations(1);

// Opening the Sessions tab of a client with 200 notes: the history list and the newest note.
void BM_OpenHistoryOf200Notes(benchmark::State& state)
{
    const clients::ClientId client = longHistoryClient();
    benchmarks::OpenedDemo open(writablePractice());
    app::PracticeContext& stores = open.practice;
    std::size_t rows = 0;
    for (auto _ : state) {
        const std::vector<NoteSummary> history = stores.stores().sessions().history(client);
        benchmark::DoNotOptimize(stores.stores().sessions().note(history.front().id));
        rows = history.size();
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_OpenHistoryOf200Notes)->Unit(benchmark::kMillisecond);

// A note's body as its column holds it (a full demo note, about 2 KB), read back into a note:
// through simdjson (what the store does), beside nlohmann's parser and reader (what it did, and
// what it falls back to for a damaged body).
const std::string& storedNoteBody()
{
    static const std::string body = noteBody(knotwork::testing::sampleNote(1, kDemoToday)).dump();
    return body;
}

void BM_ReadStoredNoteBody(benchmark::State& state)
{
    for (auto _ : state) {
        SoapNote note;
        readNoteBody(std::string_view(storedNoteBody()), note);
        benchmark::DoNotOptimize(note);
    }
    state.counters["bytes"] = static_cast<double>(storedNoteBody().size());
}
BENCHMARK(BM_ReadStoredNoteBody)->Unit(benchmark::kMicrosecond);

void BM_ReadStoredNoteBodyThroughNlohmann(benchmark::State& state)
{
    for (auto _ : state) {
        SoapNote note;
        readNoteBody(nlohmann::json::parse(storedNoteBody()), note);
        benchmark::DoNotOptimize(note);
    }
}
BENCHMARK(BM_ReadStoredNoteBodyThroughNlohmann)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace knotwork::db
