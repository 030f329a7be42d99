// File › Appointment book settings… driven through its real widgets over a week booked by the
// test (schedule_book.h): a service added (refused first, the typing kept), edited and retired;
// a weekday's opening hours and the daily cap; time off that names the booked visits falling in
// it, then removed; the cancellation policy, whose new wording gets a new version; the reminders'
// mail account, its password kept in a 0600 file and never in the practice file, and the
// template's preview. Tab reaches every page's fields and buttons, every field has a name a
// reader hears; a screenshot of each page.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/gui/reminder_mail_page.h"
#include "app/gui/reminder_message_page.h"
#include "app/mail/password_store.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "form_walk.h"
#include "gui_test_support.h"
#include "schedule/ui/book_settings_dialog.h"
#include "schedule/ui/service_dialog.h"
#include "schedule/ui/services_page.h"
#include "schedule_book.h"
#include "screenshot.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using schedule::ui::BookSettingsDialog;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::processEvents;
using testing::RunningApp;

enum Page { Services, Hours, TimeOff, Policy, ReminderMail, ReminderWords };

class BookSettings : public testing::PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = testing::openPracticeWithABookedWeek("book-settings");
    }

    void TearDown() override
    {
        if (m_dialog)
            m_dialog->Destroy();
        processEvents();
        PracticeFileTest::TearDown();
    }

    static app::PracticeContext& practice() { return *RunningApp::mainFrame().practice(); }
    static schedule::BookSettingsService& settings() { return practice().bookSettingsService(); }

    // The dialog as the menu shows it, without waiting for it to close, on `page`.
    BookSettingsDialog& open(Page page)
    {
        // The app's reminder page, its passwords in a file of the test's own.
        const std::vector<schedule::ui::SettingsPageFactory> reminderPages{
            {"Reminder email",
             [this](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) {
                 return new ReminderMailPage(parent, practice(), hooks, mail::openFilePasswordStore(passwordFile()));
             }},
            {"Reminder text", [](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) {
                 return new ReminderMessagePage(parent, practice(), hooks);
             }}};
        m_dialog = new BookSettingsDialog(&RunningApp::mainFrame(), settings(), practice().clientService(),
                                          reminderPages);
        m_dialog->Show();
        m_dialog->pages().SetSelection(static_cast<std::size_t>(page));
        processEvents();
        return *m_dialog;
    }

    wxWindow& page(Page which) { return *m_dialog->pages().GetPage(static_cast<std::size_t>(which)); }

    std::optional<schedule::Service> serviceNamed(const std::string& name)
    {
        for (const schedule::Service& service : settings().services())
            if (service.name == name)
                return service;
        return std::nullopt;
    }

    std::filesystem::path passwordFile() const { return m_config.path() / "smtp-passwords.json"; }

    testing::ScheduleBook m_week;
    knotwork::testing::TempDir m_config;
    BookSettingsDialog* m_dialog = nullptr;
};

TEST_F(BookSettings, TheFileMenuOpensTheSettingsWithAPageForEachPartOfTheBook)
{
    wxMenuBar* bar = RunningApp::mainFrame().GetMenuBar();
    const int item = bar->FindMenuItem("File", "Appointment book settings…");
    ASSERT_NE(item, wxNOT_FOUND);
    EXPECT_TRUE(bar->FindItem(item)->GetItemLabel().EndsWith("\tCtrl+Shift+M"));
    std::vector<std::string> pages;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& book = dynamic_cast<BookSettingsDialog&>(dialog);
        for (std::size_t i = 0; i < book.pages().GetPageCount(); ++i)
            pages.push_back(ui::toUtf8(book.pages().GetPageText(i)));
        dialog.EndModal(wxID_CANCEL);
    });
    wxCommandEvent chosen(wxEVT_MENU, item);
    RunningApp::mainFrame().ProcessWindowEvent(chosen);
    processEvents();
    EXPECT_THAT(pages, ::testing::ElementsAre("Services", "Hours", "Time off", "Cancellation policy",
                                              "Billing", "Reminder email", "Reminder text"));
}

