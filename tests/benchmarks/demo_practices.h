#pragma once
// The demo practices the benchmarks measure, each written once per run into one temporary folder
// and shared by every benchmark that asks for the same options, with the clients and days the
// interactive operations are measured on.

#include <filesystem>
#include <memory>
#include <vector>

#include "app/practice/practice_context.h"
#include "db/database.h"
#include "demo/demo_practice.h"

namespace knotwork::benchmarks {

// The day every demo practice is made for (a Monday): its visits lie before, its plans' next
// visits after.
inline const Date kDemoToday(2026, 11, 23);

// How long the demo practice has run: its clients' first visits spread over these years.
inline constexpr int kDemoYears = 20;

// The demo with these many clients, as the app's "Demo practice" writes it (seed 7, made for
// kDemoToday), with its kDemoYears of notes, book and billing, or its clients alone.
demo::DemoOptions demoOptions(int clients, bool sessionNotes = true);

// Who and what in a demo practice the per-client operations are measured on.
struct DemoSubjects {
    clients::ClientId busiestClient = 0;  // in an active plan, with the most signed notes
    long long signedNotesOfBusiest = 0;
    sessions::NoteId newestNoteOfBusiest = 0;
    long long clients = 0, notes = 0, appointments = 0, invoices = 0;  // in the whole practice
};

struct DemoPracticeFile {
    std::filesystem::path file;
    DemoSubjects subjects;
};

// Written on first use; never written to afterwards.
const DemoPracticeFile& demoPractice(const demo::DemoOptions& options);

// A copy of that practice for the benchmarks that write (notes signed, visits checked out), made
// on first use and shared by them, so what they add never reaches the practice the others read.
const std::filesystem::path& writableDemoPractice(const demo::DemoOptions& options);

// The same practice moved onto a database of its own on the test server (scripts/perf-table starts
// one; std::runtime_error when none runs), once per run: its address.
const db::ServerAddress& serverDemoPractice(const demo::DemoOptions& options);

// Completed visits without an invoice (those of the demo before its year of billing), newest
// first, at most `most`: check-out takes them in turn.
std::vector<long long> visitsToCheckOut(db::Database& database, std::size_t most);

// A practice opened as the app opens it, with its services, on kDemoToday.
struct OpenedDemo {
    explicit OpenedDemo(const std::filesystem::path& file, const std::string& passphrase = {});
    explicit OpenedDemo(const db::ServerAddress& server);
    std::unique_ptr<db::Database> database;
    app::PracticeContext practice;
};

} // namespace knotwork::benchmarks
