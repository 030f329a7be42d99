// How the week calendar draws the book: the grid with its closed hours and time off, each visit
// with its buffer, the visit being dragged, and the present time.
#include "schedule/ui/week_calendar_ctrl.h"

#include <wx/control.h>
#include <wx/dc.h>
#include <wx/dcclient.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "common/ui/choice_text.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "schedule/schedule_choices.h"
#include "schedule/ui/calendar_colours.h"

namespace knotwork::schedule::ui {

namespace {

const wxColour kBuffer(170, 170, 170);
const wxColour kBorder(90, 110, 140);

wxColour fillOf(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked: return {207, 226, 248};
    case AppointmentStatus::Arrived: return {204, 236, 206};
    case AppointmentStatus::Completed: return {226, 226, 226};
    case AppointmentStatus::NoShow: return {248, 214, 206};
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::LateCancelled: break;
    }
    return {240, 240, 240};
}

int minuteOfDay(const LocalTime& time)
{
    return static_cast<int>(time.time_of_day().total_seconds() / 60);
}

} // namespace

void WeekCalendarCtrl::paintGrid(wxDC& dc) const
{
    const wxSize size = GetClientSize();
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    const int bottom = yOf(m_layout.lastMinute);

    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(kCalendarClosed));
    for (const DayStretch& closed : m_layout.closed)
        if (columnLeft(closed.day) >= 0)
            dc.DrawRectangle(columnLeft(closed.day), yOf(closed.top), columnWidth(), yOf(closed.bottom) - yOf(closed.top));
    for (const TimeOffBlock& away : m_layout.timeOff) {
        const wxRect rect(columnLeft(away.stretch.day), yOf(away.stretch.top), columnWidth(),
                          yOf(away.stretch.bottom) - yOf(away.stretch.top));
        if (rect.x < 0)
            continue;
        dc.SetBrush(wxBrush(kCalendarTimeOff, wxBRUSHSTYLE_FDIAGONAL_HATCH));
        dc.DrawRectangle(rect);
        wxDCClipper clip(dc, rect);
        dc.DrawText(away.reason.empty() ? wxString(_("Time off")) : knotwork::ui::toWx(away.reason),
                    rect.x + FromDIP(4), rect.y + FromDIP(2));
    }

    dc.SetPen(wxPen(kCalendarGridLine));
    for (int minute = m_layout.firstMinute; minute <= m_layout.lastMinute; minute += 60) {
        const int y = yOf(minute);
        dc.DrawLine(gutterWidth(), y, size.x, y);
        if (minute < m_layout.lastMinute) {
            const wxString label = knotwork::ui::formatTime(TimeOfDay(minute / 60, 0, 0));
            dc.DrawText(label, gutterWidth() - FromDIP(6) - dc.GetTextExtent(label).x, y + FromDIP(1));
        }
    }
    for (int day : shownDays())
        dc.DrawLine(columnLeft(day), headerHeight(), columnLeft(day), bottom);
}

// The row of days stays put over the hours scrolled under it.
void WeekCalendarCtrl::paintHeader(wxDC& dc) const
{
    const wxSize size = GetClientSize();
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.DrawRectangle(0, 0, size.x, headerHeight());
    dc.SetPen(wxPen(kCalendarGridLine));
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    const Date today = m_now.is_not_a_date_time() ? Date() : m_now.date();
    for (int day : shownDays()) {
        const int left = columnLeft(day);
        dc.DrawLine(left, FromDIP(2), left, headerHeight());
        const Date date = m_layout.monday + boost::gregorian::days(day);
        wxFont font = GetFont();
        if (date == today)
            font.MakeBold();
        dc.SetFont(font);
        const wxString heading = dayHeading(date);
        dc.DrawText(heading, left + (columnWidth() - dc.GetTextExtent(heading).x) / 2, FromDIP(6));
    }
    dc.SetFont(GetFont());
    dc.DrawLine(gutterWidth(), headerHeight(), size.x, headerHeight());
}

