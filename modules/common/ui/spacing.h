#pragma once

namespace knotwork::ui {

// The space between a window's or a panel's edge and its content, in DIPs (pass through
// FromDIP), one value so that every screen's content sits alike.
inline constexpr int kWindowMargin = 16;

} // namespace knotwork::ui
