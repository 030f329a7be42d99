#pragma once

#include <functional>
#include <string>

#include "common/ui/record_dialog.h"

class wxTextCtrl;

namespace knotwork::plans::ui {

// Asks for the name of one of the therapist's own plan templates, as the New plan list shows it,
// and saves it through `save`. A name refused (empty, or another template's) is marked beside
// the field and stays typed.
class TemplateNameDialog : public knotwork::ui::RecordDialog {
public:
    using Save = std::function<void(const std::string& name)>;

    TemplateNameDialog(wxWindow* parent, const wxString& title, const wxString& name, Save save);

    wxTextCtrl& nameField() const { return *m_name; }

protected:
    void save() override;

private:
    wxTextCtrl* m_name;
    Save m_save;
};

} // namespace knotwork::plans::ui
