#pragma once

#include <string>
#include <wx/filepicker.h>

namespace knotwork::ui {

// A folder typed or chosen with Browse…, whose dialog opens within the work area (DirDialog). Left
// empty, the field says what empty means (`whenEmpty`: "the default folder", "no second copy").
class FolderPicker : public wxDirPickerCtrl {
public:
    FolderPicker(wxWindow* parent, const wxString& name, const wxString& message, const wxString& whenEmpty);

    // The folder typed or chosen, as the domain's UTF-8, without spaces around it; empty for none.
    std::string folder() const;
    void setFolder(const std::string& folder);

protected:
    wxFileDirPickerWidgetBase* CreatePicker(wxWindow* parent, const wxString& path, const wxString& message,
                                            const wxString& wildcard) override;
};

} // namespace knotwork::ui
