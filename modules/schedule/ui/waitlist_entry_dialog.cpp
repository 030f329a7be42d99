#include "schedule/ui/waitlist_entry_dialog.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "common/ui/optional_date_field.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::schedule::ui {

using knotwork::ui::toWx;

WaitlistEntryDialog::WaitlistEntryDialog(wxWindow* parent, ScheduleService& service, ClientId client,
                                         const wxString& clientName)
    : RecordDialog(parent, _("Add to the waitlist"), "waitlist-entry-dialog"),
      m_schedule(service),
      m_client(client)
{
    knotwork::ui::FormGrid form(this, clientName, markers());
    m_service = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                             wxDefaultValidator, "service_id");
    for (const Service& offered : service.book().services())
        if (offered.offered) {
            m_services.push_back(offered);
            m_service->Append(toWx(offered.name));
        }
    m_service->SetSelection(m_services.empty() ? wxNOT_FOUND : 0);
    form.add(_("&Service"), m_service, knotwork::ui::FieldWidth::Natural);
    m_from = new wxDatePickerCtrl(form.parent(), wxID_ANY, knotwork::ui::toWxDate(service.clock().today()),
                                  wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY,
                                  wxDefaultValidator, "from_date");
    form.add(_("&From"), m_from, knotwork::ui::FieldWidth::Natural);
    m_until = new knotwork::ui::OptionalDateField(form.parent(), "until_date", _("Until a day"));
    form.add(_("&Until"), m_until, knotwork::ui::FieldWidth::Natural);
    m_preferences = form.addText(_("&What suits"), "preferences");
    m_preferences->SetHint(_("e.g. mornings, not Wednesdays"));
    form.addNote(_("When a cancellation frees a time this fits, the Schedule offers it to the client."));
    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Add"));
    markUnchanged();
    SetMinSize(FromDIP(wxSize(480, -1)));
    Fit();
    Centre();
    m_service->SetFocus();
}

void WaitlistEntryDialog::save()
{
    WaitlistEntry entry;
    entry.clientId = m_client;
    const int chosen = m_service->GetSelection();
    entry.serviceId = chosen == wxNOT_FOUND ? 0 : m_services.at(static_cast<std::size_t>(chosen)).id;
    entry.from = knotwork::ui::fromWxDate(m_from->GetValue()).value_or(Date(boost::gregorian::not_a_date_time));
    entry.until = m_until->date();
    entry.preferences = knotwork::ui::typedText(*m_preferences);
    m_schedule.addToWaitlist(entry);
}

} // namespace knotwork::schedule::ui
