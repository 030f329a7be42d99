#include "billing/ui/prepaid_sale_dialogs.h"

#include <charconv>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "billing/ui/billing_text.h"
#include "billing/ui/payment_rows_editor.h"
#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/settings_page.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;

namespace {

// The whole number typed in `field`, or a problem under `key`.
std::optional<int> typedWhole(const wxTextCtrl& field, const std::string& key, Validator& problems)
{
    const std::string text = trimmedText(field);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        problems.add(key, "number", toUtf8(_("Type a whole number.")));
        return std::nullopt;
    }
    return value;
}

Cents readAmount(const wxTextCtrl& field, const std::string& key, Validator& problems)
{
    Cents cents = 0;
    schedule::ui::collectProblems(problems, [&] { cents = parseMoney(trimmedText(field), key); });
    return cents;
}

} // namespace

PrepaidSaleDialog::~PrepaidSaleDialog() = default;  // after PaymentRowsEditor is complete

PrepaidSaleDialog::PrepaidSaleDialog(wxWindow* parent, BillingService& billing, ClientId client, const wxString& title,
                                     const wxString& name, ReceiptActions receipts)
    : RecordDialog(parent, title, name),
      m_billing(billing),
      m_client(client),
      m_currency(billing.settings().currency),
      m_receipts(this, std::move(receipts), "sale")
{
}

void PrepaidSaleDialog::finishLayout(FormGrid& details, const wxString& sellLabel, const wxString& sellTip,
                                     Cents owing)
{
    m_detailsBox = details.parent();
    FormGrid paid(this, _("Payment"), markers());
    m_paymentBox = paid.parent();
    m_payments = std::make_unique<PaymentRowsEditor>(m_paymentBox, markers());
    paid.addWide(m_payments->sizer());
    m_payments->startWith(owing, m_currency);
    paid.addNote(_("Paid in money: cash, card, e-transfer or cheque, split across methods with another row."));

    m_sell = commandButton(this, sellLabel, "sale-confirm", sellTip);
    m_sell->SetDefault();
    m_sell->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { sell(); });
    m_outcome = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "sale-outcome");
    labelNothing(*m_outcome);
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actions->Add(m_sell, wxSizerFlags().Border(wxRIGHT, relatedGap(*this)));
    m_receipts.addTo(*actions, relatedGap(*this));

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(details.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(paid.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(actions, wxSizerFlags().Expand());
    body->Add(m_outcome, wxSizerFlags().Expand().Border(wxTOP, relatedGap(*this)));
    setBody(body, {});
    markUnchanged();
    Fit();
    SetMinSize(GetSize());
    Centre();
}

void PrepaidSaleDialog::startPayments(Cents amount)
{
    m_payments->startWith(amount, m_currency);
    relayoutForm(*m_sell);
    makeRoom();
}

std::optional<Cents> PrepaidSaleDialog::typedAmount(const wxTextCtrl& field)
{
    Validator ignored;
    const Cents amount = readAmount(field, "amount", ignored);
    return ignored.ok() ? std::optional(amount) : std::nullopt;
}

void PrepaidSaleDialog::sell()
{
    if (m_sale || !attempt([this] { save(); }))
        return;
    showSold();
}

void PrepaidSaleDialog::save()
{
    Validator problems;
    const std::vector<PaymentDraft> drafts = m_payments->drafts(problems);
    problems.throwIfAny();  // what could not be read; the rules are the service's
    m_sale = sellWith(drafts);
}

void PrepaidSaleDialog::showSold()
{
    m_outcome->SetLabel(soldText(*m_sale));
    for (wxWindow* done : {static_cast<wxWindow*>(m_sell), m_detailsBox, m_paymentBox})
        done->Disable();
    if (!m_receipts.showFor(m_sale->invoice.id))
        FindWindow(wxID_CANCEL)->SetFocus();
    relayoutForm(*m_outcome);
    makeRoom();
}

SellPackageDialog::SellPackageDialog(wxWindow* parent, BillingService& billing, ClientId client,
                                     std::vector<schedule::Service> services, ReceiptActions receipts)
    : PrepaidSaleDialog(parent, billing, client, _("Sell a package"), "sell-package-dialog", std::move(receipts))
{
    for (schedule::Service& service : services)
        if (service.offered && service.feeCents > 0)
            m_services.push_back(std::move(service));
    FormGrid grid(this, _("Package"), markers());
    wxArrayString names;
    for (const schedule::Service& service : m_services)
        names.Add(wxString::Format(_("%s (%s a visit)"), toWx(service.name), moneyShown(service.feeCents, m_currency)));
    m_service = choiceOf(grid.parent(), names, "service", _("The service each visit of the package is"));
    grid.add(_("&Service"), m_service, FieldWidth::Natural);
    m_visits = grid.addText(_("&Visits"), "visits");
    m_visits->SetValue("5");
    m_visits->SetToolTip(_("How many visits the client prepays: 1 to 100"));
    m_price = grid.addText(_("&Price"), "price");
    m_price->SetToolTip(_("What the client pays for the package, tax included; each visit is its share"));
    grid.addNote(_("Offered at the service's fee with its tax for each visit; change the price for a discount."));
    offerPrice();
    finishLayout(grid, _("S&ell package"), _("Issue the package's invoice and record its payments, in one step"),
                 typedAmount(*m_price).value_or(0));
    m_service->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { offerPrice(); });
    m_visits->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { offerPrice(); });
    m_price->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (const std::optional<Cents> price = typedAmount(*m_price))
            startPayments(*price);
    });
}

