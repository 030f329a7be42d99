#include "schedule/ui/booking_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/time_field.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/service_choice.h"
#include "schedule/ui/visit_words.h"

namespace knotwork::schedule::ui {

using namespace knotwork::ui;

BookingDialog::BookingDialog(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clientService,
                             ClientId client, const LocalTime& start)
    : RecordDialog(parent, _("Book an appointment"), "booking-dialog"),
      m_schedule(schedule),
      m_client(client),
      m_askToBook([this](const wxString& issues) { return askToBook(issues); })
{
    m_services = offeredServices(schedule.book().services());
    const clients::ClientChart chart = clientService.clients().chart(client);
    const bool referralOnly = schedule.referralOnlyRequired(client);
    const wxString precautions = toWx(schedule.precautionsOf(chart));

    FormGrid who(this, wxString::Format(_("Visit for %s"), toWx(clients::fullName(chart.client))), markers());
    // Wrapped to the form's width: the dialog is as wide as its fields, not as a long line.
    const auto addLine = [&who, this](const wxString& text, const char* name, bool bold) {
        auto* line = new wxStaticText(who.parent(), wxID_ANY, text, wxDefaultPosition, wxDefaultSize, 0, name);
        if (bold)
            line->SetFont(line->GetFont().Bold());
        line->Wrap(FromDIP(480));
        labelNothing(*line);
        who.addWide(line);
    };
    addLine(precautions.empty() ? wxString(_("No precautions on the intake."))
                                : wxString::Format(_("Keep in mind: %s"), precautions),
            "precautions", false);
    if (referralOnly)
        addLine(_("Referral visit only: the client's safety screening asks for a referral or a physician's clearance. "
                  "Until a clearance is recorded, book a visit to talk it through and refer, with no massage."),
                "referral-reason", true);

    FormGrid form(this, _("Appointment"), markers());
    m_date = new wxDatePickerCtrl(form.parent(), wxID_ANY, toWxDate(start.date()), wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "date");
    form.add(_("&Day"), m_date, FieldWidth::Natural);
    m_start = new TimeField(form.parent(), "start");
    m_start->setTime(start.time_of_day());
    form.add(_("&Start"), m_start, FieldWidth::Natural);
    m_service = serviceChoice(form.parent(), m_services, "service_id");
    form.add(_("Se&rvice"), m_service, FieldWidth::Natural);
    m_minutes = new NumberField(form.parent(), "minutes", {5, 480, 5, 0}, wxString());
    form.add(_("&Length"), m_minutes, FieldWidth::Natural);
    m_referralOnly = new wxCheckBox(form.parent(), wxID_ANY, _("Re&ferral visit (no massage)"), wxDefaultPosition,
                                    wxDefaultSize, 0, wxDefaultValidator, "referral_only");
    m_referralOnly->SetValue(referralOnly);
    m_referralOnly->Enable(!referralOnly);
    form.addNatural(m_referralOnly);
    m_notes = form.addMultiLine(_("N&otes"), "notes", 2);
    m_notes->SetToolTip(_("Shown with the visit on the calendar; never sent in a reminder"));

    FormGrid onTheBook(this, _("On the book"), markers());
    m_issues = new WrappingText(onTheBook.parent(), wxString(), "booking-issues", 360);
    labelNothing(*m_issues);
    onTheBook.addWide(m_issues);

    serviceChosen();
    m_service->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        serviceChosen();
        event.Skip();
    });
    const auto edited = [this](wxEvent& event) {
        showIssues();
        event.Skip();
    };
    m_date->Bind(wxEVT_DATE_CHANGED, edited);
    m_start->Bind(wxEVT_TEXT, edited);
    m_minutes->text()->Bind(wxEVT_TEXT, edited);
    showIssues();
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(who.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(form.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(onTheBook.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Book"));
    SetMinSize(FromDIP(wxSize(520, -1)));
    Fit();
    Centre();
    m_start->SetFocus();
}

wxString BookingDialog::issuesShown() const
{
    return m_issues->GetLabel();
}

void BookingDialog::serviceChosen()
{
    const int chosen = m_service->GetSelection();
    if (chosen == wxNOT_FOUND)
        return;
    const Service& service = m_services[static_cast<std::size_t>(chosen)];
    m_minutes->setValue(service.minutes);
    m_minutes->setUnit(service.bufferMinutes == 0
                           ? wxString(_("minutes"))
                           : wxString::Format(_("minutes, then %s for the room"), minutesText(service.bufferMinutes)));
    showIssues();
}

std::optional<Appointment> BookingDialog::typedVisit(Validator& problems) const
{
    Appointment visit;
    visit.clientId = m_client;
    const int chosen = m_service->GetSelection();
    if (chosen != wxNOT_FOUND) {
        const Service& service = m_services[static_cast<std::size_t>(chosen)];
        visit.serviceId = service.id;
        visit.bufferMinutes = service.bufferMinutes;
    } else {
        problems.add("service_id", "required", toUtf8(_("Service: choose what the visit is booked as.")));
    }
    const std::optional<Date> day = fromWxDate(m_date->GetValue());
    const std::optional<TimeOfDay> time = m_start->read(problems);
    if (day && time)
        visit.start = localTimeOn(*day, *time);
    if (const std::optional<int> minutes = m_minutes->readWhole(problems))
        visit.minutes = *minutes;
    else
        problems.add("minutes", "required", toUtf8(_("Length: enter how many minutes the visit lasts.")));
    visit.referralOnly = m_referralOnly->GetValue();
    visit.notes = typedText(*m_notes);
    return problems.ok() ? std::optional(visit) : std::nullopt;
}

const std::map<AppointmentId, VisitWords>& BookingDialog::wordsAround(const Date& day)
{
    if (day != m_wordsDay) {
        // A visit the evening before may reach into the morning by its buffer.
        const std::vector<Appointment> around = m_schedule.book().appointmentsBetween(
            localTimeOn(day - boost::gregorian::days(1), {}), localTimeOn(day + boost::gregorian::days(2), {}));
        m_words = readVisitWords(around, m_schedule);
        m_wordsDay = day;
    }
    return m_words;
}

void BookingDialog::showIssues()
{
    Validator problems;
    const std::optional<Appointment> visit = typedVisit(problems);
    wxString said = _("Enter the day, the start and the length to see whether the time is free.");
    if (visit && !visit->start.is_special()) {
        try {
            const BookingPlan plan = m_schedule.planBooking(*visit);
            said = plan.issues.empty() ? wxString(_("The time is free."))
                                       : issuesInWords(plan.issues, wordsAround(visit->start.date()));
        } catch (const Error& error) {
            said = toWx(error.what());
        }
    }
    if (said != m_issues->GetLabel()) {
        m_issues->SetLabel(said);
        relayoutForm(*m_issues);
    }
}

void BookingDialog::save()
{
    Validator problems;
    const std::optional<Appointment> visit = typedVisit(problems);
    if (!visit)
        problems.throwIfAny();
    const BookingPlan plan = m_schedule.planBooking(*visit);
    const bool anyway =
        plan.issues.empty() || m_askToBook(issuesInWords(plan.issues, wordsAround(visit->start.date())));
    // Refused, the service says why beside the start and nothing is booked.
    m_booked = m_schedule.book(*visit, anyway ? Issues::Accepted : Issues::Refused);
}

bool BookingDialog::askToBook(const wxString& issues)
{
    wxMessageDialog ask(this, wxString::Format(_("The time has issues:\n\n%s\n\nBook the visit anyway?"), issues),
                        _("Book the visit?"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Book anyway"), _("&Choose another time"));
    return ask.ShowModal() == wxID_YES;
}

} // namespace knotwork::schedule::ui
