// The practice settings dialog: the letterhead (logo, signature, paper), the clinical figures, where
// backups go and how many are kept, and how long records are kept.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/checkbox.h>
#include <wx/filepicker.h>
#include <wx/image.h>
#include <wx/radiobut.h>
#include <wx/statbmp.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include "clients/ui/practice_settings_dialog.h"
#include "common/ui/accessibility.h"
#include "common/ui/folder_picker.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "app/gui/main_frame.h"
#include "gui_test_support.h"
#include "record_dialog_test.h"
#include "screenshot.h"
#include "support/practice_files.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using namespace testing;

TEST_F(RecordDialogs, PracticeSettingsKeepTheLetterheadLogoAndPaperSize)
{
    const auto logo = m_practice.folder() / "logo.png";
    ASSERT_TRUE(savePng(logo, {120, 40}, 0x1E6E3A));

    auto& dialog = open<clients::ui::PracticeSettingsDialog>();
    type(dialog, "practice_name", "Knot Free Massage");
    type(dialog, "therapist_name", "Zoë Nguyễn");
    type(dialog, "credentials", "RMT");
    pickFile(dialog, "logo", logo);
    auto& letter = child<wxRadioButton>(dialog, "paper_size.us_letter");
    letter.SetValue(true);
    processEvents();
    EXPECT_TRUE(child<wxStaticBitmap>(dialog, "logo.preview").IsShown());
    saveScreenshot(dialog, "practice-settings-dialog");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());

    const clients::PracticeSettings settings = m_practice.service().settings();
    EXPECT_EQ(settings.practiceName, "Knot Free Massage");
    EXPECT_EQ(settings.therapistName, "Zoë Nguyễn");
    EXPECT_EQ(settings.paperSize, clients::PaperSize::UsLetter);
    ASSERT_TRUE(settings.logoAttachmentId);
    EXPECT_EQ(m_practice.service().clients().attachment(*settings.logoAttachmentId).content,
              knotwork::testing::readBytes(logo));
}

TEST_F(RecordDialogs, PracticeSettingsKeepTheSignatureImageAndTheSmallestMeaningfulRomChange)
{
    const auto signature = m_practice.folder() / "signature.png";
    ASSERT_TRUE(savePng(signature, {240, 60}, 0x0B2545));

    auto& dialog = open<clients::ui::PracticeSettingsDialog>();
    EXPECT_EQ(child<wxTextCtrl>(dialog, "rom_meaningful_change").GetValue(), "10") << "the default, 10°";
    pickFile(dialog, "signature", signature);
    processEvents();
    EXPECT_TRUE(child<wxStaticBitmap>(dialog, "signature.preview").IsShown());
    EXPECT_FALSE(child<wxStaticBitmap>(dialog, "logo.preview").IsShown()) << "the signature is not the logo";
    type(dialog, "rom_meaningful_change", "25");
    clickSave(dialog);
    EXPECT_NE(dialog.GetReturnCode(), wxID_OK);
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("rom_meaningful_change")), HasSubstr("between 5 and 20"));
    EXPECT_EQ(child<wxTextCtrl>(dialog, "rom_meaningful_change").GetValue(), "25") << "the typing stays";
    EXPECT_FALSE(m_practice.service().settings().signatureAttachmentId) << "nothing saved";

    type(dialog, "rom_meaningful_change", "8");
    saveScreenshot(dialog, "practice-settings-signature");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    const clients::PracticeSettings settings = m_practice.service().settings();
    EXPECT_EQ(settings.romMeaningfulChange, 8);
    ASSERT_TRUE(settings.signatureAttachmentId);
    EXPECT_EQ(m_practice.service().clients().attachment(*settings.signatureAttachmentId).content,
              knotwork::testing::readBytes(signature));
    EXPECT_FALSE(settings.logoAttachmentId);
}

