#pragma once

#include <functional>
#include <string>

#include "common/ui/record_dialog.h"

class wxTextCtrl;

namespace knotwork::gui {

// Email receipt…: the address the receipt goes to, the client's on file to start with, and Send,
// which sends it through the reminders' mail account. An address that is none is marked beside the
// field, and a server that did not take the message is said at the top; either way the dialog stays
// open with what was typed, to try again. With no mail account to send by, it says where to set one
// up and sends nothing.
class ReceiptEmailDialog : public ui::RecordDialog {
public:
    // Sends the receipt to the address; throws knotwork::Error when it was not sent.
    using Send = std::function<void(const std::string& toAddress)>;

    // `receipt` names it ("INV-000042"); `fromAddress` is the account it goes out by, or
    // `noAccount` says why there is none.
    ReceiptEmailDialog(wxWindow* parent, const wxString& receipt, const std::string& toAddress,
                       const std::string& fromAddress, const wxString& noAccount, Send send);

private:
    void save() override;

    wxTextCtrl* m_address = nullptr;
    Send m_send;
};

} // namespace knotwork::gui
