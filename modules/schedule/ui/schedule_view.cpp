#include "schedule/ui/schedule_view.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/simplebook.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/conflict_dialog.h"
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
      m_askToMove([this](const wxString& issues) { return askToMove(issues); }),
      m_askSeriesScope([this](int laterVisits) { return askSeriesScope(laterVisits); })
{
    m_showWeek = new wxRadioButton(this, wxID_ANY, _("&Week"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP,
                                   wxDefaultValidator, "show-week");
    m_showMonth = new wxRadioButton(this, wxID_ANY, _("&Month"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "show-month");
    m_showWeek->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { show(Shown::Week); });
    m_showMonth->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { show(Shown::Month); });
    // Made with the week's labels, the view's first: GTK sizes a button to the label it is made with.
    const auto button = [this](const wxString& label, const char* name) {
        return new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    };
    m_previous = button(_("&Previous week"), "previous-week");
    m_this = button(_("T&his week"), "this-week");
    m_next = button(_("Ne&xt week"), "next-week");
    m_previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step(-1); });
    m_this->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step(0); });
    m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step(1); });
    auto* waitlist = new wxButton(this, wxID_ANY, _("Wait&list…"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "show-waitlist");
    waitlist->SetToolTip(_("The clients who would like an earlier time"));
    waitlist->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showWaitlist(); });
    m_title = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "week-title");
    m_title->SetFont(m_title->GetFont().Bold().Larger());
    knotwork::ui::labelNothing(*m_title);

    m_pages = new wxSimplebook(this, wxID_ANY);
    m_calendar = new WeekCalendarCtrl(
        m_pages, {[this](AppointmentId id) { openVisit(id); },
                  [this](AppointmentId id, const LocalTime& start, int minutes) { moveVisit(id, start, minutes); },
                  [this](int weeks) { changeWeek(weeks); },
                  [this](const LocalTime& start) {
                      if (m_actions.book)
                          m_actions.book(start);
                  }});
    m_month = new MonthCalendarCtrl(m_pages, {[this](const Date& day) { showMonthOf(day); },
                                              [this](const Date& day) {
                                                  m_monday = weekStartOf(day);
                                                  m_showWeek->SetValue(true);
                                                  show(Shown::Week);
                                                  m_calendar->SetFocus();
                                              }});
    m_pages->AddPage(m_calendar, wxString());
    m_pages->AddPage(m_month, wxString());
    m_keys = new knotwork::ui::WrappingText(this, wxString(), "schedule-keys");
    m_keys->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    knotwork::ui::labelNothing(*m_keys);

    const int margin = FromDIP(knotwork::ui::kWindowMargin);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(m_title, wxSizerFlags(1).CentreVertical());
    for (wxButton* each : {m_previous, m_this, m_next})
        bar->Add(each, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    // Below the calendar, so the row above fits a laptop's width: what to show, the waitlist and
    // the keys.
    auto* below = new wxBoxSizer(wxHORIZONTAL);
    for (wxRadioButton* choice : {m_showWeek, m_showMonth})
        below->Add(choice, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(6)));
    below->Add(waitlist, wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    below->Add(m_keys, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(6)));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(m_pages, wxSizerFlags(1).Expand().Border(wxALL, margin));
    column->Add(below, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, margin));
    SetSizer(column);
    show(Shown::Week);
}

bool ScheduleView::showsMonth() const
{
    return m_pages->GetSelection() == 1;
}

void ScheduleView::show(Shown shown)
{
    const bool month = shown == Shown::Month;
    m_pages->SetSelection(month ? 1 : 0);
    const auto relabel = [](wxButton& button, const wxString& label) {
        if (button.GetLabel() == label)
            return;
        button.SetLabel(label);
        button.SetInitialSize();  // as wide as the new label
    };
    relabel(*m_previous, month ? _("&Previous month") : _("&Previous week"));
    relabel(*m_this, month ? _("T&his month") : _("T&his week"));
    relabel(*m_next, month ? _("Ne&xt month") : _("Ne&xt week"));
    m_keys->SetLabel(month ? _("Arrows: choose a day · Enter: open its week · Page Up/Down: month · Home: today")
                          : _("Arrows: move between visits · Enter: open · Page Up/Down: week · "
                              "Home: this week · drag: move · drag the bottom edge: length · "
                              "double-click a free time: book"));
    if (month)
        showMonthOf(m_monthDay.is_not_a_date() || weekStartOf(m_monthDay) != m_monday ? m_monday : m_monthDay);
    else if (!m_monday.is_not_a_date())
        showWeekOf(m_monday);
    Layout();
}

void ScheduleView::step(int count)
{
    if (!showsMonth())
        return changeWeek(count);
    const Date today = m_schedule ? m_schedule->clock().today() : Clock().today();
    showMonthOf(count == 0 || m_monthDay.is_not_a_date() ? today : shiftMonths(m_monthDay, count));
}

void ScheduleView::showMonthOf(const Date& day)
{
    if (day.is_not_a_date())
        return;
    m_monthDay = day;
    m_title->SetLabel(monthTitle(day));
    reloadMonth();
}

void ScheduleView::setServices(ScheduleService* schedule, clients::ClientService* clients)
{
    m_schedule = schedule;
    m_clients = clients;
    const Date today = m_schedule ? m_schedule->clock().today() : Clock().today();
    m_monday = weekStartOf(today);
    m_monthDay = today;
    show(showsMonth() ? Shown::Month : Shown::Week);
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
    reloadWeek();
}

void ScheduleView::reload()
{
    if (showsMonth())
        reloadMonth();
    else
        reloadWeek();
}

