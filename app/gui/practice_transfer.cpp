#include "app/gui/practice_transfer.h"

#include <wx/checkbox.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "app/gui/export_dialog.h"
#include "app/gui/import_problems_dialog.h"
#include "app/gui/main_frame.h"
#include "app/gui/passphrase_prompt.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_export.h"
#include "app/practice/practice_import.h"
#include "common/calendar_date.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"

namespace knotwork::gui {

namespace {

std::filesystem::path documentsFolder()
{
    return ui::toPath(wxStandardPaths::Get().GetDocumentsDir());
}

// The archive to import, or none when the person cancelled.
std::filesystem::path chooseArchive(MainFrame& frame)
{
    ui::FileDialog dialog(&frame, _("Import practice: choose the archive"), ui::pathToWx(documentsFolder()),
                          wxEmptyString,
                          wxString::Format("%s (*.zip)|*.zip|%s (*)|*", _("Knotwork exports"), _("All files")),
                          wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    return dialog.ShowModal() == wxID_OK ? ui::toPath(dialog.GetPath()) : std::filesystem::path();
}

// The new practice file the archive becomes, or none when the person cancelled or it exists.
std::filesystem::path chooseNewPracticeFile(MainFrame& frame, const std::filesystem::path& archive)
{
    ui::FileDialog dialog(&frame, _("Import practice: the new practice file"), ui::pathToWx(userDataDirectory()),
                          ui::pathToWx(archive.stem()) + ".sqlite",
                          wxString::Format("%s (*.sqlite)|*.sqlite", _("Knotwork practices")), wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK)
        return {};
    std::filesystem::path file = ui::toPath(dialog.GetPath());
    if (file.extension().empty())
        file += ".sqlite";
    if (std::filesystem::exists(file)) {
        frame.notifier().showError(
            ui::toUtf8(_("Nothing was imported")),
            ui::toUtf8(wxString::Format(_("%s already exists. An archive is imported into a new practice: "
                                          "choose another name."),
                                        ui::pathToWx(file))));
        return {};
    }
    return file;
}

} // namespace

void exportOpenPractice(MainFrame& frame)
{
    app::PracticeContext* practice = frame.practice();
    if (!practice)
        return;
    const std::string name = app::PracticeLocation::of(practice->database()).stem() + "-export-"
        + isoDate(frame.clock().today()) + ".zip";
    const bool encrypted = practice->database().encrypted();
    ExportDialog dialog(
        &frame,
        {.title = _("Export practice"),
         .name = "export-practice-dialog",
         .intro = _("Every record of the practice, in Knotwork's open format: the records as JSON and the "
                    "attachments as files, in one .zip archive another program can read. Import practice… "
                    "makes a practice of it again."),
         .destinationLabel = _("&Save as"),
         .destination = documentsFolder() / name,
         .encrypted = encrypted,
         .run = [&](const std::filesystem::path& archive, bool plain) {
             app::exportPractice(*practice, archive,
                                 {.passphrase = plain ? std::string() : practice->database().passphrase()});
         }});
    if (dialog.ShowModal() != wxID_OK)
        return;
    const bool plain = !encrypted || (dialog.plainBox() && dialog.plainBox()->GetValue());
    frame.notifier().showInformation(
        ui::toUtf8(_("Practice exported")),
        ui::toUtf8(wxString::Format(plain ? _("Every record was written to %s.")
                                          : _("Every record was written to %s, encrypted with the practice's "
                                              "passphrase."),
                                    ui::pathToWx(dialog.written()))));
}

void importPracticeFromArchive(MainFrame& frame)
{
    const std::filesystem::path archive = chooseArchive(frame);
    if (archive.empty())
        return;
    if (const std::filesystem::path file = chooseNewPracticeFile(frame, archive); !file.empty())
        importArchiveInto(frame, archive, file);
}

bool importArchiveInto(MainFrame& frame, const std::filesystem::path& archive, const std::filesystem::path& file)
{
    std::string passphrase;  // the archive's, which the new practice keeps
    try {
        wxBusyCursor busy;
        try {
            app::importPractice(archive, {}, file, {});
        } catch (const PassphraseError&) {
            const bool imported = askPassphrase(&frame, archive, [&](const std::string& typed) {
                try {
                    app::importPractice(archive, typed, file, typed);
                    passphrase = typed;
                    return true;
                } catch (const PassphraseError&) {
                    return false;
                }
            });
            if (!imported)
                return false;
        }
    } catch (const ValidationError& error) {
        ImportProblemsDialog problems(&frame, archive, error.problems());
        problems.ShowModal();
        return false;
    } catch (const Error& error) {
        frame.notifier().showError(ui::toUtf8(_("Nothing was imported")), error.what());
        return false;
    }
    return frame.openPractice(file, db::OpenMode::ExistingOnly, passphrase);
}

} // namespace knotwork::gui
