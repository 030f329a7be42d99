#include "billing/ui/payment_dialogs.h"

#include <algorithm>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "billing/billing_choices.h"
#include "billing/ui/billing_text.h"
#include "billing/ui/payment_rows_editor.h"
#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/settings_page.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;

namespace {

// A dialog's one box as its body, sized to show it whole.
void layOut(RecordDialog& dialog, FormGrid& grid, const std::function<void(wxSizer*)>& setBody)
{
    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(grid.sizer(), wxSizerFlags().Expand());
    setBody(body);
    dialog.Fit();
    dialog.SetMinSize(dialog.GetSize());
    dialog.Centre();
}

wxString owingLine(const PaidInvoice& invoice)
{
    return wxString::Format(_("%s, %s: %s owing of %s."), invoiceNumberShown(invoice.invoice),
                            invoiceWhat(invoice.invoice),
                            moneyShown(invoice.balanceDueCents(), invoice.invoice.currency),
                            moneyShown(invoice.invoice.totalCents, invoice.invoice.currency));
}

} // namespace

TakePaymentDialog::~TakePaymentDialog() = default;  // after PaymentRowsEditor is complete

TakePaymentDialog::TakePaymentDialog(wxWindow* parent, BillingService& billing, const PaidInvoice& invoice)
    : RecordDialog(parent, _("Take a payment"), "take-payment-dialog"), m_billing(billing), m_invoice(invoice.invoice.id)
{
    FormGrid grid(this, _("Payment"), markers());
    grid.addNote(owingLine(invoice));
    m_payments = std::make_unique<PaymentRowsEditor>(grid.parent(), markers());
    grid.addWide(m_payments->sizer());
    m_payments->startWith(invoice.balanceDueCents(), invoice.invoice.currency);
    markUnchanged();
    layOut(*this, grid, [this](wxSizer* body) { setBody(body, _("&Take payment")); });
}

void TakePaymentDialog::save()
{
    Validator problems;
    const std::vector<PaymentDraft> drafts = m_payments->drafts(problems);
    problems.throwIfAny();
    m_billing.takePayments(m_invoice, drafts);
}

RefundDialog::RefundDialog(wxWindow* parent, BillingService& billing, const PaidInvoice& invoice)
    : RecordDialog(parent, _("Refund"), "refund-dialog"), m_billing(billing), m_invoice(invoice.invoice.id)
{
    FormGrid grid(this, _("Refund"), markers());
    grid.addNote(wxString::Format(_("%s: %s paid."), invoiceNumberShown(invoice.invoice),
                                  moneyShown(invoice.paidCents(), invoice.invoice.currency)));
    wxArrayString labels;
    for (const Payment& payment : invoice.payments)
        if (!payment.isRefund() && std::ranges::find(m_methods, payment.method) == m_methods.end()) {
            m_methods.push_back(payment.method);
            labels.Add(labelText(payment.method));
        }
    m_method = choiceOf(grid.parent(), labels, "method",
                        _("Given back the way it was paid; to a gift certificate or package, its value returns to it"));
    grid.add(_("&Given back by"), m_method, FieldWidth::Natural);
    m_amount = grid.addText(_("&Amount"), "amount");
    m_amount->SetValue(toWx(plainMoney(invoice.paidCents())));
    m_reason = grid.addText(_("&Reason"), "reason");
    m_reason->SetHint(_("e.g. charged twice"));
    markUnchanged();
    layOut(*this, grid, [this](wxSizer* body) { setBody(body, _("&Refund")); });
}

void RefundDialog::save()
{
    Validator problems;
    Cents amount = 0;
    schedule::ui::collectProblems(problems, [&] { amount = parseMoney(trimmedText(*m_amount), "amount"); });
    if (m_method->GetSelection() == wxNOT_FOUND)
        problems.add("method", "required", toUtf8(_("Nothing was paid on this invoice to give back.")));
    problems.throwIfAny();
    m_billing.refund(m_invoice, m_methods.at(static_cast<std::size_t>(m_method->GetSelection())), amount,
                     trimmedText(*m_reason));
}

} // namespace knotwork::billing::ui