TEST_F(BookSettings, AServiceIsAddedAfterARefusalThatKeepsTheTypingThenRetired)
{
    auto& dialog = open(Services);
    auto& services = dynamic_cast<schedule::ui::ServicesPage&>(page(Services));
    const std::size_t before = services.table().rowCount();
    std::string refusal, kept;
    testing::answerNextDialog([&](wxDialog& shown) {
        testing::type(shown, "name", "Hot stone, 75 min");
        testing::type(shown, "minutes", "2");
        testing::type(shown, "fee_cents", "120.50");
        testing::clickSave(shown);
        auto& service = dynamic_cast<schedule::ui::ServiceDialog&>(shown);
        refusal = ui::toUtf8(service.markers().messageFor("minutes"));
        kept = ui::toUtf8(testing::child<wxTextCtrl>(shown, "minutes").GetValue());
        testing::saveScreenshot(shown, "book-settings-service-refused");
        testing::type(shown, "minutes", "75");
        testing::clickSave(shown);
    });
    testing::click(dialog, "add-service");
    processEvents();
    EXPECT_THAT(refusal, HasSubstr("Length in minutes"));
    EXPECT_EQ(kept, "2") << "the typing stays";

    const std::optional<schedule::Service> added = serviceNamed("Hot stone, 75 min");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->minutes, 75);
    EXPECT_EQ(added->feeCents, 12050);
    ASSERT_EQ(services.table().rowCount(), before + 1);
    EXPECT_EQ(services.table().cell(before, 3), "120.50");
    testing::saveScreenshot(dialog, "book-settings-services");

    services.table().selectRow(before);
    testing::click(dialog, "retire-service");
    processEvents();
    EXPECT_FALSE(serviceNamed("Hot stone, 75 min")->offered);
    EXPECT_EQ(services.table().cell(before, 4), "Retired");
    EXPECT_FALSE(testing::child<wxButton>(dialog, "retire-service").IsEnabled());
}

TEST_F(BookSettings, OverlappingHoursAreMarkedOnTheirDayAndCorrectHoursAreSavedWithTheCap)
{
    auto& dialog = open(Hours);
    const schedule::WorkingWeek before = settings().workingWeek();
    testing::type(dialog, "tuesday", "09:00-13:00, 12:00-17:00");
    testing::click(dialog, "save-hours");
    processEvents();
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("tuesday")), HasSubstr("Tuesday, hours 2: must open after"));
    EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "tuesday").GetValue(), "09:00-13:00, 12:00-17:00");
    EXPECT_EQ(settings().workingWeek(), before) << "nothing saved";

    testing::type(dialog, "tuesday", "09:00-12:00, 13:00-18:00");
    testing::type(dialog, "friday", "");
    testing::type(dialog, "daily_cap", "6");
    testing::click(dialog, "save-hours");
    processEvents();
    const schedule::WorkingWeek saved = settings().workingWeek();
    ASSERT_EQ(saved.days[2].size(), 2u);
    EXPECT_EQ(saved.days[2][1].closes, TimeOfDay(18, 0, 0));
    EXPECT_THAT(saved.days[5], IsEmpty());
    EXPECT_EQ(saved.dailyCap, 6);
    EXPECT_EQ(ui::toUtf8(dialog.markers().messageFor("tuesday")), "");
    testing::saveScreenshot(dialog, "book-settings-hours");
}

