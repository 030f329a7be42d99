#include "app/gui/receipt_email_dialog.h"

#include <wx/busyinfo.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "app/mail/mail_message.h"
#include "common/ui/form_grid.h"
#include "common/ui/form_message_bar.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

ReceiptEmailDialog::ReceiptEmailDialog(wxWindow* parent, const wxString& receipt, const std::string& toAddress,
                                       const std::string& fromAddress, const wxString& noAccount, Send send)
    : RecordDialog(parent, wxString::Format(_("Email receipt %s"), receipt), "receipt-email-dialog"),
      m_send(std::move(send))
{
    ui::FormGrid form(this, _("Send to"), markers());
    m_address = form.addText(_("&Email address"), mail::kMailToAddressField);
    m_address->ChangeValue(ui::toWx(toAddress));
    m_address->SetHint(_("e.g. client@example.org"));
    if (noAccount.empty())
        form.addNote(wxString::Format(_("The receipt goes as a PDF from %s, the account reminders go out by, and "
                                        "is logged as given once the mail server has taken it."),
                                      ui::toWx(fromAddress)));
    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags().Expand());
    setBody(body, _("&Send"));
    FindWindow(wxID_OK)->SetToolTip(_("Send the receipt now"));
    Fit();
    SetMinSize(GetSize());
    Centre();
    m_address->SetFocus();
    if (!noAccount.empty()) {
        messageBar().showError(noAccount);
        FindWindow(wxID_OK)->Disable();
        makeRoom();
    }
}

void ReceiptEmailDialog::save()
{
    const wxString address = m_address->GetValue().Strip(wxString::both);
    const wxBusyInfo sending(
        wxBusyInfoFlags().Parent(this).Text(wxString::Format(_("Sending the receipt to %s…"), address)));
    m_send(ui::toUtf8(address));
}

} // namespace knotwork::gui
