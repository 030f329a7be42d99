// The Schedule view's week calendar driven through its keys and the mouse over a week booked by
// the test: the week shown, Page Down and Home, the selection a screen reader hears, a visit
// opened and marked, moved by a drag (with the question a conflict asks) and lengthened by its
// edge; the hours readable and scrolling at a laptop's 1024×600; the month overview with its
// counts, keys and the week it opens; screenshots of the week and the month.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/accessibility.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "form_driver.h"
#include "form_walk.h"
#include "gui_test_support.h"
#include "schedule/ui/schedule_view.h"
#include "schedule/ui/visit_dialog.h"
#include "schedule_book.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using schedule::AppointmentId;
using schedule::AppointmentStatus;
using ::testing::HasSubstr;
using testing::processEvents;
using testing::RunningApp;
using testing::testWeekAt;

// "10:00–11:30" as the locale writes times.
std::string clockTimes(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return ui::toUtf8(ui::formatTime(TimeOfDay(fromHour, fromMinute, 0)) + "–" +
                      ui::formatTime(TimeOfDay(toHour, toMinute, 0)));
}

class ScheduleWeek : public testing::PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = testing::openPracticeWithABookedWeek("schedule-week");
        RunningApp::mainFrame().showView(View::Schedule);
        processEvents();
    }

    static schedule::ui::ScheduleView& view() { return testing::windowNamed<schedule::ui::ScheduleView>("schedule"); }
    static schedule::ui::WeekCalendarCtrl& calendar() { return view().calendar(); }
    static schedule::Appointment stored(AppointmentId id)
    {
        return *RunningApp::mainFrame().practice()->scheduleService().book().findAppointment(id);
    }
    static std::vector<AppointmentId> shownVisits()
    {
        std::vector<AppointmentId> ids;
        for (const schedule::VisitBlock& block : calendar().layout().visits)
            ids.push_back(block.visit.id);
        return ids;
    }
    // Zoë weekly on Thursdays at 14:00 from the 26th: three visits booked as one series.
    std::vector<schedule::Appointment> bookZoesWeeklySeries() const
    {
        schedule::ScheduleService& book = RunningApp::mainFrame().practice()->scheduleService();
        schedule::SeriesRequest weekly;
        weekly.visit = stored(m_week.nextTuesday);
        weekly.visit.id = 0;
        weekly.phases = {plans::FrequencyPhase{1, std::nullopt, 3}};
        weekly.first = testWeekAt(3, 14);
        const schedule::SeriesId series =
            book.bookSeries(book.previewSeries(weekly), weekly.visit, schedule::Issues::Accepted);
        return book.book().appointmentsInSeries(series);
    }
    static wxString weekTitle() { return testing::windowNamed<wxStaticText>("week-title").GetLabel(); }
    static schedule::ui::MonthCalendarCtrl& month() { return view().month(); }
    static std::string monthDaySaid() { return ui::toUtf8(ui::accessibleName(month())); }
    // Chooses the Week or Month switch as a click would.
    static void switchTo(const wxString& name)
    {
        auto& choice = testing::child<wxRadioButton>(view(), name);
        choice.SetValue(true);
        wxCommandEvent chosen(wxEVT_RADIOBUTTON, choice.GetId());
        chosen.SetEventObject(&choice);
        choice.ProcessWindowEvent(chosen);
        processEvents();
    }
    // Whether the calendar shows all of the visit, below its row of days.
    static bool inView(AppointmentId id)
    {
        const wxRect rect = calendar().rectOf(id);
        return rect.GetTop() >= calendar().GetCharHeight() && rect.GetBottom() <= calendar().GetClientSize().y;
    }

    // A press, a move in two steps and a release of the left button, as the mouse sends them.
    static void drag(const wxPoint& from, const wxPoint& to)
    {
        const auto send = [](wxEventType type, const wxPoint& at) {
            wxMouseEvent event(type);
            event.SetPosition(at);
            event.m_leftDown = type != wxEVT_LEFT_UP;
            event.SetEventObject(&calendar());
            calendar().GetEventHandler()->ProcessEvent(event);
            processEvents();
        };
        send(wxEVT_LEFT_DOWN, from);
        send(wxEVT_MOTION, (from + to) / 2);
        send(wxEVT_MOTION, to);
        send(wxEVT_LEFT_UP, to);
    }

    testing::ScheduleBook m_week;
};

