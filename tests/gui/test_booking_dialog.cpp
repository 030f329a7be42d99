// Booking one visit over a week booked by the test: Client › Book appointment… for the client in
// view, what the time meets on the book said as the therapist types and asked about before
// booking, a time refused and typed again, the safety gate's referral visit, and a double click
// on a free time of the week calendar; a screenshot of the dialog.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/menu.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/locale_date.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "form_driver.h"
#include "form_walk.h"
#include "gui_test_support.h"
#include "schedule/ui/booking_dialog.h"
#include "schedule/ui/schedule_view.h"
#include "schedule_book.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using schedule::Appointment;
using schedule::ui::BookingDialog;
using ::testing::HasSubstr;
using testing::processEvents;
using testing::RunningApp;
using testing::testWeekAt;

class BookingDialogs : public testing::PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = testing::openPracticeWithABookedWeek("booking-dialog");
    }

    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static std::vector<Appointment> visitsOf(clients::ClientId client)
    {
        return frame().practice()->scheduleService().book().appointmentsOf(client);
    }

    // Client › Book appointment… for `client`, answered by `answer`.
    static void bookFromTheMenu(clients::ClientId client, std::function<void(BookingDialog&)> answer)
    {
        frame().openClient(client);
        processEvents();
        wxMenuBar* bar = frame().GetMenuBar();
        const int item = bar->FindMenuItem("Client", "Book appointment…");
        ASSERT_NE(item, wxNOT_FOUND);
        EXPECT_THAT(ui::toUtf8(bar->FindItem(item)->GetItemLabel()), HasSubstr("Ctrl+B"));
        testing::answerNextDialog([answer](wxDialog& dialog) { answer(dynamic_cast<BookingDialog&>(dialog)); });
        wxCommandEvent chosen(wxEVT_MENU, item);
        frame().ProcessWindowEvent(chosen);
        processEvents();
    }

    static void typeStart(BookingDialog& dialog, int hour, int minute = 0)
    {
        testing::type(dialog, "start", ui::formatTime(TimeOfDay(hour, minute, 0)));
    }

    testing::ScheduleBook m_week;
};

TEST_F(BookingDialogs, TheMenuBooksTheClientInViewAfterSayingWhatTheTimeMeets)
{
    wxString free, meets, asked;
    bookFromTheMenu(m_week.zoe, [&](BookingDialog& dialog) {
        EXPECT_EQ(testing::badlyNamed(dialog), "");
        testing::pickDate(dialog, "date", Date(2026, 11, 26));
        typeStart(dialog, 11);
        free = dialog.issuesShown();
        testing::pickDate(dialog, "date", Date(2026, 11, 23));
        typeStart(dialog, 13, 30);
        meets = dialog.issuesShown();
        testing::type(dialog, "notes", "Bring the heat pack");
        testing::saveScreenshot(dialog, "booking-dialog");
        dialog.setIssuesQuestion([&](const wxString& issues) {
            asked = issues;
            return true;
        });
        testing::clickSave(dialog);
    });
    EXPECT_EQ(ui::toUtf8(free), "The time is free.");
    EXPECT_THAT(ui::toUtf8(meets), HasSubstr("Overlaps another visit: Zoë Martin"));
    EXPECT_EQ(asked, meets);
    const std::vector<Appointment> zoes = visitsOf(m_week.zoe);
    ASSERT_EQ(zoes.size(), 4u);
    const auto booked = std::ranges::find(zoes, testWeekAt(0, 13, 30), &Appointment::start);
    ASSERT_NE(booked, zoes.end());
    EXPECT_EQ(booked->minutes, 60) << "the hour of treatment unless another service is chosen";
    EXPECT_EQ(booked->bufferMinutes, 15);
    EXPECT_EQ(booked->notes, "Bring the heat pack");
    EXPECT_FALSE(booked->referralOnly);
}