void ScheduleView::reloadMonth()
{
    BookContext book;
    if (m_schedule)
        knotwork::ui::reportErrors(m_notifier, _("Could not read the month"), [&] {
            ScheduleStore& store = m_schedule->book();
            const DaySpan grid = monthGrid(m_monthDay);
            const LocalTime from = localTimeOn(grid.first, {});
            const LocalTime to = localTimeOn(grid.last + boost::gregorian::days(1), {});
            book.week = store.workingWeek();
            book.timeOff = store.timeOffBetween(from, to);
            book.booked = store.appointmentsBetween(from, to);
        });
    const Date today = m_schedule ? m_schedule->clock().today() : Date(boost::gregorian::not_a_date_time);
    m_month->setMonth(layoutMonth(m_monthDay, book), today, m_monthDay);
    Layout();
}

void ScheduleView::reloadWeek()
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
            m_words = readVisitWords(book.booked, *m_schedule);
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
    const Appointment visit = block->visit;
    VisitDialog dialog(this, *m_schedule, m_notifier, visit, m_words[id], issuesText(block->issues),
                       static_cast<bool>(m_actions.checkOut));
    const int result = dialog.ShowModal();
    if (result == VisitDialog::kCheckOut) {
        m_actions.checkOut(visit);
        return;
    }
    if (result != wxID_OK)
        return;
    // A cancellation frees the time: offered to the waitlist's clients it fits, if any.
    if (m_clients)
        offerFreedTime(this, *m_schedule, *m_clients, m_notifier, id, m_askWhomToOffer);
    reload();
    if (m_actions.bookChanged)
        m_actions.bookChanged();
}

void ScheduleView::showWaitlist()
{
    if (!m_schedule || !m_clients)
        return;
    WaitlistDialog dialog(this, *m_schedule, *m_clients, m_notifier);
    dialog.ShowModal();
}

bool ScheduleView::moveVisit(AppointmentId id, const LocalTime& start, int minutes)
{
    const VisitBlock* block = blockOf(id);
    if (!block || !m_schedule)
        return false;
    const int rowVersion = block->visit.rowVersion;
    // A series' visit dragged to another time (not made longer or shorter) may take the later
    // visits of its series along, by the same offset.
    const int later = minutes == block->visit.minutes ? laterVisitsOfSeries(block->visit) : 0;
    const SeriesScope scope = later > 0 ? m_askSeriesScope(later) : SeriesScope::ThisVisit;
    if (scope == SeriesScope::None) {
        reload();
        return false;
    }
    bool moved = false;
    knotwork::ui::reportErrors(m_notifier, _("Could not move the visit"), [&] {
        std::vector<BookingIssue> issues;
        if (scope == SeriesScope::WithLaterVisits) {
            for (const SeriesChange& change : m_schedule->previewMoveRest(id, start))
                issues.insert(issues.end(), change.issues.begin(), change.issues.end());
        } else {
            issues = m_schedule->previewMove(id, start, minutes).issues;
        }
        if (!issues.empty() && !m_askToMove(issuesText(issues)))
            return;
        const auto moveFrom = [&](int version) {
            if (scope == SeriesScope::WithLaterVisits)
                m_schedule->moveRest(id, version, start, Issues::Accepted);
            else
                m_schedule->move(id, version, start, minutes, Issues::Accepted);
        };
        try {
            moveFrom(rowVersion);
        } catch (const ConflictError&) {
            // Changed at another desk since the book was read: both versions, then the choice.
            Appointment mine = block->visit;
            mine.start = start;
            mine.minutes = minutes;
            const Appointment theirs = m_schedule->visit(id);
            if (knotwork::ui::askAboutConflict(this, _("this visit"), visitFieldTexts(mine), visitFieldTexts(theirs))
                != knotwork::ui::ConflictChoice::KeepMine)
                return;  // the book is read again below: theirs shows
            moveFrom(theirs.rowVersion);
        }
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

int ScheduleView::laterVisitsOfSeries(const Appointment& visit) const
{
    if (!visit.seriesId)
        return 0;
    const std::vector<Appointment> series = m_schedule->book().appointmentsInSeries(*visit.seriesId);
    return static_cast<int>(std::ranges::count_if(series, [&](const Appointment& other) {
        return other.start > visit.start && other.status == AppointmentStatus::Booked;
    }));
}

SeriesScope ScheduleView::askSeriesScope(int laterVisits)
{
    wxMessageDialog ask(this,
                        wxString::Format(wxPLURAL("This visit is one of a series, with %d later visit booked. Move "
                                                  "only this one, or the later one too by the same amount?",
                                                  "This visit is one of a series, with %d later visits booked. Move "
                                                  "only this one, or the later ones too by the same amount?",
                                                  laterVisits),
                                         laterVisits),
                        _("Move the series?"), wxYES_NO | wxCANCEL | wxYES_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(_("Only &this visit"), _("This and the &later ones"), _("&Cancel"));
    switch (ask.ShowModal()) {
    case wxID_YES:
        return SeriesScope::ThisVisit;
    case wxID_NO:
        return SeriesScope::WithLaterVisits;
    default:
        return SeriesScope::None;
    }
}

bool ScheduleView::askToMove(const wxString& issues)
{
    wxMessageDialog ask(this, wxString::Format(_("The new time has issues:\n\n%s\n\nMove the visit anyway?"), issues),
                        _("Move the visit?"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Move anyway"), _("&Keep it where it was"));
    return ask.ShowModal() == wxID_YES;
}

} // namespace knotwork::schedule::ui
