#include "record_ledger.h"

#include <algorithm>

#include "ledger_text.h"
#include "support/practice_files.h"

namespace knotwork::crash {

using knotwork::testing::sqliteQuery;

void RecordLedger::wrote(WriteKind kind, const std::string& marker, bool acknowledged, std::optional<long long> id)
{
    Entry& entry = m_entries[marker];
    entry.kind = kind;
    entry.present = acknowledged;
    entry.id = id;
    entry.mustBeSigned = acknowledged && kind == WriteKind::SignedNote;
    entry.maybeSigned = kind == WriteKind::SignedNote;
}

void RecordLedger::signing(const std::string& marker, bool acknowledged)
{
    Entry& entry = m_entries.at(marker);
    entry.maybeSigned = true;
    entry.mustBeSigned = entry.mustBeSigned || acknowledged;
}

void RecordLedger::namedPractice(const std::string& name, bool acknowledged)
{
    if (acknowledged)
        m_practiceNames.clear();
    m_practiceNames.push_back(name);
}

std::vector<std::pair<std::string, long long>> RecordLedger::unsignedDrafts() const
{
    std::vector<std::pair<std::string, long long>> drafts;
    for (const auto& [marker, entry] : m_entries)
        if (entry.kind == WriteKind::Draft && entry.id && !entry.maybeSigned)
            drafts.emplace_back(marker, *entry.id);
    return drafts;
}

std::vector<long long> RecordLedger::signedNotes() const
{
    std::vector<long long> notes;
    for (const auto& [marker, entry] : m_entries)
        if (entry.id && entry.mustBeSigned)
            notes.push_back(*entry.id);
    return notes;
}

// `field` is an SQL expression that holds the marker somewhere in it (a column, or a JSON body).
Findings RecordLedger::checkTable(const std::filesystem::path& practice, const std::string& table,
                                  const std::string& field, const std::vector<WriteKind>& kinds)
{
    const std::string at = "instr(" + field + ", 'crash-')";
    const std::string notes = table == "session_notes" ? " || ':' || status" : "";
    const std::string found =
        sqliteQuery(practice, "SELECT group_concat(substr(" + field + ", " + at + ", " +
                                  std::to_string(kMarkerLength) + ")" + notes + ", ',') FROM " + table +
                                  " WHERE " + at + " > 0");
    std::map<std::string, std::vector<std::string>> statuses;  // marker → the status of each record
    for (const std::string& item : split(found, ',')) {
        const std::size_t colon = item.find(':');
        statuses[item.substr(0, colon)].push_back(colon == std::string::npos ? "" : item.substr(colon + 1));
    }

    Findings findings;
    for (auto& [marker, entry] : m_entries) {
        if (std::find(kinds.begin(), kinds.end(), entry.kind) == kinds.end())
            continue;
        const auto it = statuses.find(marker);
        const std::size_t count = it == statuses.end() ? 0 : it->second.size();
        const std::string record = std::string(commandOf(entry.kind)) + " " + marker + " in " + table;
        if (count == 0 && entry.present)
            findings.push_back({FindingClass::Lost, record + ": acknowledged or seen before, now missing"});
        if (count > 1)
            findings.push_back({FindingClass::Doubled, record + ": there " + std::to_string(count) + " times"});
        if (count > 0 && !entry.present && entry.checked)
            findings.push_back({FindingClass::Doubled, record + ": missing after its killed run, there since"});
        entry.checked = true;
        if (count == 0)
            continue;
        entry.present = true;
        const std::string& status = it->second.front();
        if (table == "session_notes" && entry.mustBeSigned && status != "signed")
            findings.push_back({FindingClass::Lost, record + ": its signing was acknowledged, yet it is " + status});
        if (table == "session_notes" && !entry.maybeSigned && status == "signed")
            findings.push_back({FindingClass::Half, record + ": signed, yet no run signed it"});
        statuses.erase(it);
    }
    for (const auto& [marker, records] : statuses)
        findings.push_back({FindingClass::Doubled, marker + " in " + table + ": a record no run wrote"});
    return findings;
}

Findings RecordLedger::check(const std::filesystem::path& practice)
{
    Findings findings;
    const auto add = [&](Findings more) { findings.insert(findings.end(), more.begin(), more.end()); };
    add(checkTable(practice, "clients", "family_name", {WriteKind::Client}));
    add(checkTable(practice, "providers", "name", {WriteKind::Provider}));
    add(checkTable(practice, "session_notes", "body", {WriteKind::SignedNote, WriteKind::Draft}));
    add(checkTable(practice, "note_addenda", "text", {WriteKind::Addendum}));
    add(checkTable(practice, "treatment_plans", "body", {WriteKind::Plan}));
    add(checkTable(practice, "outcome_measures", "notes", {WriteKind::Measure}));
    add(checkTable(practice, "appointments", "notes", {WriteKind::Visit}));

    if (!m_practiceNames.empty()) {
        const std::string name = sqliteQuery(practice, "SELECT practice_name FROM practice_settings WHERE id = 1");
        const auto it = std::find(m_practiceNames.begin(), m_practiceNames.end(), name);
        if (it == m_practiceNames.end())
            findings.push_back({FindingClass::Lost, "the practice is named \"" + name + "\", which is neither the "
                                                    "acknowledged name nor one tried since"});
        else
            m_practiceNames = {name};  // every run has ended: no other name may come back
    }
    return findings;
}

} // namespace knotwork::crash
