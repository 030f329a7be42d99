#pragma once

#include <string>

#include "common/calendar_date.h"

namespace knotwork {

// How a day is written where the domain puts records into words: the GUI passes its locale's
// short format, reports theirs; none gives ISO ("2026-11-23"), as the CLI's text does.
using DateFormatter = std::string (*)(const Date&);

std::string dateText(const Date& date, DateFormatter format);

} // namespace knotwork
