#include "crash_driver.h"

#include <array>
#include <cstdio>
#include <iterator>
#include <stdexcept>

#include "common/calendar_date.h"
#include "output_checks.h"
#include "practice_checks.h"
#include "reminder_checks.h"
#include "sessions/session_json.h"
#include "support/practice_files.h"
#include "support/sample_note.h"

namespace knotwork::crash {

namespace fs = std::filesystem;
using knotwork::testing::ProcessResult;
using knotwork::testing::sqliteQuery;
using nlohmann::json;

namespace {

constexpr int kKilled = 128 + 9;  // SIGKILL
const Date kVisit(2026, 11, 20);

// Sets every "home_programme_notes" in a plan document, wherever its sections put it.
void setHomeProgrammeNotes(json& document, const std::string& text)
{
    if (document.is_object()) {
        for (auto& [key, value] : document.items()) {
            if (key == "home_programme_notes")
                value = text;
            else
                setHomeProgrammeNotes(value, text);
        }
    } else if (document.is_array()) {
        for (json& item : document)
            setHomeProgrammeNotes(item, text);
    }
}

} // namespace

void Tally::count(const Findings& findings)
{
    for (const Finding& finding : findings)
        ++found[finding.kind];
}

std::string Tally::summary() const
{
    std::string text = std::to_string(kills) + " kills, " + std::to_string(acknowledged) + " acknowledged";
    for (const FindingClass kind : {FindingClass::Corrupt, FindingClass::Lost, FindingClass::Doubled,
                                    FindingClass::Half, FindingClass::Stray, FindingClass::Failed}) {
        const auto it = found.find(kind);
        text += ", " + std::to_string(it == found.end() ? 0 : it->second) + " " + std::string(nameOf(kind));
    }
    return text;
}

std::string Tally::killsByKind() const
{
    std::string text;
    for (const auto& [kind, kills] : killsOf)
        text += (text.empty() ? "" : ", ") + std::string(commandOf(kind)) + " " + std::to_string(kills);
    return text;
}

CrashDriver::CrashDriver(fs::path home, std::uint64_t seed)
    : m_home(std::move(home)), m_practice(m_home / "practice" / "practice.sqlite"), m_random(seed), m_cli(m_home),
      m_billing([this](std::vector<std::string> arguments) { return mustRun(m_practice, std::move(arguments)); },
                m_random)
{
    for (const char* folder : {"practice", "notes", "plans", "reports", "exports", "imports"})
        fs::create_directories(m_home / folder);
}

ProcessResult CrashDriver::mustRun(const fs::path& practice, std::vector<std::string> arguments)
{
    std::string command;
    for (const std::string& argument : arguments)
        command += " " + argument;
    ProcessResult result = m_cli.run(practice, std::move(arguments));
    if (result.exitCode != 0)
        throw std::runtime_error("knotwork-cli" + command + " exited " + std::to_string(result.exitCode) + ": " +
                                 result.err + result.out);
    return result;
}

std::string CrashDriver::treatedClient(const std::string& familyName)
{
    const std::string client = std::to_string(
        json::parse(mustRun(m_practice, {"client", "add", "--family-name", familyName, "--given-names", "Zoe",
                                         "--diagnosis", "cervicogenic:" + m_provider, "--json"})
                        .out)["id"]
            .get<long long>());
    mustRun(m_practice, {"client", "consent", client, "--treatment", "--date", "2026-01-05", "--version", "2024-1"});
    return client;
}

void CrashDriver::setUp()
{
    mustRun(m_practice, {"init"});
    m_provider = std::to_string(
        json::parse(mustRun(m_practice, {"provider", "add", "--name", "Dr Amara Okafor", "--role", "physician", "--json"}).out)["id"]
            .get<long long>());
    m_client = treatedClient("Nguyen");
    mustRun(m_practice, {"client", "consent", m_client, "--share-with", m_provider, "--date", "2026-09-07"});
    m_plan = json::parse(mustRun(m_practice, {"plan", "add", "--client", m_client, "--json"}).out);
    m_plan.erase("id");
    m_mail = std::make_unique<knotwork::testing::SmtpTestServer>(m_home / "inbox",
                                                                 knotwork::testing::SmtpTestServer::Options{});
    for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
             {"practice_name", "Harbourside Massage"},
             {"phone", "416-555-0100"},
             {"smtp.host", "127.0.0.1"},
             {"smtp.port", std::to_string(m_mail->port())},
             {"smtp.security", "none"},
             {"smtp.from_address", "ana@harbourside.example.com"},
             {"reminder.enabled", "on"}})
        mustRun(m_practice, {"settings", "set", key, value});
    m_billing.setUp();

    // Each kind once to its end, in an order where each finds what it needs (a draft to sign, a
    // signed note for an addendum, an archive to import), timed.
    for (const WriteKind kind : kWriteKinds) {
        const Run run = prepare(kind);
        const auto started = std::chrono::steady_clock::now();
        const ProcessResult result = m_cli.run(run.practice, run.arguments);
        m_durations[kind] =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        Findings findings;
        record(run, result, findings);
        for (const Finding& finding : check(run, true, result))
            findings.push_back(finding);
        if (result.exitCode != 0 || !findings.empty())
            throw std::runtime_error("the timed run of " + std::string(commandOf(kind)) + " (" + run.marker +
                                     ") failed: " + (findings.empty() ? result.err : findings.front().what));
    }
}

