#pragma once
// What the crash test asked of the practice, run by run, and the check that the practice holds
// exactly that: each record written by an acknowledged run (exit 0) once, each written by a killed
// run at most once, none that no run wrote, and a signed note signed only when asked.
// Records are found by a marker ("crash-000042") in one of their text fields.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings.h"
#include "write_kind.h"

namespace knotwork::crash {

class RecordLedger {
public:
    // A run of `kind` that writes the record carrying `marker` (client, provider, note, addendum,
    // plan, measure, appointment); `id` is the record's number when the run was acknowledged.
    void wrote(WriteKind kind, const std::string& marker, bool acknowledged, std::optional<long long> id = {});
    // A run of `session sign` on the draft carrying `marker`.
    void signing(const std::string& marker, bool acknowledged);
    // A run of `settings set practice_name NAME`.
    void namedPractice(const std::string& name, bool acknowledged);

    // Drafts whose number is known and that no run has tried to sign yet; signed notes likewise.
    std::vector<std::pair<std::string, long long>> unsignedDrafts() const;
    std::vector<long long> signedNotes() const;

    // Reads the practice (through SQLite, behind Knotwork's back). A killed run's record that is
    // found counts as present from then on: it must never go away.
    Findings check(const std::filesystem::path& practice);

private:
    struct Entry {
        WriteKind kind;
        bool present = false;          // acknowledged, or found once
        std::optional<long long> id;
        bool mustBeSigned = false;     // an acknowledged `session add --sign` or signing
        bool maybeSigned = false;      // a signing was tried
        bool checked = false;          // its run has ended and the practice was read since
    };

    Findings checkTable(const std::filesystem::path& practice, const std::string& table, const std::string& field,
                        const std::vector<WriteKind>& kinds);

    std::map<std::string, Entry> m_entries;
    std::vector<std::string> m_practiceNames{};  // the last acknowledged name, then names tried since
};

} // namespace knotwork::crash
