#include "schedule/ui/book_plan_dialog.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>

#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/text_table.h"
#include "common/ui/time_field.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "plans/plan_reminders.h"
#include "plans/plan_text.h"
#include "schedule/ui/schedule_text.h"
#include "schedule/ui/service_choice.h"
#include "schedule/ui/visit_words.h"

namespace knotwork::schedule::ui {

using namespace knotwork::ui;

namespace {

// The time a series is first offered at, until the therapist types another.
const TimeOfDay kUsualStart = boost::posix_time::hours(10);

// The weekday choice lists Monday first; boost numbers Sunday 0.
int weekdayNumber(int index)
{
    return (index + 1) % 7;
}

} // namespace

BookPlanDialog::BookPlanDialog(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clientService,
                               const plans::PlanProgress& plan)
    : RecordDialog(parent, _("Book the plan"), "book-plan-dialog"),
      m_schedule(schedule),
      m_plan(plan),
      m_services(offeredServices(schedule.book().services()))
{
    const clients::ClientChart chart = clientService.clients().chart(plan.plan.clientId);
    FormGrid form(this, wxString::Format(_("Plan for %s"), toWx(clients::fullName(chart.client))), markers());
    auto* phases = new WrappingText(
        form.parent(),
        wxString::Format(_("%s\nThe plan's rhythm: %s."), toWx(plans::phaseLine(plan, localeDateText)),
                         toWx(plans::describePhases(plan.plan.phases))),
        "plan-rhythm", 360);
    labelNothing(*phases);
    form.addWide(phases);

    const Date today = schedule.clock().today();
    m_from = new wxDatePickerCtrl(form.parent(), wxID_ANY, toWxDate(today), wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "from");
    form.add(_("&First visit on or after"), m_from, FieldWidth::Natural);
    m_weekday = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                             wxDefaultValidator, "weekday");
    for (int index = 0; index < 7; ++index)
        m_weekday->Append(wxDateTime::GetWeekDayName(static_cast<wxDateTime::WeekDay>(weekdayNumber(index))));
    m_weekday->SetSelection(today.day_of_week().as_number());  // tomorrow's, as the list starts on Monday
    form.add(_("&Weekday"), m_weekday, FieldWidth::Natural);
    m_time = new TimeField(form.parent(), "time");
    m_time->setTime(kUsualStart);
    form.add(_("&At"), m_time, FieldWidth::Natural);
    m_service = serviceChoice(form.parent(), m_services, "service_id");
    form.add(_("Se&rvice"), m_service, FieldWidth::Natural);
    const Date review = plan.plan.reviewDate.is_special() ? today + boost::gregorian::months(3) : plan.plan.reviewDate;
    m_until = new wxDatePickerCtrl(form.parent(), wxID_ANY, toWxDate(review), wxDefaultPosition, wxDefaultSize,
                                   wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "until");
    form.add(_("Open-ended phase &until"), m_until, FieldWidth::Natural);

    FormGrid visits(this, _("Visits to book"), markers());
    m_list = new TextTable(visits.parent(), "proposals", _("Visits to book"),
                           {{_("Day and time"), 190}, {_("Phase"), 150}, {_("What happens"), 370}},
                           FromDIP(wxSize(-1, 130)));
    // Its columns fit their words, and a long reason scrolls within the list, never widening the dialog.
    m_list->SetMinSize(FromDIP(wxSize(720, 130)));
    visits.addWide(m_list, 1);
    m_count = new WrappingText(visits.parent(), wxString(), "proposal-count", 360);
    labelNothing(*m_count);
    visits.addWide(m_count);

