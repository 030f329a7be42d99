// The Schedule view's week calendar driven through its keys and the mouse over a week booked by
// the test: the week shown, Page Down and Home, the selection a screen reader hears, a visit
// opened and marked, moved by a drag (with the question a conflict asks) and lengthened by its
// edge; a screenshot of the week.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dialog.h>
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
    static wxString weekTitle() { return testing::windowNamed<wxStaticText>("week-title").GetLabel(); }

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

} // namespace
} // namespace knotwork::gui
