#pragma once
// Session notes in the words of the chart's lists and headings: dates and moments in the
// locale, and the history list's short columns.

#include <string>
#include <wx/string.h>

#include "sessions/soap_note.h"

namespace knotwork::sessions::ui {

// The day in the locale's short format, as UTF-8: the DateFormatter describeNote and
// signatureLine take, so the note reads the same way as the rest of the screen.
std::string localeDate(const Date& date);
// "12/11/2026 10:42": a moment on this computer's clock, in the locale.
wxString momentText(const Timestamp& moment);
// "Visit of 12/11/2026 at 10:30".
wxString visitTitle(const Date& visitDate, const std::optional<TimeOfDay>& visitTime);

// The history list's columns.
wxString headacheDaysText(const NoteSummary& note);  // "3 / 14 d"
wxString intensityText(const NoteSummary& note);     // "4 / 7" (average / worst)
wxString rotationText(const NoteSummary& note);      // "62° / 70°" (left / right)
wxString statusText(const NoteSummary& note);        // "Signed", "Draft", "Signed · late entry"
wxString addendaText(const NoteSummary& note);       // "2", or nothing

} // namespace knotwork::sessions::ui
