#include "common/ui/folder_picker.h"

#include <wx/intl.h>
#include <wx/textctrl.h>

#include "common/ui/file_dialogs.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

namespace {

// The Browse button of a FolderPicker.
class BrowseFolderButton : public wxDirPickerWidget {
public:
    using wxDirPickerWidget::wxDirPickerWidget;

protected:
    wxDialog* CreateDialog() override
    {
        return new DirDialog(GetDialogParent(), m_message, m_path.empty() ? m_initialDir : m_path,
                             GetDialogStyle());
    }
};

} // namespace

FolderPicker::FolderPicker(wxWindow* parent, const wxString& name, const wxString& message,
                           const wxString& whenEmpty)
{
    Create(parent, wxID_ANY, wxString(), message, wxDefaultPosition, wxDefaultSize,
           wxDIRP_USE_TEXTCTRL, wxDefaultValidator, name);  // calls CreatePicker
    if (wxTextCtrl* text = GetTextCtrl())
        text->SetHint(whenEmpty);
}

std::string FolderPicker::folder() const
{
    wxString typed = m_text ? m_text->GetValue() : GetPath();
    typed.Trim(true).Trim(false);
    return toUtf8(typed);
}

void FolderPicker::setFolder(const std::string& folder)
{
    SetPath(toWx(folder));
}

wxFileDirPickerWidgetBase* FolderPicker::CreatePicker(wxWindow* parent, const wxString& path, const wxString& message,
                                                      const wxString&)
{
    return new BrowseFolderButton(parent, wxID_ANY, wxGetTranslation(wxDirPickerWidgetLabel), path, message,
                                  wxDefaultPosition, wxDefaultSize, GetPickerStyle(GetWindowStyle()));
}

} // namespace knotwork::ui
