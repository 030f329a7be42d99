#pragma once
// The one border between the domain's UTF-8 std::string and wxString. wxString built from a
// plain char* converts through the C locale, which turns "Zoë" into an empty string; these
// never do.

#include <filesystem>
#include <string>
#include <string_view>
#include <wx/string.h>

namespace knotwork::ui {


wxString toWx(std::string_view utf8);
wxString pathToWx(const std::filesystem::path& path);
std::string toUtf8(const wxString& text);
std::filesystem::path toPath(const wxString& text);

} // namespace knotwork::ui
