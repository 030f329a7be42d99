#include "schedule/ui/todays_visits_panel.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/choice_text.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_time.h"
#include "schedule/schedule_choices.h"
#include "schedule/ui/visit_words.h"

namespace knotwork::schedule::ui {

namespace {

// Enough rows for a full day without scrolling the Today view away; a longer day scrolls the list.
constexpr int kRowsShownAtMost = 8;
constexpr int kLeastWidth = 480;

bool mayStartNote(const Appointment& visit)
{
    return isUpcoming(visit.status) || visit.status == AppointmentStatus::Completed;
}

} // namespace

TodaysVisitsPanel::TodaysVisitsPanel(wxWindow* parent, Notifier& notifier, VisitAction startNote,
                                     VisitAction checkOut)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "todays-visits"),
      m_notifier(notifier),
      m_startNote(std::move(startNote)),
      m_checkOut(std::move(checkOut))
{
    auto* title = new wxStaticText(this, wxID_ANY, _("Today's appointments"));
    title->SetFont(GetFont().Scaled(1.2f).Bold());
    m_next = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "next-client");
    knotwork::ui::labelNothing(*m_next);
    m_list = new knotwork::ui::TextTable(this, "todays-visit-list", _("Today's appointments"),
                                         {{_("Time"), 110}, {_("Client"), 170}, {_("Service"), 150},
                                          {_("Status"), 90}, {_("Keep in mind"), 200}, {_("Then free"), 90}});
    m_start = new wxButton(this, wxID_ANY, _("&Start note"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "start-note");
    m_start->SetToolTip(_("Open the chosen visit's session note, dated with the visit's day and time"));
    m_start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startNoteForSelected(); });
    m_checkOutButton = new wxButton(this, wxID_ANY, _("Check &out"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "check-out-visit");
    m_checkOutButton->SetToolTip(_("Charge the chosen visit and take the payment, then give the receipt"));
    m_checkOutButton->Show(static_cast<bool>(m_checkOut));
    m_checkOutButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { checkOutSelected(); });
    m_list->onSelectionChanged([this] { enableStart(); });
    m_list->onActivated([this](std::size_t) { startNoteForSelected(); });

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title);
    column->Add(m_next, wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    column->Add(m_list, wxSizerFlags().Expand());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_start, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
    buttons->Add(m_checkOutButton);
    column->Add(buttons, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    SetSizer(column);
    showRows(LocalTime(boost::posix_time::not_a_date_time));
}

void TodaysVisitsPanel::reload(ScheduleService* schedule, clients::ClientService* clients)
{
    m_visits.clear();
    m_words.clear();
    LocalTime now(boost::posix_time::not_a_date_time);
    if (schedule && clients)
        knotwork::ui::reportErrors(m_notifier, _("Could not list today's appointments"), [&] {
            const Date today = schedule->clock().today();
            now = localTimeOn(today, schedule->clock().timeOfDay());
            for (const Appointment& visit : schedule->book().appointmentsBetween(
                     localTimeOn(today, {}), localTimeOn(today + boost::gregorian::days(1), {})))
                if (holdsTime(visit.status))
                    m_visits.push_back(visit);
            m_words = readVisitWords(m_visits, *schedule);
        });
    showRows(now);
}

void TodaysVisitsPanel::showRows(const LocalTime& now)
{
    std::vector<knotwork::ui::TextTable::Row> rows;
    for (std::size_t i = 0; i < m_visits.size(); ++i) {
        const Appointment& visit = m_visits[i];
        const VisitWords& words = m_words[visit.id];
        wxString free = _("last of the day");
        if (i + 1 < m_visits.size()) {
            const auto gap = static_cast<int>((m_visits[i + 1].start - visit.end()).total_seconds() / 60);
            free = gap < 0 ? wxString(_("overlaps the next")) : minutesText(gap);
        }
        rows.push_back({{visitTimes(visit), words.fullName, words.service, knotwork::ui::labelText(visit.status),
                         words.badges, free}});
    }
    m_list->setRows(std::move(rows));
    m_list->fitColumnsToContent();
    const auto next = std::ranges::find_if(m_visits, [&](const Appointment& visit) {
        return visit.status == AppointmentStatus::Booked && visit.start >= now;
    });
    m_next->SetLabel(next == m_visits.end()
                         ? wxString(_("No more clients are expected today."))
                         : wxString::Format(_("Next: %s at %s, in %s."), m_words[next->id].fullName,
                                            knotwork::ui::formatTime(next->start.time_of_day()),
                                            minutesText(static_cast<int>((next->start - now).total_seconds() / 60))));
    const int rowsShown = std::clamp(static_cast<int>(m_visits.size()), 1, kRowsShownAtMost) + 1;  // and the header
    // As wide as the view gives it: on a small screen the list scrolls sideways rather than
    // widening the window.
    m_list->SetMinSize(wxSize(FromDIP(kLeastWidth), rowsShown * (GetCharHeight() + FromDIP(12))));
    enableStart();
    Layout();
}

void TodaysVisitsPanel::enableStart()
{
    const auto row = m_list->selectedRow();
    m_start->Enable(row && mayStartNote(m_visits.at(*row)));
    m_checkOutButton->Enable(row && mayCheckOut(m_visits.at(*row).status));
}

void TodaysVisitsPanel::startNoteForSelected()
{
    if (const auto row = m_list->selectedRow(); row && mayStartNote(m_visits.at(*row)) && m_startNote)
        m_startNote(m_visits[*row]);
}

void TodaysVisitsPanel::checkOutSelected()
{
    if (const auto row = m_list->selectedRow(); row && mayCheckOut(m_visits.at(*row).status) && m_checkOut)
        m_checkOut(m_visits[*row]);
}

} // namespace knotwork::schedule::ui
