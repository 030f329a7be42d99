// Session notes in a practice of 10,000 clients and about 140,000 notes (twenty years of a busy
// solo practice): saving a note with its audit row, the editor's autosave, and opening a client's
// history of 200 notes with the newest note read whole. Each must fit well inside one frame.
#include <benchmark/benchmark.h>
#include <soci/soci.h>

#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_verification.h"
#include "demo/demo_practice.h"
#include "encrypted_copy.h"
#include "support/sample_note.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::sessions;

constexpr int kClients = 10'000;
constexpr int kHistory = 200;
const Date kToday(2026, 11, 24);

// The demo practice plus one client with a 200-note history. Made on first use.
struct NotesPractice {
    NotesPractice() : file(dir / "practice.sqlite")
    {
        auto database = openPractice(file, OpenMode::CreateIfMissing, "benchmark").database;
        app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kToday));
        demo::fillDemoPractice(stores.demoStores(), {kClients, 7, kToday});
        clients::IntakeRecord record;
        record.client.familyName = "Lindqvist";
        record.client.givenNames = "Maja";
        longHistoryClient = stores.clientService().saveIntake(record);
        std::vector<SoapNote> notes;
        for (int i = kHistory; i > 0; --i) {
            SoapNote note = testing::sampleNote(longHistoryClient, kToday - boost::gregorian::weeks(i));
            note.status = NoteStatus::Signed;
            note.signedAt = Timestamp::now();
            note.signedBy = "Maja";
            notes.push_back(note);
        }
        stores.stores().sessions().importNotes(notes);
        long long count = 0;
        database->session() << "SELECT COUNT(*) FROM session_notes", soci::into(count);
        notesInPractice = count;
    }
    knotwork::testing::TempDir dir;
    std::filesystem::path file;
    clients::ClientId longHistoryClient = 0;
    long long notesInPractice = 0;
};

const NotesPractice& notesPractice()
{
    static const NotesPractice practice;
    return practice;
}

// A new visit's note stored and signed: two write transactions with their audit rows, as the
// editor's first save and the Sign button do.
void saveAndSignNotes(benchmark::State& state, const std::filesystem::path& file, const std::string& passphrase)
{
    auto database = openPractice(file, OpenMode::ExistingOnly, "benchmark", passphrase).database;
    app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kToday));
    SessionStore& store = stores.stores().sessions();
    clients::IntakeRecord record;
    record.client.familyName = "Signing";
    record.client.givenNames = "Sam";
    const clients::ClientId client = stores.clientService().saveIntake(record);
    for (auto _ : state) {
        SoapNote note = testing::sampleNote(client, kToday);
        note.id = store.createDraft(note);
        note.rowVersion = 1;
        note.status = NoteStatus::Signed;
        note.signedAt = Timestamp::now();
        note.signedBy = "Maja";
        store.sign(note);
    }
    state.counters["notes"] = static_cast<double>(notesPractice().notesInPractice);
}

void BM_SaveAndSignNote(benchmark::State& state)
{
    saveAndSignNotes(state, notesPractice().file, {});
}
BENCHMARK(BM_SaveAndSignNote)->Unit(benchmark::kMillisecond);

void BM_SaveAndSignNoteEncrypted(benchmark::State& state)
{
    static const std::filesystem::path encrypted = benchmarks::encryptedCopyOf(notesPractice().file);
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

// One autosave of a full draft.
void BM_AutosaveDraft(benchmark::State& state)
{
    auto database = openPractice(notesPractice().file, OpenMode::ExistingOnly, "benchmark").database;
    app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kToday));
    clients::IntakeRecord record;
    record.client.familyName = "Autosave";
    record.client.givenNames = "Ada";
    const clients::ClientId client = stores.clientService().saveIntake(record);
    SoapNote note = testing::sampleNote(client, kToday);
    note.id = stores.stores().sessions().createDraft(note);
    note.rowVersion = 1;
    int headacheDays = 0;
    for (auto _ : state) {
        note.subjective.headacheDays = ++headacheDays % 14;
        note.rowVersion = stores.stores().sessions().saveDraft(note);
    }
}
BENCHMARK(BM_AutosaveDraft)->Unit(benchmark::kMillisecond);

// Opening the Sessions tab of a client with 200 notes: the history list and the newest note.
void BM_OpenHistoryOf200Notes(benchmark::State& state)
{
    auto database = openPractice(notesPractice().file, OpenMode::ExistingOnly, "benchmark").database;
    app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kToday));
    const clients::ClientId client = notesPractice().longHistoryClient;
    std::size_t rows = 0;
    for (auto _ : state) {
        const std::vector<NoteSummary> history = stores.stores().sessions().history(client);
        benchmark::DoNotOptimize(stores.stores().sessions().note(history.front().id));
        rows = history.size();
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_OpenHistoryOf200Notes)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
