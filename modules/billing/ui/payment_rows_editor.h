#pragma once

#include <vector>

#include "billing/billing_service.h"
#include "common/ui/rows_editor.h"
#include "common/validator.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::billing::ui {

// The controls of one payment row.
struct PaymentRowControls {
    wxChoice* method;
    wxTextCtrl* amount;
    wxTextCtrl* tip;
    wxTextCtrl* reference;
    wxTextCtrl* code;
};

// A payment as typed: the amounts stay text until they are read, so a mistake stays on screen.
struct PaymentRow {
    PaymentMethod method = PaymentMethod::Card;
    wxString amount;
    wxString tip;
    wxString reference;
    wxString giftCertificateCode;
};

// The payments taken at once, one row per method (a split is a second row): how it was paid, the
// amount toward the invoice, a tip apart from it, a reference (a cheque's number, a card's last
// digits) and, for a gift certificate, its code. "Add another method" adds a row for what is left.
class PaymentRowsEditor : public knotwork::ui::RecordRowsEditor<PaymentRow, PaymentRowControls> {
public:
    PaymentRowsEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers);

    // One row of the usual method for `balance` (none when nothing is due).
    void startWith(Cents balance, const std::string& currency);
    // The payments the rows show; an amount that is not one adds a problem under its cell
    // ("payments[1].amount") and counts as nothing.
    std::vector<PaymentDraft> drafts(Validator& problems) const;
    // What is left of `total` after the amounts typed so far (never below nothing).
    Cents leftOf(Cents total) const;

    std::vector<PaymentRow> rows() const override;

private:
    void createRow(std::size_t index) override;
    PaymentRow newRow() const override;

    Cents m_total = 0;
    std::string m_currency;
};

} // namespace knotwork::billing::ui
