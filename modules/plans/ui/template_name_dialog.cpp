#include "plans/ui/template_name_dialog.h"

#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"

namespace knotwork::plans::ui {

TemplateNameDialog::TemplateNameDialog(wxWindow* parent, const wxString& title, const wxString& name, Save save)
    : RecordDialog(parent, title, "template-name-dialog"),
      m_save(std::move(save))
{
    knotwork::ui::FormGrid form(this, _("Template"), markers());
    m_name = form.addText(_("&Name"), "name");
    m_name->SetValue(name);
    m_name->SetHint(_("e.g. Desk workers, tension-type"));
    form.addNote(_("The New plan list shows your templates by this name, beside the built-in ones."));
    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Save"));
    markUnchanged();
    SetMinSize(FromDIP(wxSize(480, -1)));
    Fit();
    Centre();
    m_name->SetFocus();
    m_name->SelectAll();
}

void TemplateNameDialog::save()
{
    m_save(knotwork::ui::trimmedText(*m_name));
}

} // namespace knotwork::plans::ui
