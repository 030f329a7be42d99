#pragma once
// The border between the domain's calendar days and wx's dates: pickers take wxDateTime, and
// people read days in their locale's format.

#include <optional>
#include <wx/datetime.h>

#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork::ui {

wxDateTime toWxDate(const Date& date);
// Nothing for an invalid wxDateTime (an empty picker).
std::optional<Date> fromWxDate(const wxDateTime& date);
// The day in the locale's short date format, with a four-digit year ("23/11/2026").
wxString formatDate(const Date& date);
// The same, or `missing` ("—") when there is no day.
wxString formatDate(const std::optional<Date>& date, const wxString& missing);
// The day a moment fell on, on this computer's calendar.
wxString formatDate(const Timestamp& moment);

} // namespace knotwork::ui
