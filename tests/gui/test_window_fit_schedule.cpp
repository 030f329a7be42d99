// The appointment book on the demo practice fits a laptop's screen: the week with its hours
// readable (a half-hour visit holds its time and client, the day scrolls inside the calendar),
// the month overview and Today (the suite is instantiated in test_window_fit.cpp). The
// screenshots fit_<screen>_schedule_week, _schedule_month and _today are the ones to look at.
#include <gtest/gtest.h>
#include <wx/radiobut.h>

#include "app/gui/demo_practice_file.h"
#include "app/gui/knotwork_app.h"
#include "form_driver.h"
#include "schedule/ui/schedule_view.h"
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using testing::RunningApp;
using testing::WindowFit;

TEST_P(WindowFit, TheWeekTheMonthAndTodayOfTheDemoPractice)
{
    auto& main = show(new MainFrame(RunningApp::notifier(), "test", RunningApp::app().clock()));
    ASSERT_TRUE(main.openPractice(demoPracticePath(), db::OpenMode::ExistingOnly));
    main.showView(View::Schedule);
    auto& view = testing::child<schedule::ui::ScheduleView>(main, "schedule");
    const schedule::ui::WeekCalendarCtrl& week = view.calendar();
    ASSERT_FALSE(week.layout().visits.empty()) << "the demo practice books this week";
    expectFits(main, "schedule_week");
    for (const schedule::VisitBlock& block : week.layout().visits) {
        if (block.visit.minutes >= 30) {
            EXPECT_GE(week.rectOf(block.visit.id).height, week.GetCharHeight() + 4)
                << "appointment " << block.visit.id << " of " << block.visit.minutes << " minutes";
        }
    }

    auto& showMonth = testing::child<wxRadioButton>(view, "show-month");
    showMonth.SetValue(true);
    wxCommandEvent chosen(wxEVT_RADIOBUTTON, showMonth.GetId());
    chosen.SetEventObject(&showMonth);
    showMonth.ProcessWindowEvent(chosen);
    ASSERT_TRUE(view.showsMonth());
    expectFits(main, "schedule_month");

    main.showView(View::Today);
    expectFits(main, "today");
}

} // namespace
} // namespace knotwork::gui
