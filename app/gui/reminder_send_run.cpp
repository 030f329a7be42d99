#include "app/gui/reminder_send_run.h"

#include <chrono>
#include <memory>

#include "app/mail/password_store.h"
#include "app/practice/practice_context.h"

namespace knotwork::gui {

ReminderSendRun::ReminderSendRun(Practice practice, mail::MailTimeouts timeouts)
{
    std::packaged_task<app::ReminderRun()> task([practice = std::move(practice), timeouts] {
        const std::unique_ptr<app::PracticeContext> opened = app::openPracticeAt(
            practice.location, db::OpenMode::ExistingOnly, practice.actor, practice.clock, practice.passphrase);
        app::PracticeContext& context = *opened;
        const schedule::ReminderSettings settings = context.stores().reminders().reminderSettings();
        const std::unique_ptr<mail::PasswordStore> passwords = mail::openPasswordStore();
        return app::sendReminders(context, settings, *passwords, practice.clock, app::ReminderMode::Send, timeouts);
    });
    m_outcome = task.get_future();
    m_worker = std::thread(std::move(task));
}

ReminderSendRun::~ReminderSendRun()
{
    m_worker.join();
}

bool ReminderSendRun::finished() const
{
    return m_outcome.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
}

app::ReminderRun ReminderSendRun::outcome()
{
    return m_outcome.get();
}

} // namespace knotwork::gui
