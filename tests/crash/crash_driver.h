#pragma once
// The crash test's driver: a practice with a treated client and a provider the client agreed to
// share with, then write runs of every kind (write_kind.h), each picked at random and sent SIGKILL
// at a random moment between its start and its measured duration, each followed by the opening a
// user would do next and the checks: the file whole, every acknowledged write there once, nothing
// half-written (a visit moved or cancelled by halves, part of a series, an invoice without
// its payments or a gap in the invoices' numbers), no stray files,
// `knotwork-cli verify` content, and the reminders the mail server received as the log says. The seed fixes the runs and their
// moments (the kill lands where the computer's speed puts it), so a failure can be run again.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "billing_ledger.h"
#include "book_ledger.h"
#include "crash_cli.h"
#include "findings.h"
#include "mail/smtp_test_server.h"
#include "record_ledger.h"
#include "write_kind.h"

namespace knotwork::crash {

struct Tally {
    int runs = 0;
    int kills = 0;
    int acknowledged = 0;
    std::map<FindingClass, int> found;
    std::map<WriteKind, int> killsOf;

    void count(const Findings& findings);
    std::string summary() const;  // "200 kills, 31 acknowledged, 0 corrupt, 0 lost, ..."
    std::string killsByKind() const;  // "client add 14, provider add 12, ..."
};

class CrashDriver {
public:
    CrashDriver(std::filesystem::path home, std::uint64_t seed);

    // Builds the practice and runs each kind of write once to its end, timing it.
    void setUp();
    // One run, killed at a random moment, then the checks. What they found is also tallied.
    Findings killOne();

    const Tally& tally() const { return m_tally; }
    const std::string& lastRun() const { return m_lastRun; }

private:
    struct Run {
        WriteKind kind;
        std::string marker;
        std::filesystem::path practice;
        std::vector<std::string> arguments;
        std::filesystem::path output;  // the report, export or import target
        std::string draft;             // the draft a signing signs
        std::string visit;             // the visit a move or cancellation changes
        std::string start;             // where an added or moved visit goes, as stored
        long long client = 0;          // the client whose plan a series books, and its visits
        long long visits = 0;
    };

    Run prepare(WriteKind kind);
    // A new client with a provider's diagnosis and consent to treatment; returns the number.
    std::string treatedClient(const std::string& familyName);
    knotwork::testing::ProcessResult mustRun(const std::filesystem::path& practice, std::vector<std::string> arguments);
    void record(const Run& run, const knotwork::testing::ProcessResult& result, Findings& findings);
    Findings check(const Run& run, bool acknowledged, const knotwork::testing::ProcessResult& result);
    Findings checkImport(const Run& run, bool acknowledged);
    Findings verify(const std::filesystem::path& practice);
    WriteKind pick();
    // A time in February or March 2027 (the clock is in late 2026), on the quarter hour: the
    // visit's start for the command line, and as the book stores it.
    std::pair<std::string, std::string> visitStart();
    // A visit known to be booked, at random: (its marker, its number).
    std::pair<std::string, long long> bookedVisit();
    void prepareBooking(Run& run);
    void prepareSeries(Run& run);
    // Tomorrow's visits for `reminders send`, each a new client's with an address of its own.
    void prepareReminders(Run& run);

    std::filesystem::path m_home;
    std::filesystem::path m_practice;
    std::mt19937_64 m_random;
    CrashCli m_cli;
    RecordLedger m_records;
    BookLedger m_book;
    BillingLedger m_billing;
    std::map<WriteKind, std::chrono::milliseconds> m_durations;
    std::unique_ptr<knotwork::testing::SmtpTestServer> m_mail;  // where reminders go, on loopback
    int m_killedReminders = 0;
    std::string m_client, m_provider;
    nlohmann::json m_plan;
    std::map<std::filesystem::path, long long> m_exports;  // acknowledged archive → clients in it
    std::vector<std::filesystem::path> m_checkedBackups;
    bool m_backupKilled = false;  // the last backup run was killed: its *.partial waits for the next
    int m_step = 0;
    std::string m_lastRun;
    Tally m_tally;
};

} // namespace knotwork::crash
