#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "billing/invoice.h"

class wxButton;
class wxSizer;
class wxWindow;

namespace knotwork::billing::ui {

// What can be done with an invoice's receipt once it is issued; an empty one is not offered.
struct ReceiptActions {
    std::function<void(wxWindow* parent, InvoiceId invoice)> save;   // "Save receipt…": a PDF
    std::function<void(wxWindow* parent, InvoiceId invoice)> print;  // "Print receipt…"
    std::function<void(wxWindow* parent, InvoiceId invoice)> email;  // "Email receipt…"
};

// The Save, Print and Email receipt buttons of a dialog that issues an invoice (a check-out, a
// sale): hidden until the invoice is issued, then acting on it; only the actions given are offered.
// They are named "<prefix>-save-receipt", "<prefix>-print-receipt" and "<prefix>-email-receipt".
class ReceiptButtons {
public:
    ReceiptButtons(wxWindow* parent, ReceiptActions actions, const std::string& prefix);
    ReceiptButtons(const ReceiptButtons&) = delete;
    ReceiptButtons& operator=(const ReceiptButtons&) = delete;

    // Adds the buttons to a row of the dialog's actions, `gap` apart.
    void addTo(wxSizer& row, int gap) const;
    // Shows the buttons offered for `invoice` and gives the first the focus; false when none is.
    bool showFor(InvoiceId invoice);

private:
    wxWindow* m_parent;
    ReceiptActions m_actions;
    InvoiceId m_invoice = 0;
    std::vector<std::pair<wxButton*, bool>> m_buttons;  // each with whether it is offered
};

} // namespace knotwork::billing::ui
