#pragma once

#include <filesystem>
#include <string>

namespace knotwork {

// Where Knotwork keeps the user's files, following the XDG base directory rules so that a test
// or a second profile can move them with $XDG_DATA_HOME and $XDG_CONFIG_HOME.

// $XDG_DATA_HOME/knotwork (default ~/.local/share/knotwork)
std::filesystem::path userDataDirectory();
// $XDG_CONFIG_HOME/knotwork (default ~/.config/knotwork)
std::filesystem::path userConfigDirectory();
// The practice both programs open when no --db is given.
std::filesystem::path defaultPracticePath();
// The login name, recorded as "who" in the audit trail.
std::string currentLoginName();

} // namespace knotwork
