#include "app/gui/features.h"

#include <wx/intl.h>

#include "app/gui/billing_documents.h"
#include "app/gui/reminder_mail_page.h"
#include "app/gui/reminder_message_page.h"
#include "app/mail/password_store.h"
#include "billing/ui/billing_feature.h"
#include "clients/ui/clients_feature.h"
#include "plans/ui/plans_feature.h"
#include "reports/ui/reports_feature.h"
#include "safekeeping/ui/safekeeping_feature.h"
#include "schedule/ui/booking_feature.h"
#include "schedule/ui/schedule_feature.h"
#include "sessions/ui/sessions_feature.h"

namespace knotwork::gui {

std::vector<std::unique_ptr<clients::ui::Feature>> knotworkFeatures(std::function<app::PracticeContext*()> openPractice)
{
    auto reports = std::make_unique<reports::ui::ReportsFeature>();
    // A signed note's documents (its PDF, the client's home-care handout) are offered beside it.
    std::vector<sessions::ui::SessionsTab::NoteAction> noteDocuments;
    for (auto& document : reports->noteDocuments())
        noteDocuments.push_back({document.label, document.name, document.tooltip, std::move(document.open)});

    auto notes = std::make_unique<sessions::ui::SessionsFeature>(std::move(noteDocuments));
    // Today's appointments start a visit's note in the sessions feature's editor; a free time of
    // the week is booked through the booking feature's dialog. The book's settings end with the
    // reminders' mail account, whose password the app's mail library keeps outside the practice,
    // and the reminder's words.
    std::vector<schedule::ui::SettingsPageFactory> reminderPages{
        {_("Reminder email"),
         [openPractice](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) {
             return new ReminderMailPage(parent, *openPractice(), hooks, mail::openPasswordStore());
         }},
        {_("Reminder text"), [openPractice](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) {
             return new ReminderMessagePage(parent, *openPractice(), hooks);
         }}};
    // Billing's page comes first of the app's, after the book's own; Today's list and the visit's
    // dialog check a visit out through billing's dialog.
    auto billing = std::make_unique<billing::ui::BillingFeature>(billingDocuments(openPractice));
    reminderPages.insert(reminderPages.begin(), billing->settingsPage());
    auto booking = std::make_unique<schedule::ui::BookingFeature>();
    auto appointments = std::make_unique<schedule::ui::ScheduleFeature>(
        [editor = notes.get()](sessions::NoteId note) { editor->openNote(note); },
        [booking = booking.get()](const LocalTime& start) { booking->book(start); }, std::move(reminderPages),
        [checkOut = billing.get()](const schedule::Appointment& visit) { checkOut->checkOut(visit); });

    std::vector<std::unique_ptr<clients::ui::Feature>> features;
    // The schedule first: Today lists the day's appointments above the other panels.
    features.push_back(std::move(appointments));
    features.push_back(std::make_unique<clients::ui::ClientsFeature>());
    features.push_back(std::move(notes));
    features.push_back(std::make_unique<plans::ui::PlansFeature>());
    // Booking follows the plans in the Client menu: a plan is what Book the plan… books.
    features.push_back(std::move(booking));
    features.push_back(std::move(billing));
    features.push_back(std::move(reports));
    features.push_back(std::make_unique<safekeeping::ui::SafekeepingFeature>());
    return features;
}

} // namespace knotwork::gui
