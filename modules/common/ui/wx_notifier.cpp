#include "common/ui/wx_notifier.h"

#include <wx/msgdlg.h>

#include "common/ui/wx_text.h"

namespace knotwork::ui {

void WxNotifier::showError(const std::string& title, const std::string& message)
{
    wxMessageBox(toWx(message), toWx(title), wxOK | wxICON_ERROR);
}

void WxNotifier::showInformation(const std::string& title, const std::string& message)
{
    wxMessageBox(toWx(message), toWx(title), wxOK | wxICON_INFORMATION);
}

} // namespace knotwork::ui