    const auto edited = [this](wxEvent& event) {
        preview();
        event.Skip();
    };
    m_from->Bind(wxEVT_DATE_CHANGED, edited);
    m_until->Bind(wxEVT_DATE_CHANGED, edited);
    m_weekday->Bind(wxEVT_CHOICE, edited);
    m_service->Bind(wxEVT_CHOICE, edited);
    m_time->Bind(wxEVT_TEXT, edited);

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(visits.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Book these visits"));
    preview();
    markUnchanged();
    Fit();
    Centre();
    m_weekday->SetFocus();
}

wxString BookPlanDialog::countLine() const
{
    return m_count->GetLabel();
}

std::optional<SeriesRequest> BookPlanDialog::typedRequest(Validator& problems) const
{
    const std::optional<TimeOfDay> time = m_time->read(problems);
    if (!time && problems.ok())
        problems.add("time", "required", toUtf8(_("At: enter the time of day of the visits.")));
    const int service = m_service->GetSelection();
    if (service == wxNOT_FOUND)
        problems.add("service_id", "required", toUtf8(_("Service: choose what the visits are booked as.")));
    const std::optional<Date> from = fromWxDate(m_from->GetValue());
    if (!problems.ok() || !from)
        return std::nullopt;
    const Service& chosen = m_services[static_cast<std::size_t>(service)];
    SeriesRequest request;
    request.visit.clientId = m_plan.plan.clientId;
    request.visit.serviceId = chosen.id;
    request.visit.minutes = chosen.minutes;
    request.visit.bufferMinutes = chosen.bufferMinutes;
    request.visit.planId = m_plan.plan.id;
    request.visit.referralOnly = m_schedule.referralOnlyRequired(m_plan.plan.clientId);
    request.phases = m_plan.plan.phases;
    request.fromPhase = m_plan.plan.currentPhase;
    request.visitsDoneInPhase = m_plan.visitsInPhase;
    const LocalTime now(m_schedule.clock().today(), m_schedule.clock().timeOfDay());
    request.first = firstWeekdayAt(*from, weekdayNumber(m_weekday->GetSelection()), *time, now);
    if (const std::optional<Date> until = fromWxDate(m_until->GetValue()))
        request.until = *until;
    return request;
}

wxString BookPlanDialog::because(const std::vector<BookingIssue>& issues)
{
    std::vector<Appointment> others;
    for (const BookingIssue& issue : issues)
        if (issue.other && *issue.other > 0)
            if (const std::optional<Appointment> other = m_schedule.book().findAppointment(*issue.other))
                others.push_back(*other);
    wxString text = issuesInWords(issues, readVisitWords(others, m_schedule));
    text.Replace("\n", _("; "));
    return text;
}

void BookPlanDialog::preview()
{
    Validator problems;
    m_request = typedRequest(problems);
    m_proposals.clear();
    wxString count;
    try {
        if (m_request)
            m_proposals = m_schedule.previewSeries(*m_request);
    } catch (const Error& error) {
        count = toWx(error.what());
    }
    std::vector<TextTable::Row> rows;
    int shifted = 0;
    int skipped = 0;
    for (const ProposedVisit& proposal : m_proposals) {
        const wxString phase = wxString::Format(_("%d: %s"), proposal.phase + 1,
                                                toWx(plans::describePhase(m_plan.plan.phases[proposal.phase])));
        wxString fate = _("As asked");
        if (proposal.fate == ProposalFate::Shifted) {
            ++shifted;
            fate = wxString::Format(_("Shifted from %s because: %s"), shortDayAndTime(proposal.asked),
                                    because(proposal.because));
        } else if (proposal.fate == ProposalFate::Skipped) {
            ++skipped;
            fate = wxString::Format(_("Skipped because: %s"), because(proposal.because));
        }
        rows.push_back({{shortDayAndTime(proposal.booked.value_or(proposal.asked)), phase, fate}});
    }
    m_list->setRows(std::move(rows));
    m_list->fitColumnsToContent();
    const int booked = static_cast<int>(m_proposals.size()) - skipped;
    if (count.empty() && m_request && m_proposals.empty())
        count = _("Nothing to book: the plan's visits are booked already, or its phases ask for none before the "
                  "day chosen.");
    else if (count.empty() && m_request)
        count = wxString::Format(wxPLURAL("%d visit to book: %d as asked, %d shifted, %d skipped (not booked).",
                                          "%d visits to book: %d as asked, %d shifted, %d skipped (not booked).",
                                          booked),
                                 booked, booked - shifted, shifted, skipped);
    else if (count.empty())
        count = _("Enter the time of day to see the visits.");
    m_count->SetLabel(count);
    FindWindow(wxID_OK)->SetLabel(
        wxString::Format(wxPLURAL("&Book this %d visit", "&Book these %d visits", booked), booked));
    FindWindow(wxID_OK)->Enable(booked > 0);
    relayoutForm(*m_count);
}

void BookPlanDialog::save()
{
    Validator problems;
    const std::optional<SeriesRequest> request = typedRequest(problems);
    if (!request)
        problems.throwIfAny();
    // The therapist has read the list: its times are booked as they were shown.
    m_booked = m_schedule.bookSeries(m_proposals, request->visit, Issues::Accepted);
}

} // namespace knotwork::schedule::ui