TEST_F(ScheduleWeek, ShowsThisWeeksVisitsAndPageDownAndHomeChangeTheWeek)
{
    EXPECT_EQ(ui::toUtf8(weekTitle()), "Week of Monday 23 November 2026");
    EXPECT_THAT(shownVisits(), ::testing::ElementsAre(m_week.mondayMorning, m_week.mondayAfternoon, m_week.tuesdayLong,
                                                      m_week.tuesdayOverlap, m_week.wednesday, m_week.fridayLate));
    // Zoë's and Chloé's Tuesday visits overlap: side by side, each outlined as a conflict.
    const wxRect zoe = calendar().rectOf(m_week.tuesdayLong);
    const wxRect chloe = calendar().rectOf(m_week.tuesdayOverlap);
    EXPECT_FALSE(zoe.Intersects(chloe));
    EXPECT_LT(zoe.GetRight(), chloe.GetLeft());
    EXPECT_EQ(calendar().layout().visits[2].issues.size(), 1u);
    testing::saveScreenshot(RunningApp::mainFrame(), "schedule-week");

    testing::pressKey(calendar(), WXK_PAGEDOWN);
    EXPECT_EQ(ui::toUtf8(weekTitle()), "Week of Monday 30 November 2026");
    EXPECT_THAT(shownVisits(), ::testing::ElementsAre(m_week.nextTuesday));
    testing::pressKey(calendar(), WXK_PAGEUP);
    testing::pressKey(calendar(), WXK_PAGEUP);
    EXPECT_EQ(ui::toUtf8(weekTitle()), "Week of Monday 16 November 2026");
    EXPECT_TRUE(shownVisits().empty());
    EXPECT_EQ(ui::toUtf8(ui::accessibleName(calendar())), "Week calendar, no visits this week");
    testing::pressKey(calendar(), WXK_HOME);
    EXPECT_EQ(ui::toUtf8(weekTitle()), "Week of Monday 23 November 2026");

    testing::click(view(), "next-week");
    EXPECT_EQ(view().monday(), Date(2026, 11, 30));
    testing::click(view(), "this-week");
    EXPECT_EQ(view().monday(), Date(2026, 11, 23));
}

TEST_F(ScheduleWeek, ArrowsMoveTheSelectionAndAScreenReaderHearsTheVisit)
{
    calendar().SetFocus();
    processEvents();
    EXPECT_EQ(calendar().selectedVisit(), m_week.mondayMorning);
    testing::pressKey(calendar(), WXK_DOWN);
    EXPECT_EQ(calendar().selectedVisit(), m_week.mondayAfternoon);
    testing::pressKey(calendar(), WXK_RIGHT);  // to Tuesday's visit nearest 13:00
    EXPECT_EQ(calendar().selectedVisit(), m_week.tuesdayOverlap);
    testing::pressKey(calendar(), WXK_UP);
    EXPECT_EQ(calendar().selectedVisit(), m_week.tuesdayLong);
    EXPECT_EQ(ui::toUtf8(ui::accessibleName(calendar())),
              "Tuesday 24 November 2026, " + clockTimes(10, 0, 11, 30) + ", Zoë Martin, Treatment, 90 min, Booked");
    testing::pressKey(calendar(), WXK_RIGHT);
    EXPECT_EQ(calendar().selectedVisit(), m_week.wednesday);
    EXPECT_THAT(ui::toUtf8(ui::accessibleName(calendar())),
                HasSubstr("An Tran, Initial assessment, Booked, Referral only"));
    EXPECT_EQ(ui::accessibleRoleName(calendar()), "panel");
}

