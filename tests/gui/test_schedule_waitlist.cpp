// The waitlist from the screens: the Schedule view's Waitlist dialog finds a client by name to add
// (the entry's own dialog saves it), lists the entries and closes one; a cancellation offers the
// time it frees: the client chosen is booked there and leaves the list.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/choice.h>
#include <wx/listbox.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "schedule/ui/schedule_view.h"
#include "schedule/ui/visit_dialog.h"
#include "schedule/ui/waitlist_dialog.h"
#include "schedule/ui/waitlist_entry_dialog.h"
#include "schedule_book.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using testing::processEvents;
using testing::RunningApp;

class ScheduleWaitlist : public testing::PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = testing::openPracticeWithABookedWeek("schedule-waitlist");
        RunningApp::mainFrame().showView(View::Schedule);
        processEvents();
    }

    static schedule::ScheduleService& book() { return RunningApp::mainFrame().practice()->scheduleService(); }
    static schedule::ui::ScheduleView& view() { return testing::windowNamed<schedule::ui::ScheduleView>("schedule"); }

    // Adds the client through the dialog the Waitlist's Add to waitlist… opens, for an hour's treatment.
    static void addThroughTheDialog(schedule::ClientId client, const wxString& name, const wxString& suits)
    {
        schedule::ui::WaitlistEntryDialog dialog(&RunningApp::mainFrame(), book(), client, name);
        wxChoice& services = dialog.serviceChoice();
        services.SetSelection(services.FindString("Treatment, 60 min"));
        testing::type(dialog, "preferences", suits);
        testing::clickSave(dialog);
    }

    testing::ScheduleBook m_week;
};

TEST_F(ScheduleWaitlist, AClientFoundByNameIsAddedListedAndClosed)
{
    addThroughTheDialog(m_week.chloe, "Chloé Nguyen", "Mornings");
    const std::vector<schedule::WaitlistEntry> entries = book().book().waitlist();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].clientId, m_week.chloe);
    EXPECT_EQ(entries[0].preferences, "Mornings");
    EXPECT_EQ(entries[0].from, Date(2026, 11, 23));  // today, as the dialog suggests

    bool shown = false;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& waitlist = dynamic_cast<schedule::ui::WaitlistDialog&>(dialog);
        EXPECT_EQ(waitlist.list().rowCount(), 1u);
        EXPECT_EQ(ui::toUtf8(waitlist.list().cell(0, 0)), "Chloé Nguyen");
        EXPECT_EQ(ui::toUtf8(waitlist.list().cell(0, 3)), "Mornings");
        waitlist.findClients("nguyen");
        EXPECT_EQ(waitlist.matches().size(), 1u);
        if (!waitlist.matches().empty()) {
            EXPECT_EQ(waitlist.matches()[0].id, m_week.chloe);
            EXPECT_EQ(ui::toUtf8(testing::child<wxListBox>(dialog, "waitlist-client-matches").GetString(0)),
                      "Chloé Nguyen");
        }
        testing::saveScreenshot(dialog, "schedule-waitlist");
        waitlist.list().selectRow(0);
        waitlist.closeSelected();
        EXPECT_EQ(waitlist.list().rowCount(), 0u);
        shown = true;
        dialog.EndModal(wxID_CLOSE);
    });
    testing::click(view(), "show-waitlist");
    EXPECT_TRUE(shown);
    EXPECT_TRUE(book().book().waitlist().empty());
}

TEST_F(ScheduleWaitlist, ACancellationOffersTheFreedTimeAndBooksTheClientChosen)
{
    addThroughTheDialog(m_week.chloe, "Chloé Nguyen", "Any afternoon");
    wxString asked;
    wxArrayString offered;
    view().setOfferQuestion([&](wxWindow*, const wxString& message, const wxArrayString& choices) {
        asked = message;
        offered = choices;
        return 0;
    });
    testing::answerNextDialog([](wxDialog& dialog) {
        dynamic_cast<schedule::ui::VisitDialog&>(dialog).setReasonQuestion([](wxWindow*) { return "Flu"; });
        testing::click(dialog, "visit-client-cancelled");
    });
    view().openVisit(m_week.mondayAfternoon);  // Zoë's, Monday 13:00–14:00

    EXPECT_THAT(ui::toUtf8(asked), HasSubstr("Monday 23 November 2026"));
    ASSERT_EQ(offered.size(), 1u);
    EXPECT_THAT(ui::toUtf8(offered[0]), HasSubstr("Chloé Nguyen: Treatment, 60 min"));
    EXPECT_THAT(ui::toUtf8(offered[0]), HasSubstr("Any afternoon"));
    std::vector<schedule::Appointment> chloes = book().book().appointmentsOf(m_week.chloe);
    std::erase_if(chloes, [](const schedule::Appointment& visit) { return visit.start.date() != Date(2026, 11, 23); });
    ASSERT_EQ(chloes.size(), 1u);
    EXPECT_EQ(chloes[0].start, testing::testWeekAt(0, 13));
    EXPECT_EQ(chloes[0].status, schedule::AppointmentStatus::Booked);
    EXPECT_TRUE(book().book().waitlist().empty());
    // The week shows her there now.
    EXPECT_TRUE(std::ranges::any_of(view().calendar().layout().visits, [&](const schedule::VisitBlock& block) {
        return block.visit.id == chloes[0].id;
    }));
}

} // namespace
} // namespace knotwork::gui
