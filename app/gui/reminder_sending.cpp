#include "app/gui/reminder_sending.h"

#include <chrono>
#include <wx/intl.h>

#include "app/gui/main_frame.h"
#include "app/gui/reminder_send_run.h"
#include "app/gui/status_fields.h"
#include "app/practice/practice_context.h"
#include "app/practice/reminder_run.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

using namespace std::chrono_literals;
// Opening stays quick, and a practice closed again at once sends nothing.
constexpr auto kFirstSending = 1min;
constexpr auto kEverySending = 15min;
constexpr auto kPoll = 500ms;

int milliseconds(std::chrono::milliseconds span)
{
    return static_cast<int>(span.count());
}

wxString outcomeStatus(const app::ReminderRun& run)
{
    using Result = app::ReminderOutcome::Result;
    const int due = static_cast<int>(run.outcomes.size());
    const int sent = run.count(Result::Sent);
    if (!run.incomplete())
        return wxString::Format(wxPLURAL("Reminders: %d sent for tomorrow", "Reminders: %d sent for tomorrow", sent),
                                sent);
    const wxString sentOfDue = wxString::Format(
        wxPLURAL("Reminders: %d of %d sent", "Reminders: %d of %d sent", due), sent, due);
    const wxString reason = run.stoppedBecause.empty() ? _("a message was refused") : ui::toWx(run.stoppedBecause);
    return wxString::Format(_("%s (%s); trying again in a quarter of an hour"), sentOfDue, reason);
}

} // namespace

ReminderSending::ReminderSending(MainFrame& frame) : m_frame(frame)
{
    m_tick.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        sendDue();
        if (!m_tick.IsRunning())  // the first sending's one shot: every quarter hour from now on
            m_tick.Start(milliseconds(kEverySending));
    });
    m_poll.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_run && m_run->finished())
            finishSending();
    });
}

ReminderSending::~ReminderSending()
{
    stopSending();
}

void ReminderSending::practiceChanged()
{
    stopSending();
    showStatus({});
    if (m_frame.practice() && !m_frame.showingDemo())
        m_tick.StartOnce(milliseconds(kFirstSending));
}

void ReminderSending::quitting()
{
    stopSending();
}

void ReminderSending::stopSending()
{
    m_tick.Stop();
    m_poll.Stop();
    m_run.reset();  // waits for the mail server's answer, within the timeouts
}

bool ReminderSending::sendDue()
{
    app::PracticeContext* practice = m_frame.practice();
    if (!practice || m_frame.showingDemo() || m_run)
        return false;
    try {
        const schedule::ReminderSettings settings = practice->stores().reminders().reminderSettings();
        if (!settings.enabled) {
            showStatus({});
            return false;
        }
        if (app::remindersDue(*practice, settings, m_frame.clock()).empty())
            return false;
    } catch (const std::exception& error) {
        showStatus(wxString::Format(_("Reminders could not be sent: %s"), ui::toWx(error.what())));
        return false;
    }
    m_run = std::make_unique<ReminderSendRun>(
        ReminderSendRun::Practice{app::PracticeLocation::of(practice->database()), practice->database().passphrase(), m_frame.actor(),
                                  m_frame.clock()},
        m_timeouts);
    showStatus(_("Sending tomorrow's reminders…"));
    m_poll.Start(milliseconds(kPoll));
    return true;
}

void ReminderSending::finishSending()
{
    m_poll.Stop();
    const std::unique_ptr<ReminderSendRun> run = std::move(m_run);
    try {
        showStatus(outcomeStatus(run->outcome()));
    } catch (const std::exception& error) {
        // A thread's failure is never the end of the app: it is said like any other.
        showStatus(wxString::Format(_("Reminders could not be sent: %s"), ui::toWx(error.what())));
    }
}

void ReminderSending::showStatus(const wxString& status)
{
    m_status = status;
    showRemindersStatus(m_frame, status);
}

} // namespace knotwork::gui