TEST_F(ScheduleWeek, EnterOpensTheVisitWhoseArrivalIsSaved)
{
    calendar().selectVisit(m_week.mondayMorning);
    wxString client;
    testing::answerNextDialog([&](wxDialog& dialog) {
        client = testing::child<wxStaticText>(dialog, "visit-client").GetLabel();
        EXPECT_TRUE(testing::child<wxButton>(dialog, "visit-no-show").IsEnabled());  // its start has passed
        testing::saveScreenshot(dialog, "schedule-visit-dialog");
        testing::click(dialog, "visit-arrived");
    });
    testing::pressKey(calendar(), WXK_RETURN);
    EXPECT_EQ(ui::toUtf8(client), "Odile Quarrington");
    EXPECT_EQ(stored(m_week.mondayMorning).status, AppointmentStatus::Arrived);
    EXPECT_THAT(ui::toUtf8(ui::accessibleName(calendar())), HasSubstr("Arrived"));
}

TEST_F(ScheduleWeek, AVisitOfASeriesIsCancelledWithItsLaterVisitsWhenTheTherapistTicksSo)
{
    const std::vector<schedule::Appointment> visits = bookZoesWeeklySeries();
    ASSERT_EQ(visits.size(), 3u);

    bool offered = false;
    testing::answerNextDialog([&](wxDialog& dialog) {
        offered = wxWindow::FindWindowByName("visit-rest-of-series", &dialog) != nullptr;
        dialog.EndModal(wxID_CLOSE);
    });
    view().openVisit(m_week.mondayAfternoon);
    EXPECT_FALSE(offered) << "a visit booked alone has no series to cancel";

    testing::pressKey(calendar(), WXK_PAGEDOWN);  // the week of 3 December
    testing::answerNextDialog([&](wxDialog& dialog) {
        dynamic_cast<schedule::ui::VisitDialog&>(dialog).setReasonQuestion([](wxWindow*) { return "Moving away"; });
        auto& rest = testing::child<wxCheckBox>(dialog, "visit-rest-of-series");
        EXPECT_EQ(ui::toUtf8(ui::accessibleName(rest)), "Cancel the later visits of its series too");
        rest.SetValue(true);
        testing::click(dialog, "visit-therapist-cancels");
    });
    view().openVisit(visits[1].id);
    EXPECT_EQ(stored(visits[0].id).status, AppointmentStatus::Booked) << "an earlier visit stays";
    for (const schedule::Appointment& later : {visits[1], visits[2]}) {
        EXPECT_EQ(stored(later.id).status, AppointmentStatus::Cancelled);
        EXPECT_EQ(stored(later.id).cancellation->reason, "Moving away");
    }
}

TEST_F(ScheduleWeek, AVisitOfASeriesMovesAloneOrWithItsLaterVisitsAsTheTherapistChooses)
{
    const std::vector<schedule::Appointment> visits = bookZoesWeeklySeries();
    ASSERT_EQ(visits.size(), 3u);
    view().reload();
    int laterAsked = 0;
    view().setSeriesQuestion([&](int later) {
        laterAsked = later;
        return schedule::ui::SeriesScope::WithLaterVisits;
    });
    const boost::posix_time::hours anHour(1);
    ASSERT_TRUE(view().moveVisit(visits[0].id, visits[0].start + anHour, visits[0].minutes));
    EXPECT_EQ(laterAsked, 2);
    for (const schedule::Appointment& visit : visits)
        EXPECT_EQ(stored(visit.id).start, visit.start + anHour) << "the series moved together";

    view().setSeriesQuestion([](int) { return schedule::ui::SeriesScope::ThisVisit; });
    ASSERT_TRUE(view().moveVisit(visits[0].id, visits[0].start, visits[0].minutes));
    EXPECT_EQ(stored(visits[0].id).start, visits[0].start);
    EXPECT_EQ(stored(visits[1].id).start, visits[1].start + anHour) << "only the visit dragged";

    view().setSeriesQuestion([](int) { return schedule::ui::SeriesScope::None; });
    EXPECT_FALSE(view().moveVisit(visits[0].id, visits[0].start + anHour, visits[0].minutes));
    EXPECT_EQ(stored(visits[0].id).start, visits[0].start) << "a move called off changes nothing";
}

