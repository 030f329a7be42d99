#pragma once

#include <string>
#include <vector>

#include "common/date_text.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions {

// A note in words, the one way it is read back: the CLI's `session show`, the chart's read-only
// view and the side-by-side comparison (lines matched by `key`). Empty values are left out.
struct NoteLine {
    std::string key;    // stable: "subjective.headache_days", "objective.rom.flexion"
    std::string label;  // translated: "Headache days"
    std::string value;  // translated: "3 of 14 days", "50° → 58° (+8°)"
    bool carriedForward = false;
};

struct NoteSection {
    std::string key;    // "subjective", "objective", "assessment", "plan", "addenda"
    std::string title;  // "Subjective"
    std::vector<NoteLine> lines;
};

// `formatDate` turns a date into the caller's locale (ISO when not given).
std::vector<NoteSection> describeNote(const SoapNote& note, DateFormatter formatDate = nullptr);

// "Present today: Vision changes. Answered no: Fever …, …" — what the re-screen asked and heard.
std::string rescreenText(const std::map<clients::SafetyIssue, bool>& rescreen);
// "kept daily", "kept some days", "not kept at all".
std::string adherenceText(Adherence done);
// "goniometer", "CROM device": what range of motion was measured with, inside a sentence.
std::string romInstrumentText(RomInstrument instrument);
// "To Dr Amara Okafor, by Letter, Phone call. Notes…"
std::string referralText(const Plan& plan);

// "Signed 24 Nov 2026 10:42 by Maya Lindqvist, RMT · late entry" or "Draft".
std::string signatureLine(const SoapNote& note, DateFormatter formatDate = nullptr);

} // namespace knotwork::sessions
