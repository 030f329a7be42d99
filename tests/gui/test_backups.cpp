// File › Back up now… and Restore…, the automatic backups, and their status in the status bar and
// on Today, driven through the real main window on a practice of the test's own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "app/gui/backup_actions.h"
#include "app/gui/backup_warning_panel.h"
#include "app/gui/main_frame.h"
#include "app/gui/restore_action.h"
#include "app/gui/restore_dialog.h"
#include "app/practice/practice_backups.h"
#include "app/practice/practice_context.h"
#include "clients/client_service.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::processEvents;
using testing::RunningApp;
using testing::saveScreenshot;

class Backups : public ::testing::Test {
protected:
    void SetUp() override
    {
        RunningApp::notifier().errors.clear();
        RunningApp::notifier().information.clear();
        ASSERT_TRUE(frame().openPractice(practiceFile(), db::OpenMode::CreateIfMissing));
        clients::PracticeSettings settings = service().settings();
        settings.backup.folder = backupFolder().string();
        service().saveSettings(settings, std::nullopt, std::nullopt);
        frame().recordChanged({clients::ui::RecordKind::Practice});
        frame().showView(View::Today);
        processEvents();
    }

    void TearDown() override
    {
        // The other tests expect the default practice.
        EXPECT_TRUE(frame().openPractice(RunningApp::home() / "data" / "knotwork" / "practice.sqlite",
                                         db::OpenMode::ExistingOnly));
        processEvents();
    }

    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static clients::ClientService& service() { return frame().practice()->clientService(); }
    std::filesystem::path practiceFile() const { return m_dir / "Therapy.sqlite"; }
    std::filesystem::path backupFolder() const { return m_dir / "Backups"; }

    std::vector<app::BackupFile> backups() const { return app::listBackups(backupFolder(), practiceFile()); }

    static clients::ClientId addClient(const std::string& family)
    {
        clients::IntakeRecord record;
        record.client.familyName = family;
        record.client.givenNames = "Zoë";
        const clients::ClientId id = service().saveIntake(record);
        frame().recordChanged({clients::ui::RecordKind::Client});
        return id;
    }

    static long long clientCount() { return service().clients().count({}, service().today()); }

    static std::string backupStatus()
    {
        return ui::toUtf8(frame().GetStatusBar()->GetStatusText(1));
    }

    static BackupWarningPanel& warning()
    {
        auto* panel = dynamic_cast<BackupWarningPanel*>(wxWindow::FindWindowByName("backup-warning", &frame()));
        if (!panel)
            throw std::runtime_error("Today has no backup warning");
        return *panel;
    }

    static std::string lastInformation()
    {
        const auto& shown = RunningApp::notifier().information;
        return shown.empty() ? std::string() : shown.back().title + ": " + shown.back().text;
    }

    static std::string errors()
    {
        std::string text;
        for (const auto& error : RunningApp::notifier().errors)
            text += error.title + ": " + error.text + "\n";
        return text;
    }

    knotwork::testing::TempDir m_dir;
};

TEST_F(Backups, BackUpNowWritesAPrivateBackupAndTheStatusBarShowsIt)
{
    EXPECT_THAT(backupStatus(), HasSubstr("No backup"));
    ASSERT_TRUE(backups().empty());

    frame().backups().backUpNow();
    processEvents();

    ASSERT_EQ(backups().size(), 1u) << errors();
    const app::BackupFile written = backups().front();
    EXPECT_EQ(knotwork::testing::permissionBits(written.path), 0600u);
    EXPECT_THAT(errors(), IsEmpty());
    EXPECT_THAT(lastInformation(), HasSubstr(written.path.string())) << "says where it was written";
    EXPECT_THAT(backupStatus(), HasSubstr("Last backup today at 12:00"));
    saveScreenshot(*frame().GetStatusBar(), "status-bar-last-backup");
}

TEST_F(Backups, AMissingSecondFolderIsReportedNotSkipped)
{
    clients::PracticeSettings settings = service().settings();
    settings.backup.offsiteFolder = (m_dir / "USB drive").string();  // not plugged in
    service().saveSettings(settings, std::nullopt, std::nullopt);

    frame().backups().backUpNow();
    processEvents();

    EXPECT_EQ(backups().size(), 1u) << "the backup itself is written";
    EXPECT_THAT(errors(), HasSubstr("No second copy"));
    EXPECT_THAT(errors(), HasSubstr("USB drive"));
}

TEST_F(Backups, TodayWarnsOfAnOldBackupUntilTheNextOne)
{
    EXPECT_TRUE(warning().IsShown()) << "never backed up";
    EXPECT_THAT(ui::toUtf8(warning().text()), HasSubstr("never"));

    {
        // A backup made five days before the test's day, by the practice as it was then.
        app::PracticeContext then(practiceFile(), db::OpenMode::ExistingOnly, "test",
                                  Clock::stoppedOn(service().today() - boost::gregorian::days(5)));
        app::backUpPractice(then);
    }
    frame().recordChanged({clients::ui::RecordKind::Practice});
    processEvents();
    ASSERT_EQ(backups().size(), 1u);
    EXPECT_TRUE(warning().IsShown()) << "older than the three days the settings allow";
    EXPECT_THAT(ui::toUtf8(warning().text()), HasSubstr("Last backup 5 days ago"));
    EXPECT_THAT(backupStatus(), Not(HasSubstr("today")));
    saveScreenshot(frame(), "today-backup-warning");

    auto* backUp = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("backup-warning.back-up-now", &frame()));
    ASSERT_NE(backUp, nullptr);
    wxCommandEvent click(wxEVT_BUTTON, backUp->GetId());
    click.SetEventObject(backUp);
    backUp->ProcessWindowEvent(click);
    processEvents();

    EXPECT_EQ(backups().size(), 2u) << errors();
    EXPECT_FALSE(warning().IsShown());
    EXPECT_THAT(backupStatus(), HasSubstr("today at 12:00"));
}

