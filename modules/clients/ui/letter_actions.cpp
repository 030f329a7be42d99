#include "clients/ui/letter_actions.h"

#include <filesystem>
#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/file.h>
#include <wx/filename.h>
#include <wx/sizer.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "common/ui/report_errors.h"
#include "common/error.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::reportErrors;

namespace {

// Only the stored name's last part: a letter named "../x.pdf" stays in the folder it is put in.
wxString safeFileName(const Attachment& letter)
{
    const std::filesystem::path name = std::filesystem::path(letter.fileName).filename();
    return name.empty() || name == ".." ? wxString(_("letter")) : knotwork::ui::pathToWx(name);
}

// Writes the bytes to a new file only its owner can read: letters carry health information.
void writePrivately(const wxString& path, const std::string& content)
{
    wxFile file;
    if (!file.Create(path, true, wxS_IRUSR | wxS_IWUSR)
        || file.Write(content.data(), content.size()) != content.size() || !file.Close())
        throw StorageError(knotwork::ui::toUtf8(wxString::Format(_("Could not write %s."), path)));
}

void openLetter(ClientQueries& store, long long attachmentId)
{
    const Attachment letter = store.attachment(attachmentId);
    wxFileName folder(wxStandardPaths::Get().GetTempDir(), wxString());
    folder.AppendDir(wxString::Format("knotwork-letters-%s", wxGetUserId()));
    folder.AppendDir(wxString::Format("%lld", attachmentId));
    if (!folder.Mkdir(wxS_IRUSR | wxS_IWUSR | wxS_IXUSR, wxPATH_MKDIR_FULL))
        throw StorageError(knotwork::ui::toUtf8(
            wxString::Format(_("Could not create the folder %s."), folder.GetPath())));
    const wxString path = wxFileName(folder.GetPath(), safeFileName(letter)).GetFullPath();
    writePrivately(path, letter.content);
    if (!wxLaunchDefaultApplication(path))
        throw Error(knotwork::ui::toUtf8(wxString::Format(
            _("No program on this computer opens %s. Use Save letter… to keep a copy."), path)));
}

void saveLetter(wxWindow* parent, ClientQueries& store, long long attachmentId)
{
    const Attachment letter = store.attachment(attachmentId);
    knotwork::ui::FileDialog dialog(parent, _("Save letter"), wxString(), safeFileName(letter),
                                    wxFileSelectorDefaultWildcardStr, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK)
        writePrivately(dialog.GetPath(), letter.content);
}

} // namespace

void addLetterButtons(wxWindow* parent, wxSizer* row, ClientQueries& store, Notifier& notifier,
                      long long attachmentId)
{
    auto* open = new wxButton(parent, wxID_ANY, _("Open letter"));
    open->Bind(wxEVT_BUTTON, [&store, &notifier, attachmentId](wxCommandEvent&) {
        reportErrors(notifier, _("Could not open the letter"), [&] { openLetter(store, attachmentId); });
    });
    auto* save = new wxButton(parent, wxID_ANY, _("Save letter…"));
    save->Bind(wxEVT_BUTTON, [parent, &store, &notifier, attachmentId](wxCommandEvent&) {
        reportErrors(notifier, _("Could not save the letter"), [&] { saveLetter(parent, store, attachmentId); });
    });
    row->Add(open, wxSizerFlags().Border(wxTOP | wxRIGHT, parent->FromDIP(8)));
    row->Add(save, wxSizerFlags().Border(wxTOP, parent->FromDIP(8)));
}

} // namespace knotwork::clients::ui
