// The appointment book's settings fit a laptop's screen, on each of their pages, with the demo
// practice's services, hours and policy and the app's reminder email page (the suite is
// instantiated in test_window_fit.cpp).
#include <gtest/gtest.h>
#include <wx/notebook.h>

#include "app/gui/reminder_mail_page.h"
#include "app/gui/reminder_message_page.h"
#include "app/mail/password_store.h"
#include "schedule/ui/book_settings_dialog.h"
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using testing::WindowFit;

TEST_P(WindowFit, TheAppointmentBookSettingsOnEachPage)
{
    const std::filesystem::path passwords = practice().database().path().parent_path() / "smtp-passwords.json";
    const std::vector<schedule::ui::SettingsPageFactory> reminderPages{
        {"Reminder email",
         [&](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) {
             return new ReminderMailPage(parent, practice(), hooks, mail::openFilePasswordStore(passwords));
         }},
        {"Reminder text", [&](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) {
             return new ReminderMessagePage(parent, practice(), hooks);
         }}};
    auto& dialog = show(new schedule::ui::BookSettingsDialog(&frame(), practice().bookSettingsService(),
                                                             practice().clientService(), reminderPages));
    const char* pages[] = {"services", "hours", "time_off", "policy", "reminder_email", "reminder_message"};
    for (std::size_t page = 0; page < std::size(pages); ++page) {
        dialog.pages().SetSelection(page);
        expectFits(dialog, std::string("book_settings_") + pages[page]);
    }
}

} // namespace
} // namespace knotwork::gui
