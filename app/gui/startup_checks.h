#pragma once

#include <optional>
#include <ostream>

namespace knotwork::gui {

// Answers what needs no window (--version, --help) and refuses to start without a display or
// with a malformed KNOTWORK_CLOCK, saying what to do instead. Returns the exit code when the app must not go on to open a window.
std::optional<int> answerWithoutWindow(int argc, const char* const* argv, std::ostream& out,
                                       std::ostream& err);

} // namespace knotwork::gui