TEST_F(Backups, AutomaticBackupsAreDailyAndOnQuitting)
{
    frame().backups().backUpIfDue();
    EXPECT_EQ(backups().size(), 1u) << "none yet: one is due";
    EXPECT_THAT(lastInformation(), IsEmpty()) << "an automatic backup says nothing when all went well";
    frame().backups().backUpIfDue();
    EXPECT_EQ(backups().size(), 1u) << "at most daily";

    const std::filesystem::path daily = backups().front().path;
    frame().backups().quitting();
    frame().backups().practiceChanged();  // the window stays: the daily check again
    EXPECT_THAT(errors(), IsEmpty());
    ASSERT_FALSE(backups().empty());
    EXPECT_NE(backups().front().path, daily) << "quitting backs up even after the daily backup";
}

TEST_F(Backups, NoAutomaticBackupOfTheDemoPractice)
{
    ASSERT_TRUE(frame().exploreDemoPractice());
    const auto demoBackups = app::backupFolderOf(*frame().practice());
    const bool hadAny = std::filesystem::exists(demoBackups) && !std::filesystem::is_empty(demoBackups);
    frame().backups().backUpIfDue();
    frame().backups().quitting();
    frame().backups().practiceChanged();
    EXPECT_EQ(std::filesystem::exists(demoBackups) && !std::filesystem::is_empty(demoBackups), hadAny);
    EXPECT_THAT(backupStatus(), IsEmpty());
    EXPECT_FALSE(warning().warning());
}

TEST_F(Backups, RestoreReplacesThePracticeAndKeepsTheOneItReplaced)
{
    addClient("Before");
    frame().backups().backUpNow();
    ASSERT_EQ(backups().size(), 1u) << errors();
    const std::filesystem::path backup = backups().front().path;
    addClient("After");
    ASSERT_EQ(clientCount(), 2);

    bool asked = false;
    const bool restored = offerRestore(frame(), backup, [&](RestoreDialog& dialog) {
        asked = true;
        const std::string shown = ui::toUtf8(dialog.text());
        EXPECT_THAT(shown, HasSubstr(backup.string()));
        EXPECT_EQ(dynamic_cast<wxStaticText&>(*dialog.FindWindow("restore.count.clients")).GetLabel(), "1");
        EXPECT_THAT(shown, HasSubstr(ui::toUtf8(ui::formatMoment(frame().clock().now()))))
            << "written when, as the backup's name says";
        EXPECT_THAT(shown, HasSubstr(backupFolder().string())) << "where the practice now is kept";
        dialog.Show();
        processEvents();
        saveScreenshot(dialog, "restore-dialog");
        dialog.Hide();
        return true;
    });
    ASSERT_TRUE(asked);
    ASSERT_TRUE(restored) << errors();

    EXPECT_EQ(frame().practice()->database().path(), practiceFile());
    EXPECT_EQ(clientCount(), 1) << "the client added after the backup is gone";
    EXPECT_THAT(lastInformation(), HasSubstr("kept at"));

    // The practice it replaced is kept, with both clients.
    std::optional<std::filesystem::path> kept;
    for (const auto& entry : std::filesystem::directory_iterator(backupFolder()))
        if (entry.path().filename().string().find("before-restore") != std::string::npos)
            kept = entry.path();
    ASSERT_TRUE(kept) << lastInformation();
    EXPECT_THAT(lastInformation(), HasSubstr(kept->string()));
    app::PracticeContext replaced(*kept, db::OpenMode::ExistingOnly, "test", frame().clock());
    EXPECT_EQ(replaced.clientService().clients().count({}, service().today()), 2);
}

TEST_F(Backups, ADamagedBackupIsRefusedAndThePracticeIsUnchanged)
{
    addClient("Kept");
    frame().backups().backUpNow();
    ASSERT_EQ(backups().size(), 1u) << errors();
    const std::string whole = knotwork::testing::readBytes(backups().front().path);
    const auto damaged = m_dir / "damaged.sqlite";
    knotwork::testing::writeBytes(damaged, whole.substr(0, whole.size() / 2));

    const bool restored = offerRestore(frame(), damaged, [](RestoreDialog&) {
        ADD_FAILURE() << "a damaged backup is never offered";
        return true;
    });

    EXPECT_FALSE(restored);
    EXPECT_THAT(errors(), HasSubstr("cannot be restored"));
    EXPECT_THAT(errors(), HasSubstr("damaged.sqlite"));
    EXPECT_EQ(clientCount(), 1);
    EXPECT_EQ(frame().practice()->database().path(), practiceFile());
}

} // namespace
} // namespace knotwork::gui