TEST_F(RecordDialogs, PracticeSettingsKeepWhereBackupsGoHowManyAndHowLongRecordsAreKept)
{
    auto& dialog = open<clients::ui::PracticeSettingsDialog>();
    EXPECT_EQ(child<wxTextCtrl>(dialog, "keep_daily_backups").GetValue(), "7") << "the defaults of a new practice";
    EXPECT_EQ(child<wxTextCtrl>(dialog, "backup_warning_days").GetValue(), "3");
    auto& folder = child<ui::FolderPicker>(dialog, "backup_folder");
    auto& offsite = child<ui::FolderPicker>(dialog, "offsite_backup_folder");
    EXPECT_EQ(folder.GetTextCtrl()->GetValue(), "") << "empty: the default folder";
    EXPECT_THAT(ui::toUtf8(folder.GetTextCtrl()->GetHint()), HasSubstr("default"));
    EXPECT_THAT(ui::toUtf8(offsite.GetTextCtrl()->GetHint()), HasSubstr("none"));
    EXPECT_FALSE(child<wxTextCtrl>(dialog, "retention_years").IsEnabled()) << "Ontario's rule has its own years";

    const auto backups = m_practice.folder() / "Backups";
    const auto usb = m_practice.folder() / "USB drive";
    folder.GetTextCtrl()->SetValue(ui::pathToWx(backups));
    offsite.GetTextCtrl()->SetValue(ui::pathToWx(usb));
    type(dialog, "keep_daily_backups", "14");
    type(dialog, "keep_weekly_backups", "0");
    type(dialog, "keep_monthly_backups", "300");
    type(dialog, "backup_warning_days", "5");
    choose(dialog, "retention_rule", 1);
    EXPECT_TRUE(child<wxTextCtrl>(dialog, "retention_years").IsEnabled()) << "the plain rule's years";
    type(dialog, "retention_years", "7");
    clickSave(dialog);
    EXPECT_NE(dialog.GetReturnCode(), wxID_OK);
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("keep_monthly_backups")), HasSubstr("between 0 and 240"));
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("keep_daily_backups")), IsEmpty());
    EXPECT_EQ(child<wxTextCtrl>(dialog, "keep_monthly_backups").GetValue(), "300") << "the typing stays";
    EXPECT_EQ(m_practice.service().settings().backup, clients::BackupSettings{}) << "nothing saved";
    saveScreenshot(dialog, "practice-settings-backups-problem");

    type(dialog, "keep_monthly_backups", "24");
    showAtTheBottom(child<wxTextCtrl>(dialog, "retention_years"));
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    const clients::PracticeSettings settings = m_practice.service().settings();
    EXPECT_EQ(settings.backup.folder, backups.string());
    EXPECT_EQ(settings.backup.offsiteFolder, usb.string());
    EXPECT_EQ(settings.backup.keepDaily, 14);
    EXPECT_EQ(settings.backup.keepWeekly, 0);
    EXPECT_EQ(settings.backup.keepMonthly, 24);
    EXPECT_EQ(settings.backup.warningDays, 5);
    EXPECT_EQ(settings.retention.rule, clients::RetentionRule::YearsAfterLastVisit);
    EXPECT_EQ(settings.retention.years, 7);
}

TEST_F(RecordDialogs, PracticeSettingsShowTheBackupsAndRetentionTheyKeep)
{
    clients::PracticeSettings stored = m_practice.service().settings();
    stored.backup.offsiteFolder = (m_practice.folder() / "Cloud").string();
    stored.backup.warningDays = 10;
    stored.retention = {clients::RetentionRule::YearsAfterLastVisit, 12};
    m_practice.service().saveSettings(stored, std::nullopt, std::nullopt);

    auto& dialog = open<clients::ui::PracticeSettingsDialog>();
    EXPECT_EQ(child<ui::FolderPicker>(dialog, "offsite_backup_folder").folder(), *stored.backup.offsiteFolder);
    EXPECT_EQ(child<wxTextCtrl>(dialog, "backup_warning_days").GetValue(), "10");
    EXPECT_EQ(child<wxChoice>(dialog, "retention_rule").GetSelection(), 1);
    EXPECT_EQ(child<wxTextCtrl>(dialog, "retention_years").GetValue(), "12");

    // Back to Ontario's rule and its ten years; the emptied second folder means none.
    choose(dialog, "retention_rule", 0);
    EXPECT_EQ(child<wxTextCtrl>(dialog, "retention_years").GetValue(), "10");
    EXPECT_FALSE(child<wxTextCtrl>(dialog, "retention_years").IsEnabled());
    child<ui::FolderPicker>(dialog, "offsite_backup_folder").GetTextCtrl()->SetValue("  ");
    showAtTheBottom(child<wxTextCtrl>(dialog, "retention_years"));
    saveScreenshot(dialog, "practice-settings-backups");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    const clients::PracticeSettings settings = m_practice.service().settings();
    EXPECT_FALSE(settings.backup.offsiteFolder);
    EXPECT_EQ(settings.retention.rule, clients::RetentionRule::Ontario);
    EXPECT_EQ(settings.backup.warningDays, 10);
}

} // namespace
} // namespace knotwork::gui
