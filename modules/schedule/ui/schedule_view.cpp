#include "schedule/ui/schedule_view.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/spacing.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/visit_dialog.h"
#include "schedule/ui/visit_words.h"

namespace knotwork::schedule::ui {

using knotwork::ui::toWx;

ScheduleView::ScheduleView(wxWindow* parent, Notifier& notifier, Actions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "schedule"),
      m_notifier(notifier),
      m_actions(std::move(actions)),
      m_askToMove([this](const wxString& issues) { return askToMove(issues); })
{
    auto* previous = new wxButton(this, wxID_ANY, _("&Previous week"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "previous-week");
    auto* thisWeek = new wxButton(this, wxID_ANY, _("T&his week"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "this-week");
    auto* next = new wxButton(this, wxID_ANY, _("Ne&xt week"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "next-week");
    previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { changeWeek(-1); });
    thisWeek->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { changeWeek(0); });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { changeWeek(1); });
    m_title = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "week-title");
    m_title->SetFont(m_title->GetFont().Bold().Larger());
    knotwork::ui::labelNothing(*m_title);

    m_calendar = new WeekCalendarCtrl(
        this, {[this](AppointmentId id) { openVisit(id); },
               [this](AppointmentId id, const LocalTime& start, int minutes) { moveVisit(id, start, minutes); },
               [this](int weeks) { changeWeek(weeks); },
               [this](const LocalTime& start) {
                   if (m_actions.book)
                       m_actions.book(start);
               }});
    auto* keys = new knotwork::ui::WrappingText(this,
                                                _("Arrows: move between visits · Enter: open · Page Up/Down: week · "
                                                  "Home: this week · drag: move · drag the bottom edge: length · "
                                                  "double-click a free time: book"),
                                                "schedule-keys");
    keys->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    knotwork::ui::labelNothing(*keys);

    const int margin = FromDIP(knotwork::ui::kWindowMargin);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(m_title, wxSizerFlags(1).CentreVertical());
    for (wxButton* button : {previous, thisWeek, next})
        bar->Add(button, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(m_calendar, wxSizerFlags(1).Expand().Border(wxALL, margin));
    column->Add(keys, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, margin));
    SetSizer(column);
}

void ScheduleView::setServices(ScheduleService* schedule, clients::ClientService* clients)
{
    m_schedule = schedule;
    m_clients = clients;
    changeWeek(0);
}

LocalTime ScheduleView::now() const
{
    return m_schedule ? localTimeOn(m_schedule->clock().today(), m_schedule->clock().timeOfDay())
                      : LocalTime(boost::posix_time::not_a_date_time);
}

void ScheduleView::changeWeek(int weeks)
{
    if (weeks == 0 || m_monday.is_not_a_date())
        showWeekOf(m_schedule ? m_schedule->clock().today() : Clock().today());
    else
        showWeekOf(m_monday + boost::gregorian::weeks(weeks));
}

void ScheduleView::showWeekOf(const Date& day)
{
    m_monday = weekStartOf(day);
    m_title->SetLabel(weekTitle(m_monday));
    reload();
}

void ScheduleView::reload()
{
    BookContext book;
    m_words.clear();
    if (m_schedule && m_clients)
        knotwork::ui::reportErrors(m_notifier, _("Could not read the week"), [&] {
            ScheduleStore& store = m_schedule->book();
            // A day either side: a visit's issues meet the evening before and the morning after.
            const LocalTime from = localTimeOn(m_monday - boost::gregorian::days(1), {});
            const LocalTime to = localTimeOn(m_monday + boost::gregorian::days(8), {});
            book.week = store.workingWeek();
            book.timeOff = store.timeOffBetween(from, to);
            book.booked = store.appointmentsBetween(from, to);
            m_words = readVisitWords(book.booked, *m_schedule, *m_clients);
        });
    m_calendar->setWeek(layoutWeek(m_monday, book), m_words, now());
    Layout();
}

const VisitBlock* ScheduleView::blockOf(AppointmentId id) const
{
    for (const VisitBlock& block : m_calendar->layout().visits)
        if (block.visit.id == id)
            return &block;
    return nullptr;
}

wxString ScheduleView::issuesText(const std::vector<BookingIssue>& issues) const
{
    return issuesInWords(issues, m_words);
}

void ScheduleView::openVisit(AppointmentId id)
{
    const VisitBlock* block = blockOf(id);
    if (!block || !m_schedule)
        return;
    VisitDialog dialog(this, *m_schedule, m_notifier, block->visit, m_words[id], issuesText(block->issues));
    if (dialog.ShowModal() != wxID_OK)
        return;
    reload();
    if (m_actions.bookChanged)
        m_actions.bookChanged();
}

bool ScheduleView::moveVisit(AppointmentId id, const LocalTime& start, int minutes)
{
    const VisitBlock* block = blockOf(id);
    if (!block || !m_schedule)
        return false;
    const int rowVersion = block->visit.rowVersion;
    bool moved = false;
    knotwork::ui::reportErrors(m_notifier, _("Could not move the visit"), [&] {
        const BookingPlan plan = m_schedule->previewMove(id, start, minutes);
        if (!plan.issues.empty() && !m_askToMove(issuesText(plan.issues)))
            return;
        m_schedule->move(id, rowVersion, start, minutes, Issues::Accepted);
        moved = true;
    });
    reload();  // also after a refusal: the visit goes back where it is on the book
    if (!moved)
        return false;
    m_calendar->selectVisit(id);
    if (m_actions.bookChanged)
        m_actions.bookChanged();
    return true;
}

bool ScheduleView::askToMove(const wxString& issues)
{
    wxMessageDialog ask(this, wxString::Format(_("The new time has issues:\n\n%s\n\nMove the visit anyway?"), issues),
                        _("Move the visit?"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Move anyway"), _("&Keep it where it was"));
    return ask.ShowModal() == wxID_YES;
}

} // namespace knotwork::schedule::ui
