// Today's appointments over a week booked by the test: the day's visits in order in a list a
// screen reader reads, who comes next, and Start note opening the visit's note dated with the
// visit and linked to it; a screenshot of Today.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/stattext.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "schedule_book.h"
#include "screenshot.h"
#include "sessions/ui/note_editor_frame.h"

namespace knotwork::gui {
namespace {

using testing::processEvents;
using testing::RunningApp;

// The hour as the locale writes times: "13:00", "1:00 PM".
wxString at(int hour)
{
    return ui::formatTime(TimeOfDay(hour, 0, 0));
}

class TodaysVisits : public testing::PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = testing::openPracticeWithABookedWeek("todays-visits");
        RunningApp::mainFrame().showView(View::Today);
        processEvents();
    }

    void TearDown() override
    {
        sessions::ui::NoteEditorFrame::closeAll();
        processEvents();
        PracticeFileTest::TearDown();
    }

    static ui::TextTable& list() { return testing::windowNamed<ui::TextTable>("todays-visit-list"); }

    testing::ScheduleBook m_week;
};

TEST_F(TodaysVisits, ListsTheDaysVisitsInOrderWithTheTimeToTheNextClient)
{
    ASSERT_EQ(ui::accessibleRowCount(list()), 2);
    EXPECT_EQ(ui::accessibleCellText(list(), 0, 0), at(9) + "–" + at(10));
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 0, 1)), "Odile Quarrington");
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 0, 5)), "3 h");
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 1, 1)), "Zoë Martin");
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 1, 2)), "Treatment, 60 min");
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 1, 3)), "Booked");
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 1, 5)), "last of the day");
    // The clock stands at noon.
    EXPECT_EQ(ui::toUtf8(testing::windowNamed<wxStaticText>("next-client").GetLabel()),
              "Next: Zoë Martin at " + ui::toUtf8(at(13)) + ", in 1 h.");
    EXPECT_TRUE(testing::windowNamed<wxWindow>("todays-visits").IsShownOnScreen());
    testing::saveScreenshot(RunningApp::mainFrame(), "today-appointments");
}

TEST_F(TodaysVisits, StartNoteOpensTheVisitsNoteDatedWithTheVisitAndLinksIt)
{
    EXPECT_FALSE(testing::windowNamed<wxWindow>("start-note").IsEnabled());
    list().selectRow(1);
    testing::click(RunningApp::mainFrame(), "start-note");
    processEvents();

    app::PracticeContext& practice = *RunningApp::mainFrame().practice();
    const schedule::Appointment visit = *practice.scheduleService().book().findAppointment(m_week.mondayAfternoon);
    EXPECT_EQ(visit.status, schedule::AppointmentStatus::Completed);
    ASSERT_TRUE(visit.noteId.has_value());
    const sessions::SoapNote note = practice.sessionService().note(*visit.noteId);
    EXPECT_EQ(note.clientId, m_week.zoe);
    EXPECT_EQ(note.visitDate, Date(2026, 11, 23));
    EXPECT_EQ(note.visitTime, TimeOfDay(13, 0, 0));
    EXPECT_NE(sessions::ui::NoteEditorFrame::find(*visit.noteId), nullptr);
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list(), 1, 3)), "Completed");
}

TEST_F(TodaysVisits, StartNoteWhileTheClientsNoteOfAnotherDayIsUnsignedSaysSoAndOpensThatNote)
{
    app::PracticeContext& practice = *RunningApp::mainFrame().practice();
    const sessions::SoapNote earlier = practice.sessionService().openNote(m_week.zoe, Date(2026, 11, 16), std::nullopt);
    list().selectRow(1);
    testing::click(RunningApp::mainFrame(), "start-note");
    processEvents();

    ASSERT_EQ(RunningApp::notifier().errors.size(), 1U);
    EXPECT_THAT(RunningApp::notifier().errors.front().text, ::testing::HasSubstr("2026-11-16"));
    RunningApp::notifier().errors.clear();
    EXPECT_EQ(practice.scheduleService().book().findAppointment(m_week.mondayAfternoon)->status,
              schedule::AppointmentStatus::Booked);
    EXPECT_NE(sessions::ui::NoteEditorFrame::find(earlier.id), nullptr) << "the note in the way is shown";
    EXPECT_EQ(practice.sessionService().notes().draftOf(m_week.zoe), earlier.id) << "and no other note started";
}

} // namespace
} // namespace knotwork::gui
