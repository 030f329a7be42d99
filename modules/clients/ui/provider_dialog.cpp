#include "clients/ui/provider_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "common/ui/choice_controls.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

ProviderDialog::ProviderDialog(wxWindow* parent, ClientService& service, std::optional<Provider> existing)
    : RecordDialog(parent, existing ? _("Edit provider") : _("New provider"), "provider-dialog"),
      m_service(service),
      m_provider(existing.value_or(Provider{}))
{
    FormGrid form(this, _("Provider"), markers());
    m_name = form.addText(_("&Name *"), "name");
    m_name->SetHint(_("e.g. Dr Amara Okafor"));
    m_role = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<ProviderRole>(), 0,
                          wxDefaultValidator, "role");
    form.add(_("&Role"), m_role, FieldWidth::Natural);
    m_clinic = form.addText(_("C&linic"), "clinic");
    m_phone = form.addText(_("&Phone"), "phone");
    m_email = form.addText(_("&Email"), "email");
    m_fax = form.addText(_("&Fax"), "fax");
    m_address = form.addMultiLine(_("&Address"), "address");
    m_notes = form.addMultiLine(_("No&tes"), "notes", 2);
    form.addNote(_("* required"));

    m_name->SetValue(toWx(m_provider.name));
    m_role->SetSelection(choiceIndex(m_provider.role));
    m_clinic->SetValue(toWx(m_provider.clinic));
    m_phone->SetValue(toWx(m_provider.phone));
    m_email->SetValue(toWx(m_provider.email));
    m_fax->SetValue(toWx(m_provider.fax));
    m_address->SetValue(toWx(m_provider.address));
    m_notes->SetValue(toWx(m_provider.notes));
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Save"));
    Fit();
    SetMinSize(GetSize());
    Centre();
}

void ProviderDialog::save()
{
    Provider provider = m_provider;
    provider.name = trimmedText(*m_name);
    provider.role = choiceAt<ProviderRole>(m_role->GetSelection());
    provider.clinic = trimmedText(*m_clinic);
    provider.phone = trimmedText(*m_phone);
    provider.email = trimmedText(*m_email);
    provider.fax = trimmedText(*m_fax);
    provider.address = typedText(*m_address);
    provider.notes = typedText(*m_notes);
    m_savedId = m_service.saveProvider(provider);
}

} // namespace knotwork::clients::ui
