#include "sessions/ui/note_visit_section.h"

#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/stattext.h>

#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/time_field.h"
#include "common/ui/wx_date.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;

NoteVisitSection::NoteVisitSection(wxWindow* parent, FieldErrorMarkers& markers, Changed changed)
    : NoteFormSection(parent, std::move(changed))
{
    FormGrid visit(parent, _("Visit"), markers);
    wxWindow* box = visit.parent();
    m_date = new wxDatePickerCtrl(box, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "visit_date");
    visit.add(_("Visit dat&e"), m_date, FieldWidth::Natural);
    m_time = new TimeField(box, "visit_time");
    visit.add(_("&Began at"), m_time, FieldWidth::Natural);
    m_minutes = new NumberField(box, "visit_minutes", {5, 240, 5, 0}, _("minutes (5–240)"));
    visit.add(_("Visit length"), m_minutes, FieldWidth::Natural);
    m_lateEntry = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "visit.late_entry");
    m_lateEntry->SetForegroundColour(wxColour(0x8A, 0x4B, 0x00));
    m_lateEntry->SetFont(m_lateEntry->GetFont().Bold());
    m_lateEntry->Hide();
    visit.addWide(m_lateEntry);
    addBox(visit);
    // A date picker sends no command event the section watches.
    m_date->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        event.Skip();
        reportChange("visit_date");
    });
}

wxWindow* NoteVisitSection::first() const
{
    return m_date;
}

void NoteVisitSection::load(const SoapNote& note)
{
    if (!note.visitDate.is_special())
        m_date->SetValue(toWxDate(note.visitDate));
    m_time->setTime(note.visitTime);
    m_minutes->setValue(note.visitMinutes);
}

void NoteVisitSection::store(SoapNote& note, Validator& problems) const
{
    if (const std::optional<Date> day = fromWxDate(m_date->GetValue()))
        note.visitDate = *day;
    note.visitTime = m_time->read(problems);
    note.visitMinutes = m_minutes->readWhole(problems);
}

void NoteVisitSection::showLateEntry(bool late, const Date& visitDate)
{
    const wxString text = late ? wxString::Format(_("Late entry: this visit (%s) began more than 24 hours ago. "
                                                    "Signing records it as a late entry, with today as the date "
                                                    "of entry."),
                                                  formatDate(visitDate))
                               : wxString();
    if (text == m_lateEntry->GetLabelText() && late == m_lateEntry->IsShown())
        return;
    m_lateEntry->SetLabelText(text);
    m_lateEntry->Wrap(m_lateEntry->FromDIP(640));
    m_lateEntry->Show(late);
    relayoutForm(*m_lateEntry);
}

bool NoteVisitSection::showsLateEntry() const
{
    return m_lateEntry->IsShown();
}

} // namespace knotwork::sessions::ui