CrashDriver::Run CrashDriver::prepare(WriteKind kind)
{
    char marker[16];
    std::snprintf(marker, sizeof marker, "crash-%06d", ++m_step);
    Run run{kind, marker, m_practice, {}, {}, {}, {}, {}, 0, 0};
    switch (kind) {
    case WriteKind::Client:
        run.arguments = {"client", "add", "--family-name", run.marker, "--given-names", "Ada", "--json"};
        break;
    case WriteKind::Provider:
        run.arguments = {"provider", "add", "--name", run.marker, "--role", "physician", "--json"};
        break;
    case WriteKind::SignedNote:
    case WriteKind::Draft: {
        // A client has one draft at a time: each draft is a new client's, who consented to treatment.
        const std::string client = kind == WriteKind::Draft ? treatedClient("Drafted") : m_client;
        sessions::SoapNote note = knotwork::testing::sampleNote(std::stoll(client), kVisit);
        note.subjective.notes = run.marker;
        const fs::path file = m_home / "notes" / (run.marker + ".json");
        knotwork::testing::writeBytes(file, json(note).dump());
        run.arguments = {"session", "add", "--client", client, "--from", file.string(), "--json"};
        if (kind == WriteKind::SignedNote)
            run.arguments.push_back("--sign");
        break;
    }
    case WriteKind::Signing: {
        const auto drafts = m_records.unsignedDrafts();
        const auto& [draft, id] = drafts.at(std::uniform_int_distribution<std::size_t>(0, drafts.size() - 1)(m_random));
        run.draft = draft;
        run.arguments = {"session", "sign", std::to_string(id)};
        break;
    }
    case WriteKind::Addendum: {
        const auto notes = m_records.signedNotes();
        const long long note = notes.at(std::uniform_int_distribution<std::size_t>(0, notes.size() - 1)(m_random));
        run.arguments = {"session", "addendum", std::to_string(note), "--text", run.marker};
        break;
    }
    case WriteKind::Plan: {
        // A client has one open plan at a time: each plan is a new client's.
        const long long client = json::parse(mustRun(m_practice, {"client", "add", "--family-name", "Planned",
                                                                  "--given-names", "Ada", "--diagnosis",
                                                                  "cervicogenic:" + m_provider, "--json"})
                                                 .out)["id"];
        json plan = m_plan;
        plan["client_id"] = client;
        setHomeProgrammeNotes(plan, run.marker);
        const fs::path file = m_home / "plans" / (run.marker + ".json");
        knotwork::testing::writeBytes(file, plan.dump());
        run.arguments = {"plan", "add", "--client", std::to_string(client), "--from", file.string()};
        break;
    }
    case WriteKind::Measure:
        run.arguments = {"measure", "add", "--client", m_client, "--kind", "nprs", "--total", "5",
                         "--date", "2026-11-20", "--notes", run.marker};
        break;
    case WriteKind::Report:
        run.output = m_home / "reports" / (run.marker + ".pdf");
        run.arguments = {"report", "progress", "--client", m_client, "--recipient", m_provider, "--out",
                         run.output.string(), "--progress", "Fewer headache days since September.", "--reason",
                         "Headaches still come weekly."};
        break;
    case WriteKind::Backup:
        run.arguments = {"backup", "--json"};
        break;
    case WriteKind::Export:
        run.output = m_home / "exports" / (run.marker + ".zip");
        run.arguments = {"export", "--out", run.output.string()};
        break;
    case WriteKind::Import: {
        auto archive = m_exports.begin();
        std::advance(archive, std::uniform_int_distribution<std::size_t>(0, m_exports.size() - 1)(m_random));
        run.output = m_home / "imports" / run.marker / "practice.sqlite";
        fs::create_directories(run.output.parent_path());
        mustRun(run.output, {"init"});
        run.practice = run.output;
        run.draft = archive->first.string();
        run.arguments = {"import", "--from", archive->first.string()};
        break;
    }
    case WriteKind::Settings:
        run.arguments = {"settings", "set", "practice_name", "Practice " + run.marker};
        break;
    case WriteKind::Visit:
    case WriteKind::Move:
    case WriteKind::Cancel:
        prepareBooking(run);
        break;
    case WriteKind::Series:
        prepareSeries(run);
        break;
    case WriteKind::Reminders:
        prepareReminders(run);
        break;
    case WriteKind::Checkout:
    case WriteKind::Payment:
        run.arguments = m_billing.prepare(kind, m_client);
        break;
    }
    return run;
}

