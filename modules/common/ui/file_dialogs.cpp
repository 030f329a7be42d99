#include "common/ui/file_dialogs.h"

#include <algorithm>
#include <wx/filename.h>
#include <wx/intl.h>

#include "common/ui/work_area.h"

namespace knotwork::ui {

namespace {
const wxSize kComfortable(900, 640);
}

namespace {

// The Browse button of a FilePicker.
class BrowseButton : public wxFilePickerWidget {
public:
    using wxFilePickerWidget::wxFilePickerWidget;

protected:
    wxDialog* CreateDialog() override
    {
        auto* dialog = new FileDialog(GetDialogParent(), m_message, wxString(), wxString(), m_wildcard,
                                      GetDialogStyle());
        dialog->SetPath(m_path);  // its folder and file
        if (!m_initialDir.empty() && wxFileName(m_path).GetPath().empty())
            dialog->SetDirectory(m_initialDir);
        return dialog;
    }
};

} // namespace

FilePicker::FilePicker(wxWindow* parent, wxWindowID id, const wxString& path, const wxString& message,
                       const wxString& wildcard, const wxPoint& position, const wxSize& size, long style,
                       const wxValidator& validator, const wxString& name)
{
    Create(parent, id, path, message, wildcard, position, size, style, validator, name);  // calls CreatePicker
}

wxFileDirPickerWidgetBase* FilePicker::CreatePicker(wxWindow* parent, const wxString& path, const wxString& message,
                                                    const wxString& wildcard)
{
    return new BrowseButton(parent, wxID_ANY, wxGetTranslation(wxFilePickerWidgetLabel), path, message, wildcard,
                            wxDefaultPosition, wxDefaultSize, GetPickerStyle(GetWindowStyle()));
}

wxRect fileChooserRect(const wxWindow& dialog)
{
    const wxSize area = workAreaOf(dialog).GetSize();
    const wxSize wanted = dialog.FromDIP(kComfortable);
    return placeInWorkArea(dialog, wxSize(std::min(wanted.x, area.x), std::min(wanted.y, area.y)));
}

} // namespace knotwork::ui
