#pragma once

#include <string>
#include <vector>
#include <wx/string.h>

#include "sessions/soap_note.h"

namespace knotwork::sessions::ui {

// One line of two notes side by side, matched by describeNote's key.
struct ComparedLine {
    std::string key;
    wxString label;
    wxString older;   // empty: not recorded in the older note
    wxString newer;   // empty: not recorded in the newer note
    bool changed = false;
    // For measures (headache days, intensity, ROM, CFRT…) recorded in both:
    // "58° → 64° (+6°)"; otherwise empty.
    wxString change;
};

struct ComparedSection {
    std::string key;  // "subjective"…
    wxString title;
    std::vector<ComparedLine> lines;
};

// S, O, A and P of two notes line by line, in the order the notes are read; a line only one note
// has keeps its place. Addenda are not compared: each belongs to its own note.
std::vector<ComparedSection> compareNotes(const SoapNote& older, const SoapNote& newer);

} // namespace knotwork::sessions::ui
