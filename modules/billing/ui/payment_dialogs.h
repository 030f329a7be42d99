#pragma once

#include <memory>

#include "billing/billing_service.h"
#include "common/ui/record_dialog.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::billing::ui {

class PaymentRowsEditor;

// More payments toward an invoice that is owing: the rest of a partial payment, split across
// methods if need be. Saved by BillingService::takePayments.
class TakePaymentDialog : public knotwork::ui::RecordDialog {
public:
    TakePaymentDialog(wxWindow* parent, BillingService& billing, const PaidInvoice& invoice);
    ~TakePaymentDialog() override;

    PaymentRowsEditor& payments() { return *m_payments; }

private:
    void save() override;

    BillingService& m_billing;
    InvoiceId m_invoice;
    std::unique_ptr<PaymentRowsEditor> m_payments;
};

// Money given back on an invoice: by which method, how much (no more than was paid by it), and
// why. Saved by BillingService::refund as a negative payment.
class RefundDialog : public knotwork::ui::RecordDialog {
public:
    RefundDialog(wxWindow* parent, BillingService& billing, const PaidInvoice& invoice);

private:
    void save() override;

    BillingService& m_billing;
    InvoiceId m_invoice;
    std::vector<PaymentMethod> m_methods;  // those paid on the invoice
    wxChoice* m_method;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_reason;
};

} // namespace knotwork::billing::ui