std::pair<std::string, std::string> CrashDriver::visitStart()
{
    const Date day = Date(2027, 2, 1) + boost::gregorian::days(std::uniform_int_distribution<int>(0, 58)(m_random));
    const int quarter = std::uniform_int_distribution<int>(7 * 4, 19 * 4)(m_random);
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d", quarter / 4, quarter % 4 * 15);
    const std::string date = isoDate(day);
    return {date + " " + time, date + "T" + time};
}

std::pair<std::string, long long> CrashDriver::bookedVisit()
{
    const auto visits = m_book.bookedVisits();
    return visits.at(std::uniform_int_distribution<std::size_t>(0, visits.size() - 1)(m_random));
}

// The appointment book's writes, each accepted whatever issues its time has (--anyway): the
// crash test asks whether a write is whole, not whether the time suits.
void CrashDriver::prepareBooking(Run& run)
{
    switch (run.kind) {
    case WriteKind::Visit: {
        const auto [start, stored] = visitStart();
        run.start = stored;
        run.arguments = {"appointment", "add", "--client", m_client, "--start", start, "--notes", run.marker,
                         "--anyway", "--json"};
        break;
    }
    case WriteKind::Move: {
        const auto [visit, id] = bookedVisit();
        const auto [start, stored] = visitStart();
        run.visit = visit;
        run.start = stored;
        run.arguments = {"appointment", "move", std::to_string(id), "--start", start, "--anyway"};
        break;
    }
    case WriteKind::Cancel: {
        const auto [visit, id] = bookedVisit();
        run.visit = visit;
        run.arguments = {"appointment", "cancel", std::to_string(id), "--by", "client", "--reason", run.marker};
        break;
    }
    default:
        break;
    }
}

// A year of a new client's plan, on a weekday and hour drawn at random; the preview says how many
// visits the series holds.
void CrashDriver::prepareSeries(Run& run)
{
    run.client = std::stoll(treatedClient("Series"));
    json plan = m_plan;
    plan["client_id"] = run.client;
    const fs::path file = m_home / "plans" / (run.marker + ".json");
    knotwork::testing::writeBytes(file, plan.dump());
    const std::string planId = std::to_string(
        json::parse(mustRun(m_practice, {"plan", "add", "--client", std::to_string(run.client), "--from",
                                         file.string(), "--json"})
                        .out)["id"]
            .get<long long>());
    static constexpr std::array kWeekdays{"mon", "tue", "wed", "thu", "fri"};
    char time[16];
    std::snprintf(time, sizeof time, "%02d:00", std::uniform_int_distribution<int>(8, 16)(m_random));
    run.arguments = {"schedule", "book-plan", "--client", std::to_string(run.client), "--plan", planId,
                     "--weekday", kWeekdays.at(std::uniform_int_distribution<std::size_t>(0, 4)(m_random)),
                     "--time", time, "--from", "2027-01-04", "--until", "2027-12-31", "--json"};
    run.visits = json::parse(mustRun(m_practice, run.arguments).out)["visits"].get<long long>();
    run.arguments.insert(run.arguments.end() - 1, {"--yes", "--anyway"});
}

