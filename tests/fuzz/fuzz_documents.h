#pragma once
// The JSON document of a --from option (client add, session add, plan add, measure add): read as
// knotwork-cli reads it, then what was taken is checked as the services check it, and written
// back as `show --json` prints it must read back the same (a script's show → add round trip).

#include <string>
#include <string_view>
#include <nlohmann/json.hpp>

#include "common/calendar_date.h"
#include "common/strict_json.h"
#include "tests/fuzz/fuzz_support.h"

namespace knotwork::fuzz {

// The day the validation rules take as today, fixed so a finding reproduces on any day.
inline const Date kFuzzToday{2026, 11, 30};

// The one place that reads a document as app/cli's --from options do: strictly, so anything but
// a knotwork::Error naming the field is a finding.
template <class Record>
Record readDocument(std::string_view text)
{
    return strict_json::readDocument<Record>(text, "document.json");
}

template <class Record, class Validate>
void fuzzDocument(std::string_view text, Validate&& validate)
{
    Record record;
    try {
        record = readDocument<Record>(text);
    } catch (const Error&) {
        return;
    }
    const nlohmann::json written = record;
    try {
        const nlohmann::json again = readDocument<Record>(written.dump());
        if (again != written)
            finding("a document written back reads back different:\n" + written.dump() + "\n" + again.dump());
    } catch (const std::exception& error) {
        finding("a document written back does not read back (" + std::string(error.what()) + "):\n" + written.dump());
    }
    refusalsAreFine([&] { validate(record); });
}

} // namespace knotwork::fuzz
