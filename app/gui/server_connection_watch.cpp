#include "app/gui/server_connection_watch.h"

#include <chrono>
#include <wx/infobar.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "common/error.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

using namespace std::chrono_literals;
constexpr auto kCheckEvery = 3s;

} // namespace

ServerConnectionWatch::ServerConnectionWatch(MainFrame& frame, Notifier& notifier)
    : m_frame(frame), m_notifier(notifier)
{
    m_poll.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { check(); });
}

wxWindow* ServerConnectionWatch::makeBar(wxWindow* parent)
{
    m_bar = new wxInfoBar(parent);
    m_bar->SetName("server-connection-bar");
    return m_bar;
}

void ServerConnectionWatch::practiceChanged()
{
    m_poll.Stop();
    m_reconnecting = false;
    m_barText.clear();
    if (m_bar)
        m_bar->Dismiss();
    if (m_frame.onClinicServer())
        m_poll.Start(static_cast<int>(std::chrono::milliseconds(kCheckEvery).count()));
}

wxString ServerConnectionWatch::barText() const
{
    return m_bar && m_bar->IsShown() ? m_barText : wxString();
}

bool ServerConnectionWatch::connectionLost() const
{
    app::PracticeContext* practice = m_frame.practice();
    return practice && practice->database().onServer() && practice->database().connectionLost();
}

void ServerConnectionWatch::showError(const std::string& title, const std::string& message)
{
    if (!connectionLost()) {
        m_notifier.showError(title, message);
        return;
    }
    startReconnecting();
    m_notifier.showError(title, knotwork::ui::toUtf8(knotwork::ui::keptWhileReconnecting(knotwork::ui::toWx(message))));
}

void ServerConnectionWatch::showInformation(const std::string& title, const std::string& message)
{
    m_notifier.showInformation(title, message);
}

void ServerConnectionWatch::startReconnecting()
{
    if (m_reconnecting)
        return;
    m_reconnecting = true;
    showBar(_("Reconnecting to the clinic server…"), wxICON_WARNING);
}

void ServerConnectionWatch::check()
{
    if (!m_frame.onClinicServer())
        return;
    if (!m_reconnecting && !connectionLost())
        return;
    startReconnecting();
    tryAgain();
}

void ServerConnectionWatch::tryAgain()
{
    app::PracticeContext* practice = m_frame.practice();
    try {
        practice->database().reconnectIfLost();
    } catch (const Error&) {
        return;  // the server is not back yet: the next tick tries again
    }
    if (practice->database().connectionLost())
        return;  // a write or a read is under way on the old connection: it ends first
    m_reconnecting = false;
    showBar(_("Reconnected to the clinic server. Save again what did not save."), wxICON_INFORMATION);
    m_frame.reconnected();
}

void ServerConnectionWatch::showBar(const wxString& text, int icon)
{
    m_barText = text;
    if (m_bar)
        m_bar->ShowMessage(text, icon);
}

} // namespace knotwork::gui
