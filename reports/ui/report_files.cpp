#include "reports/ui/report_files.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "common/ui/file_dialogs.h"
#include "common/ui/wx_text.h"

namespace knotwork::reports::ui {

PathQuestion askForPdfFile()
{
    return [](wxWindow* parent, const wxString& suggested) -> std::optional<std::filesystem::path> {
        knotwork::ui::FileDialog dialog(parent, _("Save the report as"), wxString(), suggested,
                                        _("PDF documents (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() != wxID_OK)
            return std::nullopt;
        return std::filesystem::path(knotwork::ui::toUtf8(dialog.GetPath()));
    };
}

PathQuestion askForFolder()
{
    return [](wxWindow* parent, const wxString&) -> std::optional<std::filesystem::path> {
        knotwork::ui::DirDialog dialog(parent, _("Choose the folder for the reports"), wxString(),
                                       wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
        if (dialog.ShowModal() != wxID_OK)
            return std::nullopt;
        return std::filesystem::path(knotwork::ui::toUtf8(dialog.GetPath()));
    };
}

wxString reportFileName(const wxString& document, const wxString& client, const wxString& day)
{
    wxString name = wxString::Format("%s - %s - %s.pdf", document, client, day);
    for (const wxString refused : {"/", "\\", ":", "*", "?", "\"", "<", ">", "|"})
        name.Replace(refused, "-");
    return name;
}

bool openInViewer(const std::filesystem::path& file)
{
    return wxLaunchDefaultApplication(knotwork::ui::toWx(file.string()));
}

} // namespace knotwork::reports::ui
