#pragma once

#include <span>
#include <string_view>
#include <wx/bmpbndl.h>
#include <wx/iconbndl.h>

#include "common/embedded_file.h"

namespace knotwork::ui {

// An icon from modules/common/ui/icons/<name>.svg, sharp at any scale. Throws std::logic_error
// for an unknown name (a typo fails every GUI test, never a user).
wxBitmapBundle icon(std::string_view name, int size);

// The icon at the sizes window managers and task bars ask for.
wxIconBundle iconBundle(std::string_view name);

std::span<const EmbeddedFile> embeddedIconFiles();

} // namespace knotwork::ui
