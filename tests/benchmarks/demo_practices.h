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

// The demo with these many clients, as the app's "Demo practice" writes it (seed 7, made for
// kDemoToday), with or without its years of notes, book and billing.
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

// Completed visits without an invoice (those of the demo before its year of billing), newest
// first, at most `most`: check-out takes them in turn.
std::vector<long long> visitsToCheckOut(db::Database& database, std::size_t most);

// A practice file opened as the app opens it, with its services, on kDemoToday.
struct OpenedDemo {
    explicit OpenedDemo(const std::filesystem::path& file, const std::string& passphrase = {});
    std::unique_ptr<db::Database> database;
    app::PracticeContext practice;
};

} // namespace knotwork::benchmarks
