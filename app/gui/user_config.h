#pragma once

namespace knotwork::gui {

// Makes wxConfig read and write $XDG_CONFIG_HOME/knotwork/knotwork.conf (window size and place,
// view choices). Call once at start-up, before any window restores its state.
void installUserConfig();

} // namespace knotwork::gui
