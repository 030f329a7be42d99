// The day-before reminders while the app is open (issue 23): sent on a thread of their own to the
// test's mail server on loopback, said in the status bar, never sent twice, and when the server
// is down the visit stays unsent, the status bar says why, and the next sending delivers it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/statusbr.h>

#include "app/gui/main_frame.h"
#include "app/gui/reminder_sending.h"
#include "app/gui/status_fields.h"
#include "app/practice/practice_context.h"
#include "app/practice/reminder_run.h"
#include "common/ui/wx_text.h"
#include "gui_test_support.h"
#include "mail/smtp_test_server.h"
#include "practice_file_test.h"
#include "screenshot.h"
#include "support/new_client.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::SmtpTestServer;
using testing::processEvents;
using testing::RunningApp;

class ReminderSendingTest : public testing::PracticeFileTest {
protected:
    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static ReminderSending& reminders() { return frame().reminders(); }

    // A practice of the test's own: Hélène, who has an email address, booked tomorrow at ten, and
    // reminders on through the mail server at `port` on this computer.
    static std::filesystem::path practiceRemindingThrough(const std::string& stem, int port)
    {
        const std::filesystem::path file = testing::practiceWithOneClient(stem, "");
        app::PracticeContext practice(file, db::OpenMode::ExistingOnly, "tester", frame().clock());
        clients::IntakeRecord helene = knotwork::testing::newClient("Côté", "Hélène");
        helene.client.email = "helene@example.net";
        schedule::Appointment visit;
        visit.clientId = practice.clientService().saveIntake(helene);
        const schedule::Service service = practice.scheduleService().book().services().at(3);
        visit.serviceId = service.id;
        visit.minutes = service.minutes;
        visit.start = localTimeOn(frame().clock().today() + boost::gregorian::days(1), boost::posix_time::hours(10));
        practice.scheduleService().book(visit, schedule::Issues::Accepted);
        useServer(practice, port);
        return file;
    }

    static void useServer(app::PracticeContext& practice, int port)
    {
        schedule::ReminderSettings settings = practice.stores().reminders().reminderSettings();
        settings.enabled = true;
        settings.account.host = "127.0.0.1";
        settings.account.port = port;
        settings.account.security = "none";
        settings.account.fromAddress = "ana@harbourside.example.com";
        app::saveReminderSettings(practice, settings);
    }

    // Runs the event loop until the sending has finished.
    static void waitForTheSending()
    {
        for (int wait = 0; wait < 600 && reminders().sending(); ++wait)
            processEvents();
        ASSERT_FALSE(reminders().sending()) << "the sending did not finish";
    }

    static std::string remindersStatus()
    {
        return ui::toUtf8(frame().GetStatusBar()->GetStatusText(RemindersStatus));
    }

    knotwork::testing::TempDir m_mail;
};

TEST_F(ReminderSendingTest, TomorrowsReminderIsSentWhileTheAppIsOpenAndOnlyOnce)
{
    SmtpTestServer server(m_mail.path(), {});
    ASSERT_TRUE(frame().openPractice(practiceRemindingThrough("reminders-sent", server.port()),
                                     db::OpenMode::ExistingOnly));
    EXPECT_EQ(remindersStatus(), "") << "nothing is said before a sending";

    ASSERT_TRUE(reminders().sendDue());
    EXPECT_FALSE(reminders().sendDue()) << "one sending at a time";
    waitForTheSending();
    ASSERT_EQ(server.receivedCount(), 1);
    EXPECT_EQ(server.decoded(1)["rcpt_tos"], nlohmann::json::array({"helene@example.net"}));
    EXPECT_EQ(remindersStatus(), "Reminders: 1 sent for tomorrow");
    testing::saveScreenshot(frame(), "reminders-status");

    EXPECT_FALSE(reminders().sendDue()) << "a sent reminder is not due again";
    EXPECT_EQ(server.receivedCount(), 1);
}

TEST_F(ReminderSendingTest, AServerThatIsDownIsSaidAndTheNextSendingDeliversTheReminder)
{
    const int downPort = knotwork::testing::freeLoopbackPort();
    const std::filesystem::path file = practiceRemindingThrough("reminders-down", downPort);
    ASSERT_TRUE(frame().openPractice(file, db::OpenMode::ExistingOnly));

    ASSERT_TRUE(reminders().sendDue());
    waitForTheSending();
    EXPECT_THAT(remindersStatus(), HasSubstr("Reminders: 0 of 1 sent"));
    EXPECT_THAT(remindersStatus(), HasSubstr("127.0.0.1:" + std::to_string(downPort)));
    EXPECT_THAT(remindersStatus(), HasSubstr("trying again"));

    SmtpTestServer server(m_mail.path(), {});
    useServer(*frame().practice(), server.port());
    ASSERT_TRUE(reminders().sendDue()) << "the unsent reminder is still due";
    waitForTheSending();
    EXPECT_EQ(server.receivedCount(), 1);
    EXPECT_EQ(remindersStatus(), "Reminders: 1 sent for tomorrow");
}

TEST_F(ReminderSendingTest, NothingIsSentWhileRemindersAreOff)
{
    SmtpTestServer server(m_mail.path(), {});
    const std::filesystem::path file = practiceRemindingThrough("reminders-off", server.port());
    {
        app::PracticeContext practice(file, db::OpenMode::ExistingOnly, "tester", frame().clock());
        schedule::ReminderSettings settings = practice.stores().reminders().reminderSettings();
        settings.enabled = false;
        app::saveReminderSettings(practice, settings);
    }
    ASSERT_TRUE(frame().openPractice(file, db::OpenMode::ExistingOnly));
    EXPECT_FALSE(reminders().sendDue());
    EXPECT_EQ(server.receivedCount(), 0);
}

} // namespace
} // namespace knotwork::gui