TEST_F(BookingDialogs, ARefusedTimeOrABadValueKeepsTheDialogOpenWithTheFieldToChange)
{
    bookFromTheMenu(m_week.chloe, [&](BookingDialog& dialog) {
        EXPECT_THAT(ui::toUtf8(testing::child<wxWindow>(dialog, "precautions").GetLabel()),
                    HasSubstr("Keep in mind: "));
        testing::type(dialog, "start", "25:99");
        testing::clickSave(dialog);
        EXPECT_TRUE(dialog.IsModal()) << "a time of day that is none is refused";
        EXPECT_FALSE(dialog.markers().messageFor("start").empty());
        EXPECT_EQ(wxWindow::FindFocus(), &testing::child<wxWindow>(dialog, "start"));
        EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "start").GetValue(), "25:99") << "the typing is kept";

        // Over Zoë's Tuesday visit: the therapist chooses another time rather than book it anyway.
        testing::pickDate(dialog, "date", Date(2026, 11, 24));
        typeStart(dialog, 10);
        dialog.setIssuesQuestion([](const wxString&) { return false; });
        testing::clickSave(dialog);
        EXPECT_TRUE(dialog.IsModal());
        EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("start")), HasSubstr("This time has issues"));

        testing::type(dialog, "minutes", "0");
        typeStart(dialog, 14);
        testing::clickSave(dialog);
        EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("minutes")), HasSubstr("Length"));
        EXPECT_EQ(wxWindow::FindFocus(), &testing::child<wxWindow>(dialog, "minutes"));

        testing::type(dialog, "minutes", "45");
        testing::clickSave(dialog);
    });
    const std::vector<Appointment> chloes = visitsOf(m_week.chloe);
    ASSERT_EQ(chloes.size(), 2u);
    EXPECT_EQ(chloes[1].start, testWeekAt(1, 14));
    EXPECT_EQ(chloes[1].minutes, 45);
}

TEST_F(BookingDialogs, AClientWhoseScreeningAsksForAReferralIsBookedOnlyForAReferralVisit)
{
    bookFromTheMenu(m_week.an, [&](BookingDialog& dialog) {
        auto& referral = testing::child<wxCheckBox>(dialog, "referral_only");
        EXPECT_TRUE(referral.GetValue());
        EXPECT_FALSE(referral.IsEnabled()) << "no override";
        EXPECT_THAT(ui::toUtf8(testing::child<wxWindow>(dialog, "referral-reason").GetLabel()),
                    HasSubstr("Referral visit only: the client's safety screening asks for a"));
        testing::saveScreenshot(dialog, "booking-dialog-referral");
        testing::pickDate(dialog, "date", Date(2026, 11, 26));
        typeStart(dialog, 10);
        testing::clickSave(dialog);
    });
    const std::vector<Appointment> ans = visitsOf(m_week.an);
    ASSERT_EQ(ans.size(), 2u);
    EXPECT_EQ(ans[1].start, testWeekAt(3, 10));
    EXPECT_TRUE(ans[1].referralOnly);
}

TEST_F(BookingDialogs, ADoubleClickOnAFreeTimeOfTheWeekBooksThereForTheClientInView)
{
    frame().openClient(m_week.odile);
    frame().showView(View::Schedule);
    processEvents();
    auto& calendar = testing::windowNamed<schedule::ui::ScheduleView>("schedule").calendar();
    // Thursday, a quarter past eleven: three columns right of Monday, two hours and a bit below 09:00.
    const wxRect nine = calendar.rectOf(m_week.mondayMorning);
    const int dayWidth = calendar.rectOf(m_week.tuesdayLong).GetLeft() - nine.GetLeft();
    const int hour = nine.height + 2;
    const wxPoint thursday(nine.GetLeft() + 3 * dayWidth + 4, nine.GetTop() + 2 * hour + hour * 3 / 8);
    LocalTime offered;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& booking = dynamic_cast<BookingDialog&>(dialog);
        const std::optional<Date> day = ui::fromWxDate(testing::child<wxDatePickerCtrl>(booking, "date").GetValue());
        const std::optional<TimeOfDay> time =
            parseTimeText(ui::toUtf8(testing::child<wxTextCtrl>(booking, "start").GetValue()));
        if (day && time)
            offered = localTimeOn(*day, *time);
        testing::clickSave(booking);
    });
    wxMouseEvent click(wxEVT_LEFT_DCLICK);
    click.SetPosition(thursday);
    click.SetEventObject(&calendar);
    calendar.GetEventHandler()->ProcessEvent(click);
    processEvents();
    EXPECT_EQ(offered, testWeekAt(3, 11, 15));
    const std::vector<Appointment> odiles = visitsOf(m_week.odile);
    ASSERT_EQ(odiles.size(), 3u);
    EXPECT_EQ(odiles[1].start, testWeekAt(3, 11, 15));
}

} // namespace
} // namespace knotwork::gui
