#pragma once

#include <filesystem>
#include <string>

#include "common/calendar_date.h"

class wxWindow;

namespace knotwork {
class Notifier;
}

namespace knotwork::gui {

// Writes the demo practice of `clients` made-up clients into `file`, as of `today`, behind a
// progress dialog that can cancel. False when cancelled or it failed (and said why); either way
// nothing is left at `file`.
bool createDemoPracticeShowingProgress(wxWindow* parent, Notifier& notifier, const std::filesystem::path& file,
                                       int clients, const std::string& actor, const Date& today);

} // namespace knotwork::gui