void WeekCalendarCtrl::paintVisit(wxDC& dc, const VisitBlock& block) const
{
    const bool selected = m_selected && &m_layout.visits[*m_selected] == &block;
    const wxRect rect = blockRect(block.day, block.top, block.bottom, block.lane, block.lanes);
    if (rect.IsEmpty())
        return;
    if (block.bufferBottom > block.bottom) {
        const wxRect buffer = blockRect(block.day, block.bottom, block.bufferBottom, block.lane, block.lanes);
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(kBuffer, wxBRUSHSTYLE_BDIAGONAL_HATCH));
        dc.DrawRectangle(buffer.x, rect.GetBottom(), buffer.width, buffer.GetBottom() - rect.GetBottom());
    }
    dc.SetBrush(wxBrush(fillOf(block.visit.status)));
    const bool conflict = !block.issues.empty();
    dc.SetPen(selected ? wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(3))
              : conflict ? wxPen(kCalendarAlarm, FromDIP(2))
                         : wxPen(kBorder));
    dc.DrawRoundedRectangle(rect, FromDIP(3));
    if (selected && conflict) {
        dc.SetPen(wxPen(kCalendarAlarm, FromDIP(2), wxPENSTYLE_SHORT_DASH));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRoundedRectangle(wxRect(rect).Deflate(FromDIP(3)), FromDIP(2));
    }

    const auto found = m_words.find(block.visit.id);
    const VisitWords words = found == m_words.end() ? VisitWords{} : found->second;
    const wxRect inside = wxRect(rect).Deflate(FromDIP(4), FromDIP(2));
    wxDCClipper clip(dc, inside);
    // Each line cut to the block's width; where the time and the name do not both fit (visits
    // side by side), the name goes first: the block's place says the time.
    const auto line = [&](const wxString& text, int y) {
        dc.DrawText(wxControl::Ellipsize(text, dc, wxELLIPSIZE_END, inside.width), inside.x, y);
    };
    wxFont bold = GetFont();
    bold.MakeBold();
    dc.SetFont(bold);
    dc.SetTextForeground(wxColour(20, 20, 20));
    const wxString timed =
        wxString::Format(_("%s %s"), knotwork::ui::formatTime(block.visit.start.time_of_day()), words.shortName);
    line(dc.GetTextExtent(timed).x <= inside.width ? timed : words.shortName, inside.y);
    dc.SetFont(GetFont());
    line(wxString::Format(_("%s · %s"), words.service, knotwork::ui::labelText(block.visit.status)),
         inside.y + GetCharHeight());
    if (!words.badges.empty()) {
        dc.SetTextForeground(kCalendarAlarm);
        line(words.badges, inside.y + 2 * GetCharHeight());
    }
}

void WeekCalendarCtrl::paintDrag(wxDC& dc) const
{
    if (!m_drag)
        return;
    const VisitBlock& block = m_layout.visits[m_drag->visit];
    const wxRect rect = blockRect(m_drag->day, m_drag->top, m_drag->bottom, 0, 1);
    dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(2), wxPENSTYLE_SHORT_DASH));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawRoundedRectangle(rect, FromDIP(3));
    const Appointment moved = [&] {
        Appointment visit = block.visit;
        visit.start = localTimeOn(m_layout.monday + boost::gregorian::days(m_drag->day),
                                  boost::posix_time::minutes(m_drag->top));
        visit.minutes = m_drag->bottom - m_drag->top;
        return visit;
    }();
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    dc.DrawText(visitTimes(moved), rect.x + FromDIP(5), rect.GetBottom() + FromDIP(2));
}

void WeekCalendarCtrl::paintNow(wxDC& dc) const
{
    if (m_now.is_not_a_date_time())
        return;
    const int day = static_cast<int>((m_now.date() - m_layout.monday).days());
    const int minute = minuteOfDay(m_now);
    if (day < 0 || day > 6 || columnLeft(day) < 0 || minute < m_layout.firstMinute || minute > m_layout.lastMinute)
        return;
    const int y = yOf(minute);
    dc.SetPen(wxPen(kCalendarNow, FromDIP(2)));
    dc.DrawLine(columnLeft(day), y, columnLeft(day) + columnWidth(), y);
    dc.SetBrush(wxBrush(kCalendarNow));
    dc.DrawCircle(columnLeft(day) + FromDIP(3), y, FromDIP(4));
}

} // namespace knotwork::schedule::ui
