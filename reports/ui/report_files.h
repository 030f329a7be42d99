#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <wx/string.h>

class wxWindow;

namespace knotwork::reports::ui {

// Asks where to save: the file (or folder) chosen, nothing when the person cancelled. The GUI
// asks with the platform's dialog; tests answer for it.
using PathQuestion = std::function<std::optional<std::filesystem::path>(wxWindow* parent, const wxString& suggested)>;

PathQuestion askForPdfFile();
PathQuestion askForFolder();

// "Progress report - Martin, Zoë - 2026-11-30.pdf", without characters file systems refuse.
wxString reportFileName(const wxString& document, const wxString& client, const wxString& day);

// Opens a written report in the system's PDF viewer; false when none would open it.
bool openInViewer(const std::filesystem::path& file);

} // namespace knotwork::reports::ui
