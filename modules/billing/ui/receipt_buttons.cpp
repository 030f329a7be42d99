#include "billing/ui/receipt_buttons.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "billing/ui/billing_text.h"

namespace knotwork::billing::ui {

ReceiptButtons::ReceiptButtons(wxWindow* parent, ReceiptActions actions, const std::string& prefix)
    : m_parent(parent), m_actions(std::move(actions))
{
    using Action = std::function<void(wxWindow*, InvoiceId)> ReceiptActions::*;
    const struct {
        wxString label;
        const char* name;
        wxString tooltip;
        Action action;
    } kinds[] = {
        {_("&Save receipt…"), "-save-receipt", _("Save the receipt as a PDF to give to the client"),
         &ReceiptActions::save},
        {_("&Print receipt…"), "-print-receipt", _("Open the receipt in the PDF viewer to print it"),
         &ReceiptActions::print},
        {_("&Email receipt…"), "-email-receipt",
         _("Email the receipt as a PDF to the client, from the reminders' mail account"), &ReceiptActions::email},
    };
    for (const auto& kind : kinds) {
        wxButton* button = commandButton(parent, kind.label, (prefix + kind.name).c_str(), kind.tooltip);
        button->Hide();
        button->Bind(wxEVT_BUTTON,
                     [this, action = kind.action](wxCommandEvent&) { (m_actions.*action)(m_parent, m_invoice); });
        m_buttons.emplace_back(button, static_cast<bool>(m_actions.*kind.action));
    }
}

void ReceiptButtons::addTo(wxSizer& row, int gap) const
{
    // Made with their dialog, before its fields, they follow the button they sit beside in the
    // keyboard's order.
    wxWindow* before = row.IsEmpty() ? nullptr : row.GetItem(row.GetItemCount() - 1)->GetWindow();
    for (const auto& [button, offered] : m_buttons) {
        row.Add(button, wxSizerFlags().Border(wxRIGHT, gap));
        if (before)
            button->MoveAfterInTabOrder(before);
        before = button;
    }
}

bool ReceiptButtons::showFor(InvoiceId invoice)
{
    m_invoice = invoice;
    wxButton* first = nullptr;
    for (const auto& [button, offered] : m_buttons) {
        button->Show(offered);
        if (offered && !first)
            first = button;
    }
    if (first)
        first->SetFocus();
    return first != nullptr;
}

} // namespace knotwork::billing::ui
