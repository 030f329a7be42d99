#include "schedule/ui/service_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/number_text.h"
#include "common/ui/choice_controls.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"
#include "schedule/book_settings_service.h"
#include "schedule/schedule_choices.h"
#include "schedule/ui/settings_page.h"

namespace knotwork::schedule::ui {

using namespace knotwork::ui;

ServiceDialog::ServiceDialog(wxWindow* parent, BookSettingsService& settings, const std::optional<Service>& service)
    : RecordDialog(parent, service ? _("Edit service") : _("New service"), "service-dialog"),
      m_settings(settings),
      m_service(service.value_or(Service{}))
{
    FormGrid grid(this, _("Service"), markers());
    m_name = grid.addText(_("&Name"), "name");
    m_name->SetHint(_("e.g. Treatment, 75 min"));
    m_kind = new wxChoice(grid.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<ServiceKind>(), 0,
                          wxDefaultValidator, "kind");
    m_kind->SetToolTip(_("Reports count visits by kind; the name is what the book shows."));
    grid.add(_("&Kind"), m_kind, FieldWidth::Natural);
    m_minutes = new NumberField(grid.parent(), "minutes", {5, 480, 5, 0}, _("minutes (5\u2013480)"));
    grid.add(_("&Length"), m_minutes, FieldWidth::Natural);
    m_buffer = new NumberField(grid.parent(), "buffer_minutes", {0, 120, 5, 0}, _("minutes (0\u2013120)"));
    m_buffer->SetToolTip(_("Kept free after the visit for turnover and laundry."));
    grid.add(_("&Buffer after"), m_buffer, FieldWidth::Natural);
    m_fee = new wxTextCtrl(grid.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                           wxDefaultValidator, "fee_cents");
    m_fee->SetHint(_("95.00"));
    grid.add(_("Default &fee"), m_fee, FieldWidth::Natural);
    m_taxable = new wxCheckBox(grid.parent(), wxID_ANY, _("&Taxable: the practice's sales tax is charged on it"),
                               wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "taxable");
    grid.addNatural(m_taxable);
    m_cptCode = grid.addText(_("C&PT code"), "cpt_code");
    m_cptCode->SetHint(_("97124"));
    m_cptCode->SetToolTip(_("The procedure code a US superbill gives the visit: 97124 massage, 97140 manual therapy"));
    if (service) {
        m_offered = new wxCheckBox(grid.parent(), wxID_ANY, _("&Offered for new visits"), wxDefaultPosition,
                                   wxDefaultSize, 0, wxDefaultValidator, "offered");
        grid.addNatural(m_offered);
        grid.addNote(_("Visits already booked keep their own length and buffer."));
    }

    m_name->SetValue(toWx(m_service.name));
    m_kind->SetSelection(choiceIndex(m_service.kind));
    m_minutes->setValue(m_service.minutes);
    m_buffer->setValue(m_service.bufferMinutes);
    m_fee->SetValue(toWx(amountCentsText(m_service.feeCents)));
    m_taxable->SetValue(m_service.taxable);
    m_cptCode->SetValue(toWx(m_service.cptCode));
    if (m_offered)
        m_offered->SetValue(m_service.offered);
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(grid.sizer(), wxSizerFlags().Expand());
    setBody(body, _("&Save"));
    Fit();
    SetMinSize(GetSize());
    Centre();
}

void ServiceDialog::save()
{
    Service service = m_service;
    service.name = trimmedText(*m_name);
    service.kind = choiceAt<ServiceKind>(m_kind->GetSelection());
    Validator problems;
    service.minutes = m_minutes->readWhole(problems).value_or(0);
    service.bufferMinutes = m_buffer->readWhole(problems).value_or(0);
    service.feeCents = readAmount(*m_fee, "fee_cents", _("Default fee"), problems);
    service.taxable = m_taxable->GetValue();
    service.cptCode = trimmedText(*m_cptCode);
    if (m_offered)
        service.offered = m_offered->GetValue();
    problems.throwIfAny();  // what could not be read; the rules are the service's
    if (service.id == 0)
        m_settings.addService(service);
    else
        m_settings.editService(service);
}

} // namespace knotwork::schedule::ui
