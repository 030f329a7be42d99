#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "common/ui/record_dialog.h"

class wxCheckBox;
class wxTextCtrl;

namespace knotwork::gui {

// Where to write an export and whether in the clear, then writes it: File › Export practice… (a
// .zip) and Client › Export record… (a folder). An encrypted practice's export is encrypted with
// its passphrase unless "Export without encryption" is ticked, which asks first. What the export
// refuses is shown in the dialog, which stays open; the written place is chosen().
class ExportDialog : public knotwork::ui::RecordDialog {
public:
    struct Setup {
        wxString title;
        wxString name;          // the window's name
        wxString intro;         // what is exported, in a sentence or two
        wxString destinationLabel;
        std::filesystem::path destination;  // proposed
        bool folder = false;    // a folder is chosen, else a .zip file
        bool encrypted = false; // the practice has a passphrase
        // Said instead of whether the archive is encrypted, with no choice to make: a client's
        // own copy of their record is never encrypted.
        wxString note{};
        // Writes the export to `destination`; `plain`: in the clear although the practice is encrypted.
        std::function<void(const std::filesystem::path& destination, bool plain)> run;
    };
    ExportDialog(wxWindow* parent, Setup setup);

    // Asks whether to export in the clear after all; true to go on. A message box by default.
    void setPlainQuestion(std::function<bool()> ask) { m_askPlain = std::move(ask); }
    const std::filesystem::path& written() const { return m_written; }

    wxTextCtrl& destinationField() const { return *m_destination; }
    wxCheckBox* plainBox() const { return m_plain; }

protected:
    void save() override;

private:
    void browse();

    Setup m_setup;
    wxTextCtrl* m_destination;
    wxCheckBox* m_plain = nullptr;
    std::function<bool()> m_askPlain;
    std::filesystem::path m_written;
};

} // namespace knotwork::gui
