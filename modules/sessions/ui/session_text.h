#pragma once
// Session notes in the words of the chart's lists and headings: the visit in the locale's
// words, and the history list's short columns. Moments are knotwork::ui::formatMoment.

#include <string>
#include <wx/string.h>

#include "sessions/soap_note.h"

namespace knotwork::sessions::ui {

// The day in the locale's short format, as UTF-8: the DateFormatter describeNote and
// signatureLine take, so the note reads the same way as the rest of the screen
// (knotwork::ui::localeDateText).
std::string localeDate(const Date& date);
// "Visit of 12/11/2026 at 10:30 · 60 min".
wxString visitTitle(const Date& visitDate, const std::optional<TimeOfDay>& visitTime,
                    const std::optional<int>& visitMinutes = std::nullopt);

// The history list's columns.
wxString headacheDaysText(const NoteSummary& note);  // "3 / 14 d"
wxString intensityText(const NoteSummary& note);     // "4 / 7" (average / worst)
wxString rotationText(const NoteSummary& note);      // "62° / 70°" (left / right)
wxString statusText(const NoteSummary& note);        // "Signed", "Draft", "Signed · late entry"
wxString addendaText(const NoteSummary& note);       // "2", or nothing

} // namespace knotwork::sessions::ui