void SellPackageDialog::offerPrice()
{
    Validator ignored;
    const std::optional<int> visits = typedWhole(*m_visits, "visits", ignored);
    if (!visits || *visits <= 0 || *visits > 100 || m_service->GetSelection() == wxNOT_FOUND)
        return;
    const schedule::Service& service = m_services.at(static_cast<std::size_t>(m_service->GetSelection()));
    const BillingSettings settings = m_billing.settings();
    const Cents tax = service.taxable && settings.chargesTax() ? taxOn(service.feeCents, settings.taxBasisPoints) : 0;
    m_price->SetValue(toWx(plainMoney(*visits * (service.feeCents + tax))));
}

PaidInvoice SellPackageDialog::sellWith(const std::vector<PaymentDraft>& payments)
{
    Validator problems;
    const std::optional<int> visits = typedWhole(*m_visits, "visits", problems);
    const Cents price = readAmount(*m_price, "price", problems);
    if (m_service->GetSelection() == wxNOT_FOUND)
        problems.add("service", "required", toUtf8(_("The practice offers no service with a fee to sell.")));
    problems.throwIfAny();
    const schedule::ServiceId service = m_services.at(static_cast<std::size_t>(m_service->GetSelection())).id;
    PackageSold sold = m_billing.sellPackage(m_client, service, *visits, price, payments);
    m_package = sold.package;
    return std::move(sold.sale);
}

wxString SellPackageDialog::soldText(const PaidInvoice& sale) const
{
    return wxString::Format(_("Sold the package %s: %s, %s paid, %s owing."), toWx(m_package->name),
                            invoiceNumberShown(sale.invoice), moneyShown(sale.paidCents(), m_currency),
                            moneyShown(sale.balanceDueCents(), m_currency));
}

SellGiftCertificateDialog::SellGiftCertificateDialog(wxWindow* parent, BillingService& billing, ClientId client,
                                                     ReceiptActions receipts)
    : PrepaidSaleDialog(parent, billing, client, _("Sell a gift certificate"), "sell-gift-dialog", std::move(receipts))
{
    FormGrid grid(this, _("Gift certificate"), markers());
    m_amount = grid.addText(_("&Amount"), "amount");
    m_amount->SetToolTip(_("What the certificate is worth; it is redeemed in part or whole and never expires"));
    m_recipient = grid.addText(_("&For"), "recipient");
    m_recipient->SetHint(_("e.g. Maya Lin"));
    m_recipient->SetToolTip(_("Whom the client gives it to (optional)"));
    grid.addNote(_("The client in view buys it. A new code is made when it is sold."));
    finishLayout(grid, _("S&ell certificate"),
                 _("Issue the certificate's invoice with a new code and record its payments, in one step"), 0);
    m_amount->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (const std::optional<Cents> amount = typedAmount(*m_amount))
            startPayments(*amount);
    });
    m_outcome->SetFont(m_outcome->GetFont().Bold().Larger());
}

PaidInvoice SellGiftCertificateDialog::sellWith(const std::vector<PaymentDraft>& payments)
{
    Validator problems;
    const Cents amount = readAmount(*m_amount, "amount", problems);
    problems.throwIfAny();
    GiftCertificateSold sold = m_billing.sellGiftCertificate(m_client, trimmedText(*m_recipient), amount, payments);
    m_certificate = sold.certificate;
    return std::move(sold.sale);
}

wxString SellGiftCertificateDialog::soldText(const PaidInvoice& sale) const
{
    const wxString worth = moneyShown(m_certificate->amountCents, m_currency);
    const wxString paid = moneyShown(sale.paidCents(), m_currency);
    return m_certificate->recipientName.empty()
               ? wxString::Format(_("Gift certificate %s: %s (%s paid)"), toWx(m_certificate->code), worth, paid)
               : wxString::Format(_("Gift certificate %s for %s: %s (%s paid)"), toWx(m_certificate->code),
                                  toWx(m_certificate->recipientName), worth, paid);
}

} // namespace knotwork::billing::ui
