#pragma once

#include <functional>

class wxDialog;

namespace knotwork::reports::ui {

// How a screen shows its dialogs: modally in the app; tests drive them without blocking.
using DialogRunner = std::function<void(wxDialog& dialog)>;
DialogRunner showModally();

} // namespace knotwork::reports::ui