TEST_F(ScheduleWeek, DraggingAVisitToAnotherDayMovesItOnTheQuarterHour)
{
    const wxRect monday = calendar().rectOf(m_week.mondayAfternoon);
    const int dayWidth = calendar().rectOf(m_week.tuesdayLong).GetLeft() - monday.GetLeft();
    // Three days on and a little lower: Thursday, on the quarter hour nearest.
    const wxPoint grab = monday.GetPosition() + wxPoint(monday.width / 2, monday.height / 3);
    drag(grab, grab + wxPoint(3 * dayWidth, monday.height / 2));
    const schedule::Appointment moved = stored(m_week.mondayAfternoon);
    EXPECT_EQ(moved.start.date(), Date(2026, 11, 26));
    EXPECT_EQ(moved.start.time_of_day().minutes() % 15, 0);
    EXPECT_GT(moved.start, testWeekAt(3, 13));
    EXPECT_EQ(moved.minutes, 60);
    EXPECT_EQ(calendar().selectedVisit(), m_week.mondayAfternoon);
}

TEST_F(ScheduleWeek, AMoveIntoAnotherVisitAsksFirstAndStaysPutWhenRefused)
{
    wxString asked;
    view().setMoveQuestion([&](const wxString& issues) {
        asked = issues;
        return false;
    });
    // Odile's Friday visit dropped onto Zoë's Tuesday one.
    const wxRect friday = calendar().rectOf(m_week.fridayLate);
    const wxRect tuesday = calendar().rectOf(m_week.tuesdayLong);
    const wxPoint grab = friday.GetPosition() + wxPoint(4, 4);
    drag(grab, tuesday.GetPosition() + wxPoint(4, 4));
    EXPECT_THAT(ui::toUtf8(asked), HasSubstr("Zoë Martin"));
    EXPECT_EQ(stored(m_week.fridayLate).start, testWeekAt(4, 16, 30));

    view().setMoveQuestion([](const wxString&) { return true; });
    drag(grab, tuesday.GetPosition() + wxPoint(4, 4));
    EXPECT_EQ(stored(m_week.fridayLate).start, testWeekAt(1, 10));
}

TEST_F(ScheduleWeek, DraggingTheBottomEdgeChangesTheLength)
{
    const wxRect visit = calendar().rectOf(m_week.mondayAfternoon);
    const wxPoint edge(visit.x + visit.width / 2, visit.GetBottom() - 1);
    drag(edge, edge + wxPoint(0, visit.height / 2));  // half an hour longer
    EXPECT_EQ(stored(m_week.mondayAfternoon).start, testWeekAt(0, 13));
    EXPECT_EQ(stored(m_week.mondayAfternoon).minutes, 90);
}

TEST_F(ScheduleWeek, AtALaptopsSizeAHalfHourVisitShowsItsTimeAndClientAndTheHoursScroll)
{
    MainFrame& frame = RunningApp::mainFrame();
    const wxSize before = frame.GetSize();
    frame.SetSize(wxSize(1024, 600));
    processEvents();
    view().changeWeek(1);
    view().changeWeek(0);  // opens this week again at the laptop's size
    processEvents();

    // Chloé's half-hour visit is tall enough for a line of text: "10:30 Chloé N.".
    EXPECT_GE(calendar().rectOf(m_week.tuesdayOverlap).height, calendar().GetCharHeight() + 4);
    // The day does not fit, so the hours scroll; this week opens with the time now (noon) in view.
    EXPECT_GT(calendar().scrolledBy(), 0);
    EXPECT_FALSE(inView(m_week.fridayLate));
    calendar().SetFocus();
    processEvents();
    EXPECT_EQ(calendar().selectedVisit(), m_week.mondayMorning);
    EXPECT_TRUE(inView(m_week.mondayMorning));
    for (int day = 0; day < 3; ++day)  // to Tuesday, Wednesday, then Friday (Thursday has none)
        testing::pressKey(calendar(), WXK_RIGHT);
    EXPECT_EQ(calendar().selectedVisit(), m_week.fridayLate);
    EXPECT_TRUE(inView(m_week.fridayLate));
    testing::saveScreenshot(frame, "schedule-week-1024x600");

    // The wheel scrolls back up to the morning.
    testing::turnWheel(calendar(), -20);
    EXPECT_EQ(calendar().scrolledBy(), 0);
    EXPECT_TRUE(inView(m_week.mondayMorning));
    frame.SetSize(before);
    processEvents();
}

