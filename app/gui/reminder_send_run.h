#pragma once

#include <filesystem>
#include <future>
#include <string>
#include <thread>

#include "app/practice/practice_location.h"
#include "app/mail/mail_sender.h"
#include "app/practice/reminder_run.h"
#include "common/clock.h"

namespace knotwork::gui {

// One sending of the day-before reminders (app::sendReminders) on a thread of its own, over its
// own connection to the practice, so the window keeps working while the mail server answers.
// Each reminder is logged in a transaction of its own as the CLI's sending logs it. Destroying it
// waits for the sending to end, which `timeouts` bound.
class ReminderSendRun {
public:
    struct Practice {
        app::PracticeLocation location;
        std::string passphrase;
        std::string actor;
        Clock clock;
    };

    ReminderSendRun(Practice practice, mail::MailTimeouts timeouts);
    ~ReminderSendRun();
    ReminderSendRun(const ReminderSendRun&) = delete;
    ReminderSendRun& operator=(const ReminderSendRun&) = delete;

    bool finished() const;
    // Once finished: what was sent and what was not, or what the sending threw (a knotwork::Error
    // when the practice could not be opened or the settings break their rules).
    app::ReminderRun outcome();

private:
    std::future<app::ReminderRun> m_outcome;
    std::thread m_worker;
};

} // namespace knotwork::gui