void CrashDriver::prepareReminders(Run& run)
{
    const std::string tomorrow = isoDate(m_cli.dayOfNextRun() + boost::gregorian::days(1));
    for (const char* time : {"10:00", "11:30", "13:00"}) {
        const std::string address = run.marker + "-" + std::string(time, 2) + "@example.net";
        const std::string client = std::to_string(
            json::parse(mustRun(m_practice, {"client", "add", "--family-name", "Reminded", "--given-names", "Ada",
                                             "--email", address, "--json"})
                            .out)["id"]
                .get<long long>());
        mustRun(m_practice, {"appointment", "add", "--client", client, "--start", tomorrow + " " + time, "--anyway"});
    }
    run.arguments = {"reminders", "send", "--json"};
}

// Notes in the ledgers what the run did; a run neither acknowledged nor killed is a finding.
void CrashDriver::record(const Run& run, const ProcessResult& result, Findings& findings)
{
    const bool acknowledged = result.exitCode == 0;
    if (!acknowledged && result.exitCode != kKilled)
        findings.push_back({FindingClass::Failed, std::string(commandOf(run.kind)) + " " + run.marker + " exited " +
                                                      std::to_string(result.exitCode) + ": " + result.err});
    std::optional<long long> id;
    if (acknowledged && (run.kind == WriteKind::Draft || run.kind == WriteKind::SignedNote || run.kind == WriteKind::Visit))
        id = json::parse(result.out)["id"].get<long long>();
    switch (run.kind) {
    case WriteKind::Client:
    case WriteKind::Provider:
    case WriteKind::SignedNote:
    case WriteKind::Draft:
    case WriteKind::Addendum:
    case WriteKind::Plan:
    case WriteKind::Measure:
        m_records.wrote(run.kind, run.marker, acknowledged, id);
        break;
    case WriteKind::Signing:
        m_records.signing(run.draft, acknowledged);
        break;
    case WriteKind::Settings:
        m_records.namedPractice("Practice " + run.marker, acknowledged);
        break;
    case WriteKind::Export:
        if (acknowledged)
            m_exports[run.output] = std::stoll(sqliteQuery(m_practice, "SELECT COUNT(*) FROM clients"));
        break;
    case WriteKind::Backup:
        m_backupKilled = !acknowledged;
        break;
    case WriteKind::Visit:
        m_records.wrote(run.kind, run.marker, acknowledged, id);
        m_book.added(run.marker, run.start, id);
        break;
    case WriteKind::Move:
        m_book.moving(run.visit, run.start, acknowledged);
        break;
    case WriteKind::Cancel:
        m_book.cancelling(run.visit, run.marker, acknowledged);
        break;
    case WriteKind::Series:
        m_book.bookingSeries(run.client, run.visits, acknowledged);
        break;
    case WriteKind::Reminders:
        m_killedReminders += result.exitCode == kKilled;
        break;
    case WriteKind::Checkout:
    case WriteKind::Payment:
        m_billing.ran(acknowledged, result.out);
        break;
    case WriteKind::Report:
    case WriteKind::Import:
        break;
    }
}

Findings CrashDriver::verify(const fs::path& practice)
{
    const ProcessResult verified = m_cli.run(practice, {"verify"});
    if (verified.exitCode == 0)
        return {};
    return {{FindingClass::Corrupt, "knotwork-cli verify exited " + std::to_string(verified.exitCode) + ": " +
                                        verified.out + verified.err}};
}

Findings CrashDriver::checkImport(const Run& run, bool acknowledged)
{
    Findings findings;
    const ProcessResult opened = m_cli.run(run.output, {"client", "list", "--limit", "1"});
    if (opened.exitCode != 0)
        return {{FindingClass::Failed, "opening the import target after the kill: " + opened.err}};
    for (const Finding& finding : damage(run.output))
        findings.push_back(finding);
    const long long clients = std::stoll(sqliteQuery(run.output, "SELECT COUNT(*) FROM clients"));
    const long long archived = m_exports.at(run.draft);
    if (acknowledged && clients != archived)
        findings.push_back({FindingClass::Lost, "acknowledged import holds " + std::to_string(clients) + " of " +
                                                    std::to_string(archived) + " clients"});
    if (clients != 0 && clients != archived)
        findings.push_back({FindingClass::Half, "import holds " + std::to_string(clients) + " of " +
                                                    std::to_string(archived) + " clients"});
    for (const Finding& finding : verify(run.output))
        findings.push_back(finding);
    for (const Finding& finding : strayFiles(run.output.parent_path()))
        findings.push_back(finding);
    fs::remove_all(run.output.parent_path());
    return findings;
}

