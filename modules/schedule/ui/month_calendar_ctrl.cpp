#include "schedule/ui/month_calendar_ctrl.h"

#include <algorithm>
#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/calendar_colours.h"
#include "schedule/ui/schedule_text.h"

namespace knotwork::schedule::ui {

namespace {

constexpr int kDaysPerWeek = 7;
const wxColour kCancelled(120, 90, 40);

wxString visitsText(int booked)
{
    return wxString::Format(wxPLURAL("%d visit", "%d visits", booked), booked);
}

wxString cancelledText(int cancelled)
{
    return wxString::Format(wxPLURAL("%d cancelled", "%d cancelled", cancelled), cancelled);
}

wxString noShowsText(int noShows)
{
    return wxString::Format(wxPLURAL("%d no-show", "%d no-shows", noShows), noShows);
}

} // namespace

wxString describeMonthDay(const MonthDay& day, bool today)
{
    wxString text = longDay(day.date);
    if (today)
        text = wxString::Format(_("%s, today"), text);
    wxString counts = day.booked == 0 ? wxString(_("no visits")) : visitsText(day.booked);
    if (day.cancelled > 0)
        counts += ", " + cancelledText(day.cancelled);
    if (day.noShows > 0)
        counts += ", " + noShowsText(day.noShows);
    if (day.closed)
        counts += ", " + wxString(_("closed"));
    if (day.timeOff)
        counts += ", " + (day.timeOffReason.empty()
                              ? wxString(_("time off"))
                              : wxString::Format(_("time off: %s"), knotwork::ui::toWx(day.timeOffReason)));
    // TRANSLATORS: a day of the month overview and what it holds: "Tuesday 8 December 2026: 5 visits".
    return wxString::Format(_("%s: %s"), text, counts);
}

MonthCalendarCtrl::MonthCalendarCtrl(wxWindow* parent, Requests requests)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE,
               "month-calendar"),
      m_requests(std::move(requests))
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(560, 300)));
    Bind(wxEVT_PAINT, &MonthCalendarCtrl::onPaint, this);
    Bind(wxEVT_KEY_DOWN, &MonthCalendarCtrl::onKey, this);
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& event) {
        SetFocus();
        if (const auto day = dayAt(event.GetPosition()))
            chooseDay(*day);
    });
    Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent& event) {
        if (const auto day = dayAt(event.GetPosition()); day && m_requests.openWeek)
            m_requests.openWeek(*day);
    });
    knotwork::ui::redrawOnFocus(*this);
    SetToolTip(_("Keys: arrows choose a day, Page Up and Page Down change the month, Home goes to today, Enter "
                 "opens the day's week."));
    knotwork::ui::setAccessibleRole(*this, knotwork::ui::AccessibleRole::Panel);
    knotwork::ui::setAccessibleDescription(
        *this, _("Month overview. The arrows choose a day, Page Up and Page Down change the month, Home goes to "
                 "today, Enter opens the chosen day's week."));
    announce();
}

void MonthCalendarCtrl::setMonth(MonthLayout layout, const Date& today, const Date& chosen)
{
    m_layout = std::move(layout);
    m_today = today;
    m_chosen = chosen;
    announce();
    Refresh();
}

void MonthCalendarCtrl::chooseDay(const Date& day)
{
    const MonthDay* shown = dayOf(day);
    if (!shown || !shown->inMonth) {
        if (m_requests.showMonthOf)
            m_requests.showMonthOf(day);
        return;
    }
    m_chosen = day;
    announce();
    Refresh();
}

void MonthCalendarCtrl::announce()
{
    const MonthDay* chosen = dayOf(m_chosen);
    knotwork::ui::setAccessibleName(*this, chosen ? describeMonthDay(*chosen, m_chosen == m_today)
                                                  : wxString(_("Month overview")));
}

const MonthDay* MonthCalendarCtrl::dayOf(const Date& date) const
{
    const auto found = std::ranges::find(m_layout.days, date, &MonthDay::date);
    return found == m_layout.days.end() ? nullptr : &*found;
}

// ---- Geometry ---------------------------------------------------------------------------------

int MonthCalendarCtrl::headerHeight() const
{
    return GetCharHeight() + FromDIP(10);
}

int MonthCalendarCtrl::weeks() const
{
    return std::max(1, static_cast<int>(m_layout.days.size()) / kDaysPerWeek);
}

wxRect MonthCalendarCtrl::rectOf(const Date& day) const
{
    const auto found = std::ranges::find(m_layout.days, day, &MonthDay::date);
    if (found == m_layout.days.end())
        return {};
    const int index = static_cast<int>(found - m_layout.days.begin());
    const wxSize size = GetClientSize();
    const int width = (size.x - 1) / kDaysPerWeek;
    const int height = (size.y - headerHeight() - 1) / weeks();
    return wxRect(index % kDaysPerWeek * width, headerHeight() + index / kDaysPerWeek * height, width, height);
}

