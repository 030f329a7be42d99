#pragma once

#include <memory>
#include <wx/string.h>
#include <wx/timer.h>

#include "app/mail/mail_sender.h"

namespace knotwork::gui {

class MainFrame;
class ReminderSendRun;

// The day-before reminders while the app is open (docs/REMINDERS.md): a minute after a practice
// opens, and every quarter of an hour after, when reminders are on and a visit tomorrow is due
// one, they are sent on a thread of their own (ReminderSendRun). The status bar says what was
// sent, or why not; what was not sent is tried again at the next quarter hour. Never for the demo
// practice, whose clients are made up.
class ReminderSending {
public:
    explicit ReminderSending(MainFrame& frame);
    ~ReminderSending();

    // Another practice opened (or none): waits for a sending to the one before, then starts over.
    void practiceChanged();
    void quitting();

    // The timer's work: starts sending what is due now. False when nothing was started: no
    // practice, the demo, reminders off, none due, or a sending still under way.
    bool sendDue();
    bool sending() const { return m_run != nullptr; }
    // What the status bar says of the last sending; empty while reminders are off.
    const wxString& status() const { return m_status; }
    // How long a sending may wait on the mail server (tests shorten it).
    void setTimeouts(const mail::MailTimeouts& timeouts) { m_timeouts = timeouts; }

private:
    void stopSending();
    void finishSending();
    void showStatus(const wxString& status);

    MainFrame& m_frame;
    std::unique_ptr<ReminderSendRun> m_run;
    wxTimer m_tick;
    wxTimer m_poll;
    wxString m_status;
    mail::MailTimeouts m_timeouts;
};

} // namespace knotwork::gui
