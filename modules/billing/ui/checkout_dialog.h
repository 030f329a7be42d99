#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "billing/billing_service.h"
#include "billing/ui/receipt_buttons.h"
#include "common/ui/record_dialog.h"

class wxButton;
class wxChoice;
class wxFlexGridSizer;
class wxStaticText;

namespace knotwork::billing::ui {

class PaymentRowsEditor;

// The documents billing's screens save (the app's PDF and CSV writers); an empty one is not offered.
struct BillingDocuments {
    ReceiptActions receipts;
    std::function<void(wxWindow* parent, int year)> saveYearPdf;
    std::function<void(wxWindow* parent, int year)> saveYearCsv;
    // A client's statement or US superbill for the days from `from` to `to`, as a PDF.
    using PeriodDocument = std::function<void(wxWindow* parent, ClientId client, const Date& from, const Date& to)>;
    PeriodDocument saveStatement;
    PeriodDocument saveSuperbill;
};

// Check-out after a visit: the charge the appointment gives (service, length, fee, tax, total; a
// prepaid package of the client's instead, when one covers the service), how it was paid (split
// across methods, a tip, a gift certificate's code), and Check out, which issues the invoice with
// its payments in one action. Then the receipt can be saved, printed or emailed. A refusal marks the field
// and keeps what was typed. ShowModal() gives wxID_OK once the visit was checked out.
class CheckoutDialog : public knotwork::ui::RecordDialog {
public:
    // `charge` is BillingService::chargeForVisit's for the visit; `packages` what packagesFor offers.
    CheckoutDialog(wxWindow* parent, BillingService& billing, AppointmentId visit, const Invoice& charge,
                   std::vector<Package> packages, ReceiptActions receipts);
    ~CheckoutDialog() override;

    const std::optional<PaidInvoice>& checkedOut() const { return m_checkedOut; }
    PaymentRowsEditor& payments() { return *m_payments; }
    void checkOut();

private:
    void save() override;
    void addDetail(wxWindow& box, const wxString& label, wxStaticText*& value, const char* name);
    void showCharge();
    void packageChosen();
    void showCheckedOut();
    std::optional<PackageId> chosenPackage() const;

    BillingService& m_billing;
    AppointmentId m_visit;
    Invoice m_charge;
    std::vector<Package> m_packages;
    ReceiptButtons m_receipts;
    std::optional<PaidInvoice> m_checkedOut;
    wxFlexGridSizer* m_details = nullptr;
    wxStaticText* m_service = nullptr;
    wxStaticText* m_length = nullptr;
    wxStaticText* m_fee = nullptr;
    wxStaticText* m_tax = nullptr;
    wxStaticText* m_total = nullptr;
    wxChoice* m_package = nullptr;
    wxWindow* m_paymentBox = nullptr;
    std::unique_ptr<PaymentRowsEditor> m_payments;
    wxButton* m_checkOut = nullptr;
    wxStaticText* m_outcome = nullptr;
};

} // namespace knotwork::billing::ui