TEST_F(BookSettings, TimeOffNamesTheBookedVisitsInItAndIsRemoved)
{
    auto& dialog = open(TimeOff);
    testing::pickDate(dialog, "from_day", Date(2026, 11, 24));
    testing::type(dialog, "from_time", "12:00");
    testing::pickDate(dialog, "to_day", Date(2026, 11, 24));
    testing::type(dialog, "to_time", "09:30");
    testing::type(dialog, "reason", "Dentist");
    testing::click(dialog, "add-time-off");
    processEvents();
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("to")), HasSubstr("must end after it begins"));
    EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "reason").GetValue(), "Dentist") << "the typing stays";

    testing::type(dialog, "from_time", "09:30");
    testing::type(dialog, "to_time", "12:00");
    testing::click(dialog, "add-time-off");
    processEvents();
    auto& warning = testing::child<wxStaticText>(dialog, "time-off-warning");
    EXPECT_TRUE(warning.IsShown());
    EXPECT_THAT(ui::toUtf8(warning.GetLabel()), HasSubstr("2 booked visits fall in this time off"));
    EXPECT_THAT(ui::toUtf8(warning.GetLabel()), HasSubstr("Zoë Martin"));
    auto& table = testing::child<ui::TextTable>(dialog, "time-off");
    ASSERT_EQ(table.rowCount(), 1u);
    EXPECT_EQ(table.cell(0, 2), "Dentist");
    testing::saveScreenshot(dialog, "book-settings-time-off");

    table.selectRow(0);
    testing::click(dialog, "remove-time-off");
    processEvents();
    EXPECT_EQ(table.rowCount(), 0u);
    EXPECT_THAT(settings().timeOffFrom(Date(2026, 11, 23)), IsEmpty());
}

TEST_F(BookSettings, ThePolicyIsRefusedAnImpossibleWindowAndANewWordingGetsItsVersion)
{
    auto& dialog = open(Policy);
    testing::type(dialog, "policy_text", "Please give 48 hours' notice, or the visit is charged.");
    testing::type(dialog, "late_window_hours", "200");
    testing::click(dialog, "save-policy");
    processEvents();
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("late_window_hours")), HasSubstr("Late-cancel window"));
    EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "late_window_hours").GetValue(), "200");
    EXPECT_EQ(settings().cancellationPolicy().text, "") << "nothing saved";

    testing::type(dialog, "late_window_hours", "48");
    testing::type(dialog, "late_fee_cents", "40");
    testing::click(dialog, "save-policy");
    processEvents();
    const schedule::CancellationPolicy saved = settings().cancellationPolicy();
    EXPECT_EQ(saved.lateWindowHours, 48);
    EXPECT_EQ(saved.lateFeeCents, 4000);
    EXPECT_EQ(saved.version, "2026-1");
    EXPECT_THAT(ui::toUtf8(testing::child<wxStaticText>(dialog, "policy-version").GetLabel()), HasSubstr("2026-1"));
    testing::saveScreenshot(dialog, "book-settings-policy");
}

TEST_F(BookSettings, TheMailAccountsPasswordIsKeptOutsideThePracticeFile)
{
    auto& dialog = open(ReminderMail);
    testing::tick(dialog, "reminder.enabled");
    testing::type(dialog, "smtp.host", "127.0.0.1");
    testing::type(dialog, "smtp.port", "2525");
    testing::choose(dialog, "smtp.security", 2);
    testing::type(dialog, "smtp.password", "s3cret-Password");
    testing::click(dialog, "save-reminders");
    processEvents();
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("smtp.username")), HasSubstr("User name"));
    EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "smtp.host").GetValue(), "127.0.0.1") << "the typing stays";
    EXPECT_FALSE(practice().stores().reminders().reminderSettings().enabled) << "nothing saved";
    EXPECT_FALSE(std::filesystem::exists(passwordFile())) << "nor the password";

    testing::type(dialog, "smtp.username", "maya");
    testing::type(dialog, "smtp.from_address", "maya@example.org");
    testing::saveScreenshot(dialog, "book-settings-reminder-email");
    testing::click(dialog, "save-reminders");
    processEvents();
    const schedule::ReminderSettings saved = practice().stores().reminders().reminderSettings();
    EXPECT_TRUE(saved.enabled);
    EXPECT_EQ(saved.account.port, 2525);
    EXPECT_EQ(saved.account.security, "none");
    EXPECT_EQ(saved.account.username, "maya");
    EXPECT_EQ(mail::openFilePasswordStore(passwordFile())->password("127.0.0.1", "maya"), "s3cret-Password");
    EXPECT_EQ(std::filesystem::status(passwordFile()).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "smtp.password").GetValue(), "") << "not shown once kept";
    const std::filesystem::path file = practice().database().path();
    for (const std::filesystem::path& part : {file, std::filesystem::path(file.string() + "-wal")}) {
        if (std::filesystem::exists(part)) {
            EXPECT_EQ(knotwork::testing::readBytes(part).find("s3cret-Password"), std::string::npos) << part;
        }
    }
}

