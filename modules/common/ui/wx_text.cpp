#include "common/ui/wx_text.h"

namespace knotwork::ui {

wxString toWx(std::string_view utf8)
{
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

wxString pathToWx(const std::filesystem::path& path)
{
    return toWx(std::string_view(path.native()));
}

std::string toUtf8(const wxString& text)
{
    return text.utf8_string();
}

std::filesystem::path toPath(const wxString& text)
{
    return std::filesystem::path(text.utf8_string());
}

} // namespace knotwork::ui
