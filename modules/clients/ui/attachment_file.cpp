#include "clients/ui/attachment_file.h"

#include <fstream>
#include <iterator>
#include <wx/intl.h>

#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

std::optional<Attachment> readAttachment(const wxString& path, const std::string& key, Validator& problems)
{
    if (path.Strip(wxString::both).empty())
        return std::nullopt;
    const std::filesystem::path file = knotwork::ui::toPath(path);
    std::error_code ignored;
    const bool folder = std::filesystem::is_directory(file, ignored);
    std::ifstream in(file, std::ios::binary);
    Attachment attachment;
    if (in && !folder)
        attachment.content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in.is_open() || in.bad() || folder) {
        problems.add(key, "unreadable",
                     knotwork::ui::toUtf8(wxString::Format(_("Cannot read the file %s."), path)));
        return std::nullopt;
    }
    attachment.fileName = knotwork::ui::toUtf8(knotwork::ui::pathToWx(file.filename()));
    attachment.mediaType = mediaTypeForFileName(attachment.fileName);
    return attachment;
}

wxString letterWildcard()
{
    return _("Letters (PDF, PNG, JPEG)|*.pdf;*.PDF;*.png;*.PNG;*.jpg;*.JPG;*.jpeg;*.JPEG");
}

wxString imageWildcard()
{
    return _("Images (PNG, JPEG)|*.png;*.PNG;*.jpg;*.JPG;*.jpeg;*.JPEG");
}

} // namespace knotwork::clients::ui