TEST_F(BookSettings, TheReminderTemplateIsPreviewedAsAClientWouldGetItAndCannotNameAnythingClinical)
{
    auto& dialog = open(ReminderWords);
    testing::type(dialog, "reminder.subject", "See you {date}, {first_name}");
    testing::type(dialog, "reminder.body", "Your visit is at {time}. {diagnosis}");
    auto& page = dynamic_cast<ReminderMessagePage&>(*dialog.pages().GetPage(ReminderWords));
    EXPECT_THAT(ui::toUtf8(page.preview()), HasSubstr("diagnosis"));
    testing::click(dialog, "save-reminder-message");
    processEvents();
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("reminder.body")), HasSubstr("diagnosis"));
    EXPECT_EQ(testing::child<wxTextCtrl>(dialog, "reminder.body").GetValue(), "Your visit is at {time}. {diagnosis}");
    EXPECT_EQ(practice().stores().reminders().reminderSettings().message.subject, "") << "nothing saved";

    testing::type(dialog, "reminder.body", "Your visit is at {time}. Call us to change it.");
    EXPECT_THAT(ui::toUtf8(page.preview()), HasSubstr("Subject: See you Tuesday"));
    EXPECT_THAT(ui::toUtf8(page.preview()), HasSubstr("Alex"));
    testing::saveScreenshot(dialog, "book-settings-reminder-message");
    testing::click(dialog, "save-reminder-message");
    processEvents();
    const schedule::ReminderSettings saved = practice().stores().reminders().reminderSettings();
    EXPECT_EQ(saved.message.subject, "See you {date}, {first_name}");
    EXPECT_EQ(saved.message.body, "Your visit is at {time}. Call us to change it.");
}

TEST_F(BookSettings, TabReachesEachPagesFieldsAndTheButtonThatSavesThem)
{
    struct Walk {
        Page page;
        const char* from;
        std::vector<std::string> reached;
    };
    const Walk walks[] = {
        {Services, "add-service", {"services"}},
        {Hours, "monday", {"sunday", "daily_cap", "save-hours"}},
        {TimeOff, "reason", {"from_time", "to_time", "add-time-off"}},
        {Policy, "policy_text", {"late_window_hours", "no_show_fee_cents", "save-policy"}},
        {ReminderMail, "smtp.host", {"smtp.port", "smtp.password", "smtp.from_name", "save-reminders"}},
        {ReminderWords, "reminder.subject", {"reminder.body", "reminder_preview", "save-reminder-message"}},
    };
    auto& dialog = open(Services);
    for (const Walk& walk : walks) {
        dialog.pages().SetSelection(walk.page);
        processEvents();
        std::vector<std::string> stops;
        for (wxWindow* stop : testing::tabStops(testing::child<wxWindow>(page(walk.page), walk.from)))
            if (stop)
                stops.push_back(ui::toUtf8(stop->GetName()));
        for (const std::string& name : walk.reached)
            EXPECT_THAT(stops, ::testing::Contains(name)) << "from " << walk.from;
    }
}

TEST_F(BookSettings, EveryFieldOfEveryPageHasTheNameOfItsLabel)
{
    auto& dialog = open(Services);
    for (const Page each : {Services, Hours, TimeOff, Policy, ReminderMail, ReminderWords})
        EXPECT_EQ(testing::badlyNamed(page(each)), "") << "page " << each;
    std::optional<schedule::Service> treatment = serviceNamed("Treatment, 60 min");
    ASSERT_TRUE(treatment);
    schedule::ui::ServiceDialog edit(&dialog, settings(), treatment);
    EXPECT_EQ(testing::badlyNamed(edit), "");
    EXPECT_EQ(testing::child<wxTextCtrl>(edit, "name").GetValue(), "Treatment, 60 min");
}

} // namespace
} // namespace knotwork::gui