std::optional<Date> MonthCalendarCtrl::dayAt(const wxPoint& point) const
{
    for (const MonthDay& day : m_layout.days)
        if (rectOf(day.date).Contains(point))
            return day.date;
    return std::nullopt;
}

wxSize MonthCalendarCtrl::DoGetBestClientSize() const
{
    return wxSize(kDaysPerWeek * FromDIP(110), headerHeight() + 6 * (4 * GetCharHeight() + FromDIP(8)));
}

// ---- Keys and painting ------------------------------------------------------------------------

void MonthCalendarCtrl::onKey(wxKeyEvent& event)
{
    const auto move = [this](const Date& day) { chooseDay(day); };
    const auto days = [](int count) { return boost::gregorian::days(count); };
    switch (event.GetKeyCode()) {
    case WXK_LEFT: return move(m_chosen - days(1));
    case WXK_RIGHT: return move(m_chosen + days(1));
    case WXK_UP: return move(m_chosen - days(kDaysPerWeek));
    case WXK_DOWN: return move(m_chosen + days(kDaysPerWeek));
    case WXK_PAGEUP: return move(shiftMonths(m_chosen, -1));
    case WXK_PAGEDOWN: return move(shiftMonths(m_chosen, 1));
    case WXK_HOME: return move(m_today);
    case WXK_RETURN:
    case WXK_NUMPAD_ENTER:
        if (m_requests.openWeek)
            m_requests.openWeek(m_chosen);
        return;
    default:
        event.Skip();  // Tab and the menus' shortcuts go on
    }
}

void MonthCalendarCtrl::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    for (int column = 0; column < kDaysPerWeek && !m_layout.days.empty(); ++column) {
        const wxRect cell = rectOf(m_layout.days[column].date);
        const wxDateTime date = knotwork::ui::toWxDate(m_layout.days[column].date);
        const wxString name = wxDateTime::GetWeekDayName(date.GetWeekDay(), wxDateTime::Name_Abbr);
        dc.DrawText(name, cell.x + (cell.width - dc.GetTextExtent(name).x) / 2, FromDIP(4));
    }
    for (const MonthDay& day : m_layout.days)
        paintDay(dc, day);
    knotwork::ui::drawFocusFrame(dc, *this);
}

void MonthCalendarCtrl::paintDay(wxDC& dc, const MonthDay& day) const
{
    const wxRect cell = rectOf(day.date);
    dc.SetPen(wxPen(kCalendarGridLine));
    dc.SetBrush(day.closed ? wxBrush(kCalendarClosed) : wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.DrawRectangle(cell);
    if (day.timeOff) {
        dc.SetBrush(wxBrush(kCalendarTimeOff, wxBRUSHSTYLE_FDIAGONAL_HATCH));
        dc.DrawRectangle(cell);
    }
    const wxRect inside = wxRect(cell).Deflate(FromDIP(5), FromDIP(3));
    wxDCClipper clip(dc, cell);
    const auto line = [&](const wxString& text, int row, const wxColour& colour) {
        dc.SetTextForeground(colour);
        dc.DrawText(wxControl::Ellipsize(text, dc, wxELLIPSIZE_END, inside.width), inside.x,
                    inside.y + row * GetCharHeight());
    };
    const wxColour text = day.inMonth ? wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT)
                                      : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    wxFont font = GetFont();
    if (day.date == m_today)
        font.MakeBold();
    dc.SetFont(font);
    const wxString number = wxString::Format("%d", int(day.date.day()));
    if (day.date == m_today) {
        const wxSize extent = dc.GetTextExtent(number);
        dc.SetPen(wxPen(kCalendarNow, FromDIP(2)));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawEllipse(wxRect(inside.GetTopLeft(), extent).Inflate(FromDIP(4), FromDIP(1)));
    }
    line(number, 0, text);
    dc.SetFont(GetFont());
    if (day.booked > 0) {
        const wxString visits = visitsText(day.booked);
        const int width = dc.GetTextExtent(visits).x;
        dc.SetTextForeground(text);
        dc.DrawText(visits, std::max(inside.x + dc.GetTextExtent(number).x + FromDIP(8), inside.GetRight() - width),
                    inside.y);
    }
    int row = 1;
    if (day.cancelled > 0)
        line(cancelledText(day.cancelled), row++, kCancelled);
    if (day.noShows > 0)
        line(noShowsText(day.noShows), row++, kCalendarAlarm);
    if (day.timeOff && row < 3)
        line(day.timeOffReason.empty() ? wxString(_("Time off")) : knotwork::ui::toWx(day.timeOffReason), row++, text);
    if (day.date == m_chosen) {
        dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(3)));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRectangle(wxRect(cell).Deflate(FromDIP(1)));
    }
}

} // namespace knotwork::schedule::ui
