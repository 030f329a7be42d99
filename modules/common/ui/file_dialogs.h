#pragma once

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>

namespace knotwork::ui {

// The place and size of a shown file chooser: comfortable, and inside the work area.
wxRect fileChooserRect(const wxWindow& dialog);

// A file or folder dialog that opens within the work area. GTK sizes its file chooser itself
// when it shows it, from the font (1096×822 on a 1024×600 screen), and wx leaves the chooser's
// size alone; this one is resized just after it shows.
template <typename Dialog>
class WithinWorkArea : public Dialog {
public:
    using Dialog::Dialog;

    int ShowModal() override
    {
        this->CallAfter([this] {
            const wxRect rect = fileChooserRect(*this);
            // wxFileDialog ignores sizes on GTK; the top-level window's own sizing reaches GTK.
            this->wxDialog::DoSetSize(rect.x, rect.y, rect.width, rect.height, wxSIZE_USE_EXISTING);
        });
        return Dialog::ShowModal();
    }
};

using FileDialog = WithinWorkArea<wxFileDialog>;
using DirDialog = WithinWorkArea<wxDirDialog>;

// A file picker whose Browse… opens a FileDialog. Takes wxFilePickerCtrl's arguments. (On GTK a
// picker with a text field has wx's own Browse button, which asks for its dialog as below.)
class FilePicker : public wxFilePickerCtrl {
public:
    FilePicker(wxWindow* parent, wxWindowID id, const wxString& path, const wxString& message,
               const wxString& wildcard, const wxPoint& position, const wxSize& size, long style,
               const wxValidator& validator, const wxString& name);

protected:
    wxFileDirPickerWidgetBase* CreatePicker(wxWindow* parent, const wxString& path, const wxString& message,
                                            const wxString& wildcard) override;
};

} // namespace knotwork::ui
