#pragma once

#include <functional>
#include <wx/string.h>

#include "common/error.h"
#include "common/notifier.h"

class wxEvtHandler;

namespace knotwork::ui {

// What an action that failed because the connection to the clinic server was lost says, before
// `detail` (the database's own words): that what was typed is kept and Knotwork reconnects.
wxString keptWhileReconnecting(const wxString& detail);
// What a failed action says on the form it came from: the error's words, worded as above when it
// is a ConnectionLostError.
wxString failureText(const Error& error);

// The event-handler boundary: runs `action`, and shows a knotwork::Error it throws under `title`
// ("Could not archive the client"). Returns whether the action went through.
bool reportErrors(Notifier& notifier, const wxString& title, const std::function<void()>& action);

// For errors met where nothing may throw or show a dialog (a list reading rows while it
// paints): a handler that shows the error under `title` once `owner`'s events are handled.
std::function<void(const Error&)> reportLater(wxEvtHandler& owner, Notifier& notifier, const wxString& title);

} // namespace knotwork::ui
