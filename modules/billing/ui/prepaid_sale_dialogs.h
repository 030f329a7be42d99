#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "billing/billing_service.h"
#include "billing/ui/checkout_dialog.h"
#include "common/ui/record_dialog.h"

class wxButton;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class FormGrid;
}

namespace knotwork::billing::ui {

class PaymentRowsEditor;

// A prepayment sold to the client at the desk: what is sold, how it was paid (money, split
// across methods if need be), and the sale button, which issues the sale's invoice with its
// payments in one action. Then its receipt can be saved or printed. A refusal marks the field and
// keeps what was typed. ShowModal() gives wxID_OK once it was sold.
class PrepaidSaleDialog : public knotwork::ui::RecordDialog {
public:
    ~PrepaidSaleDialog() override;

    const std::optional<PaidInvoice>& sale() const { return m_sale; }
    PaymentRowsEditor& payments() { return *m_payments; }
    void sell();

protected:
    PrepaidSaleDialog(wxWindow* parent, BillingService& billing, ClientId client, const wxString& title,
                      const wxString& name, ReceiptActions receipts);

    // Lays out the box of what is sold with the payment and the actions under it; the subclass
    // calls it once its fields are in `details`. The payment starts as one row for `owing`.
    void finishLayout(knotwork::ui::FormGrid& details, const wxString& sellLabel, const wxString& sellTip,
                      Cents owing);
    // The payment rows start again with one row for `amount`.
    void startPayments(Cents amount);
    // Sells with the payments typed; returns the sale's invoice.
    virtual PaidInvoice sellWith(const std::vector<PaymentDraft>& payments) = 0;
    // What the dialog says once sold.
    virtual wxString soldText(const PaidInvoice& sale) const = 0;
    // The amount typed in `field`, or nothing yet.
    static std::optional<Cents> typedAmount(const wxTextCtrl& field);

    BillingService& m_billing;
    ClientId m_client;
    std::string m_currency;
    wxStaticText* m_outcome = nullptr;

private:
    void save() override;
    void showSold();

    ReceiptButtons m_receipts;
    std::optional<PaidInvoice> m_sale;
    wxWindow* m_detailsBox = nullptr;
    wxWindow* m_paymentBox = nullptr;
    std::unique_ptr<PaymentRowsEditor> m_payments;
    wxButton* m_sell = nullptr;
};

// Client › Sell package…: a prepaid series of visits of one service at a price (tax included),
// offered as the service's fee with its tax for each visit.
class SellPackageDialog : public PrepaidSaleDialog {
public:
    SellPackageDialog(wxWindow* parent, BillingService& billing, ClientId client,
                      std::vector<schedule::Service> services, ReceiptActions receipts);

    const std::optional<Package>& package() const { return m_package; }

private:
    PaidInvoice sellWith(const std::vector<PaymentDraft>& payments) override;
    wxString soldText(const PaidInvoice& sale) const override;
    void offerPrice();

    std::vector<schedule::Service> m_services;
    std::optional<Package> m_package;
    wxChoice* m_service;
    wxTextCtrl* m_visits;
    wxTextCtrl* m_price;
};

// Client › Sell gift certificate…: an amount bought by the client for someone; once sold its new
// code is shown large, to write on the card or read out.
class SellGiftCertificateDialog : public PrepaidSaleDialog {
public:
    SellGiftCertificateDialog(wxWindow* parent, BillingService& billing, ClientId client, ReceiptActions receipts);

    const std::optional<GiftCertificate>& certificate() const { return m_certificate; }

private:
    PaidInvoice sellWith(const std::vector<PaymentDraft>& payments) override;
    wxString soldText(const PaidInvoice& sale) const override;

    std::optional<GiftCertificate> m_certificate;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_recipient;
};

} // namespace knotwork::billing::ui
