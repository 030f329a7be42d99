#pragma once
// What a check after a kill found wrong, sorted the way the crash test's tally counts it.

#include <string>
#include <string_view>
#include <vector>

namespace knotwork::crash {

enum class FindingClass {
    Corrupt,  // integrity_check, foreign keys or `knotwork-cli verify` fail
    Lost,     // an acknowledged write is missing
    Doubled,  // a write is there twice, or a record is there that no run wrote
    Half,     // half-written: a signed note without its seal or audit row, a PDF without its log row...
    Stray,    // a *.partial or other temporary file left in a folder Knotwork writes to
    Failed,   // a run that was neither killed nor successful
};

struct Finding {
    FindingClass kind;
    std::string what;
};

using Findings = std::vector<Finding>;

constexpr std::string_view nameOf(FindingClass kind)
{
    switch (kind) {
    case FindingClass::Corrupt: return "corrupt";
    case FindingClass::Lost: return "lost";
    case FindingClass::Doubled: return "doubled";
    case FindingClass::Half: return "half-written";
    case FindingClass::Stray: return "stray";
    case FindingClass::Failed: return "failed";
    }
    return "?";
}

} // namespace knotwork::crash