TEST_F(ScheduleWeek, TheMonthCountsEachDaysVisitsApartFromCancellationsAndNoShows)
{
    schedule::ScheduleService& book = RunningApp::mainFrame().practice()->scheduleService();
    book.cancel(m_week.tuesdayOverlap, stored(m_week.tuesdayOverlap).rowVersion, schedule::CancelledBy::Client,
                "Ill");
    book.markNoShow(m_week.mondayMorning, stored(m_week.mondayMorning).rowVersion);
    RunningApp::mainFrame().recordChanged({clients::ui::RecordKind::Appointment});
    switchTo("show-month");

    EXPECT_TRUE(view().showsMonth());
    EXPECT_EQ(ui::toUtf8(weekTitle()), "November 2026");
    EXPECT_EQ(ui::toUtf8(testing::child<wxButton>(view(), "next-week").GetLabel()), "Ne&xt month");
    EXPECT_EQ(month().chosenDay(), Date(2026, 11, 23));
    EXPECT_EQ(monthDaySaid(), "Monday 23 November 2026, today: 1 visit, 1 no-show");
    testing::pressKey(month(), WXK_RIGHT);
    EXPECT_EQ(monthDaySaid(), "Tuesday 24 November 2026: 1 visit, 1 cancelled");
    for (int day = 0; day < 4; ++day)
        testing::pressKey(month(), WXK_RIGHT);
    EXPECT_EQ(monthDaySaid(), "Saturday 28 November 2026: no visits, closed");
    testing::saveScreenshot(RunningApp::mainFrame(), "schedule-month");

    // Page Down: the same day of the next month; Home: today; a step past the month's end shows
    // the next month.
    testing::pressKey(month(), WXK_PAGEDOWN);
    EXPECT_EQ(ui::toUtf8(weekTitle()), "December 2026");
    EXPECT_EQ(month().chosenDay(), Date(2026, 12, 28));
    testing::pressKey(month(), WXK_HOME);
    EXPECT_EQ(month().chosenDay(), Date(2026, 11, 23));
    testing::pressKey(month(), WXK_DOWN);
    EXPECT_EQ(ui::toUtf8(weekTitle()), "November 2026");
    testing::pressKey(month(), WXK_RIGHT);
    EXPECT_EQ(monthDaySaid(), "Tuesday 1 December 2026: 1 visit");
    EXPECT_EQ(ui::toUtf8(weekTitle()), "December 2026");
    testing::click(view(), "previous-week");
    EXPECT_EQ(ui::toUtf8(weekTitle()), "November 2026");
    EXPECT_EQ(month().chosenDay(), Date(2026, 11, 1));

    // Enter opens the chosen day's week: Sunday 1 November's.
    testing::pressKey(month(), WXK_RETURN);
    EXPECT_FALSE(view().showsMonth());
    EXPECT_EQ(ui::toUtf8(weekTitle()), "Week of Monday 26 October 2026");
    EXPECT_EQ(ui::toUtf8(testing::child<wxButton>(view(), "next-week").GetLabel()), "Ne&xt week");
}

} // namespace
} // namespace knotwork::gui
