#include "common/ui/report_errors.h"

#include <wx/event.h>

#include "common/ui/wx_text.h"

namespace knotwork::ui {

wxString keptWhileReconnecting(const wxString& detail)
{
    return _("The connection to the clinic server was lost. What you typed is still here; Knotwork is "
             "reconnecting.") + "\n\n" + detail;
}

wxString failureText(const Error& error)
{
    const wxString words = toWx(error.what());
    return dynamic_cast<const ConnectionLostError*>(&error) ? keptWhileReconnecting(words) : words;
}

bool reportErrors(Notifier& notifier, const wxString& title, const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const Error& error) {
        notifier.showError(knotwork::ui::toUtf8(title), error.what());
        return false;
    }
}

std::function<void(const Error&)> reportLater(wxEvtHandler& owner, Notifier& notifier, const wxString& title)
{
    return [&owner, &notifier, title](const Error& error) {
        owner.CallAfter([&notifier, title, message = std::string(error.what())] {
            notifier.showError(knotwork::ui::toUtf8(title), message);
        });
    };
}

} // namespace knotwork::ui
