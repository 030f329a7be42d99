#pragma once

#include <string>
#include <wx/timer.h>

#include "common/notifier.h"

class wxInfoBar;
class wxWindow;

namespace knotwork::gui {

class MainFrame;

// The clinic server's connection as the main window watches it (issue 26, item 6), and the
// notifier the window hands its views. An action that fails because the connection is gone (the
// server restarted, the network dropped) says so in words ("What you typed is still here": a
// message box through this notifier, a record dialog's own top line); the editors keep what was
// typed, as after any failed save. Every few seconds while a practice on a server is open the
// watch looks whether the connection is gone; once it is, a bar says "Reconnecting to the clinic
// server…" while Knotwork tries again by itself, then "Reconnected", when the lists read again
// and the same Save works.
class ServerConnectionWatch final : public Notifier {
public:
    // Says everything through `notifier` (the app's).
    ServerConnectionWatch(MainFrame& frame, Notifier& notifier);

    // Makes the bar, a child of `parent` hidden until needed, and returns it for the window's sizer.
    wxWindow* makeBar(wxWindow* parent);
    // Another practice opened (or none): watches it when it is on a server.
    void practiceChanged();
    bool reconnecting() const { return m_reconnecting; }
    // What the bar says now; empty while it is hidden.
    wxString barText() const;
    // One look (and try, once the connection is gone), as the timer makes it every few seconds.
    void check();

    // Notifier
    void showError(const std::string& title, const std::string& message) override;
    void showInformation(const std::string& title, const std::string& message) override;

private:
    bool connectionLost() const;
    void startReconnecting();
    void tryAgain();
    void showBar(const wxString& text, int icon);

    MainFrame& m_frame;
    Notifier& m_notifier;
    wxInfoBar* m_bar = nullptr;
    wxString m_barText;
    wxTimer m_poll;
    bool m_reconnecting = false;
};

} // namespace knotwork::gui