Findings CrashDriver::check(const Run& run, bool acknowledged, const ProcessResult& result)
{
    Findings findings;
    const auto add = [&](const Findings& more) { findings.insert(findings.end(), more.begin(), more.end()); };
    // What a user does next: open the practice, which finishes or clears what a kill left.
    const ProcessResult opened = m_cli.run(m_practice, {"client", "list", "--limit", "1"});
    if (opened.exitCode != 0)
        findings.push_back({FindingClass::Failed, "opening the practice after the kill: " + opened.err});
    add(damage(m_practice));
    add(verify(m_practice));
    add(m_records.check(m_practice));
    add(m_book.check(m_practice));
    add(m_billing.check(m_practice));
    add(halfWrittenRecords(m_practice));
    if (run.kind == WriteKind::Report)
        add(reportFindings(m_practice, run.output, acknowledged));
    if (run.kind == WriteKind::Export)
        add(exportFindings(run.output, acknowledged));
    if (run.kind == WriteKind::Import)
        add(checkImport(run, acknowledged));
    if (run.kind == WriteKind::Reminders) {
        const json sent = acknowledged ? json::parse(result.out) : json();
        add(reminderFindings(m_practice, *m_mail, m_killedReminders, acknowledged ? &sent : nullptr));
    }
    const fs::path backups = m_cli.backupFolder(m_practice.stem().string());
    const fs::path backup = run.kind == WriteKind::Backup && acknowledged
                                ? fs::path(json::parse(result.out)["backup"]["path"].get<std::string>())
                                : fs::path();
    add(backupFindings(backups, backup, m_checkedBackups));
    for (const char* folder : {"practice", "reports", "exports", "imports", "config/knotwork/record-keys"})
        add(strayFiles(m_home / folder));
    if (!m_backupKilled)  // a killed backup's *.partial is cleared by the next backup, checked here
        add(strayFiles(backups));
    return findings;
}

WriteKind CrashDriver::pick()
{
    WriteKind kind = kWriteKinds[std::uniform_int_distribution<std::size_t>(0, kWriteKinds.size() - 1)(m_random)];
    if (kind == WriteKind::Signing && m_records.unsignedDrafts().empty())
        kind = WriteKind::Draft;
    if ((kind == WriteKind::Move || kind == WriteKind::Cancel) && m_book.bookedVisits().empty())
        kind = WriteKind::Visit;
    if (kind == WriteKind::Payment && !m_billing.canPay())
        kind = WriteKind::Checkout;
    return kind;
}

Findings CrashDriver::killOne()
{
    const Run run = prepare(pick());
    const std::chrono::milliseconds measured = m_durations.at(run.kind);
    const std::chrono::milliseconds delay(
        std::uniform_int_distribution<long long>(0, measured.count())(m_random));
    const auto started = std::chrono::steady_clock::now();
    const ProcessResult result = m_cli.runKilledAfter(run.practice, run.arguments, delay);
    ++m_tally.runs;
    const bool acknowledged = result.exitCode == 0;
    // A run that finished before its kill was timed afresh: the kills follow the machine's pace
    // when the load that the first timing saw goes away, rather than falling after the end.
    if (acknowledged)
        m_durations[run.kind] =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    m_tally.kills += result.exitCode == kKilled;
    m_tally.killsOf[run.kind] += result.exitCode == kKilled;
    m_tally.acknowledged += acknowledged;
    m_lastRun = "run " + std::to_string(m_tally.runs) + ": " + std::string(commandOf(run.kind)) + " " + run.marker +
                (acknowledged ? ", finished" : ", killed") + " after " + std::to_string(delay.count()) + " ms of " +
                std::to_string(measured.count());
    Findings findings;
    record(run, result, findings);
    for (const Finding& finding : check(run, acknowledged, result))
        findings.push_back(finding);
    m_tally.count(findings);
    return findings;
}

} // namespace knotwork::crash
