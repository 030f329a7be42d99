#include "billing/ui/checkout_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "billing/ui/billing_text.h"
#include "billing/ui/payment_rows_editor.h"
#include "common/number_text.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/titled_box.h"
#include "common/ui/wx_text.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;

CheckoutDialog::~CheckoutDialog() = default;  // after PaymentRowsEditor is complete

CheckoutDialog::CheckoutDialog(wxWindow* parent, BillingService& billing, AppointmentId visit, const Invoice& charge,
                               std::vector<Package> packages, ReceiptActions receipts)
    : RecordDialog(parent, wxString::Format(_("Check out %s"), toWx(charge.billedTo)), "checkout-dialog"),
      m_billing(billing),
      m_visit(visit),
      m_charge(charge),
      m_packages(std::move(packages)),
      m_receipts(this, std::move(receipts), "checkout")
{
    wxStaticBoxSizer* chargeBox = titledBox(this, _("Charge"));
    wxWindow* box = chargeBox->GetStaticBox();
    m_details = new wxFlexGridSizer(2, FromDIP(6), FromDIP(16));
    addDetail(*box, _("Service:"), m_service, "checkout-service");
    addDetail(*box, _("Length:"), m_length, "checkout-length");
    addDetail(*box, _("Fee:"), m_fee, "checkout-fee");
    addDetail(*box, _("Tax:"), m_tax, "checkout-tax");
    addDetail(*box, _("Total:"), m_total, "checkout-total");
    m_total->SetFont(m_total->GetFont().Bold());
    chargeBox->Add(m_details, wxSizerFlags().Border(wxALL, relatedGap(*this)));
    if (!m_packages.empty()) {
        wxArrayString ways;
        ways.Add(_("Paid today"));
        for (const Package& package : m_packages)
            ways.Add(wxString::Format(_("From the package %s (%d left)"), toWx(package.name), package.visitsLeft()));
        auto* label = new wxStaticText(box, wxID_ANY, _("&Visit paid:"));
        m_package = choiceOf(box, ways, "checkout-package",
                             _("A visit from a prepaid package is invoiced at its share of the price and paid from it"));
        labelControl(*label, *m_package);
        m_package->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { packageChosen(); });
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(label, wxSizerFlags().CentreVertical().Border(wxRIGHT, relatedGap(*this)));
        row->Add(m_package);
        chargeBox->Add(row, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, relatedGap(*this)));
    }

    FormGrid paid(this, _("Payment"), markers());
    m_paymentBox = paid.parent();
    m_payments = std::make_unique<PaymentRowsEditor>(m_paymentBox, markers());
    paid.addWide(m_payments->sizer());
    paid.addNote(_("Split a payment across methods with another row. A tip is kept apart from the invoice."));

    m_checkOut = commandButton(this, _("Check &out"), "checkout-confirm",
                               _("Issue the invoice and record its payments, in one step"));
    m_checkOut->SetDefault();
    m_checkOut->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { checkOut(); });
    m_outcome = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "checkout-outcome");
    labelNothing(*m_outcome);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actions->Add(m_checkOut, wxSizerFlags().Border(wxRIGHT, relatedGap(*this)));
    m_receipts.addTo(*actions, relatedGap(*this));

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(chargeBox, wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(paid.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(actions, wxSizerFlags().Expand());
    body->Add(m_outcome, wxSizerFlags().Expand().Border(wxTOP, relatedGap(*this)));
    showCharge();
    setBody(body, {});
    Fit();
    SetMinSize(GetSize());
    Centre();
}

void CheckoutDialog::addDetail(wxWindow& box, const wxString& label, wxStaticText*& value, const char* name)
{
    auto* caption = new wxStaticText(&box, wxID_ANY, label);
    value = new wxStaticText(&box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, name);
    labelNothing(*caption);
    labelNothing(*value);
    m_details->Add(caption);
    m_details->Add(value);
}

void CheckoutDialog::showCharge()
{
    const InvoiceLine line = m_charge.lines.empty() ? InvoiceLine{} : m_charge.lines.front();
    m_service->SetLabel(invoiceWhat(m_charge));
    m_length->SetLabel(line.minutes > 0 ? wxString::Format(_("%d min"), line.minutes) : wxString(_("—")));
    m_fee->SetLabel(moneyShown(m_charge.subtotalCents, m_charge.currency));
    m_tax->SetLabel(m_charge.taxName.empty()
                        ? wxString(_("none"))
                        : wxString::Format(_("%s %s (%s %%)"), toWx(m_charge.taxName),
                                           moneyShown(m_charge.taxCents, m_charge.currency),
                                           toWx(numberText(m_charge.taxBasisPoints / 100.0))));
    m_total->SetLabel(moneyShown(m_charge.totalCents, m_charge.currency));
    m_payments->startWith(chosenPackage() ? 0 : m_charge.totalCents, m_charge.currency);
    relayoutForm(*m_total);
}

std::optional<PackageId> CheckoutDialog::chosenPackage() const
{
    if (!m_package || m_package->GetSelection() <= 0)
        return std::nullopt;
    return m_packages.at(static_cast<std::size_t>(m_package->GetSelection() - 1)).id;
}

void CheckoutDialog::packageChosen()
{
    attempt([this] { m_charge = m_billing.chargeForVisit(m_visit, chosenPackage()); });
    markUnchanged();
    showCharge();
}

void CheckoutDialog::checkOut()
{
    if (m_checkedOut)
        return;
    if (!attempt([this] { save(); }))
        return;
    showCheckedOut();
}

void CheckoutDialog::save()
{
    Validator problems;
    const std::vector<PaymentDraft> drafts = m_payments->drafts(problems);
    problems.throwIfAny();  // what could not be read; the rules are the service's
    m_checkedOut = m_billing.checkOut(m_visit, drafts, chosenPackage());
}

void CheckoutDialog::showCheckedOut()
{
    const PaidInvoice& done = *m_checkedOut;
    const std::string& currency = done.invoice.currency;
    m_outcome->SetLabel(wxString::Format(_("Checked out: %s, %s paid, %s owing."), invoiceNumberShown(done.invoice),
                                         moneyShown(done.paidCents(), currency),
                                         moneyShown(done.balanceDueCents(), currency)));
    m_checkOut->Disable();
    m_paymentBox->Disable();
    if (m_package)
        m_package->Disable();
    if (!m_receipts.showFor(done.invoice.id))
        FindWindow(wxID_CANCEL)->SetFocus();
    relayoutForm(*m_outcome);
    makeRoom();
}

} // namespace knotwork::billing::ui
