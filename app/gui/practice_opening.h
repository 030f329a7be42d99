#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "common/clock.h"
#include "db/database.h"

class wxWindow;

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::gui {

// Opens the practice in `file` as app::PracticeContext does; when it is encrypted and
// `passphrase` does not open it, asks the person for its passphrase (askPassphrase). Null when
// they cancelled. Throws knotwork::Error for every other reason it cannot be opened.
std::unique_ptr<app::PracticeContext> openAskingPassphrase(wxWindow* parent, const std::filesystem::path& file,
                                                           db::OpenMode mode, const std::string& actor,
                                                           const Clock& clock, const std::string& passphrase);

} // namespace knotwork::gui
