#pragma once

#include <optional>
#include <wx/panel.h>

#include "billing/billing_service.h"
#include "billing/ui/checkout_dialog.h"
#include "clients/ui/chart_tab.h"
#include "common/notifier.h"

class wxButton;
class wxStaticText;

namespace knotwork::schedule {
class ScheduleService;
}

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::billing::ui {

// The client chart's Billing tab: the client's invoices in a native list (number, date, what for,
// total, paid, balance, void), the chosen invoice's payments and refunds beneath, the balance
// owed, and the prepaid packages with visits left and the gift certificates bought with their
// balance. Take payment, Refund, Void and the receipt (save, print, email) act on the chosen
// invoice; the statement and the superbill cover a period the therapist picks; a package or a gift
// certificate is sold here.
class BillingTab : public wxPanel, public clients::ui::ChartTab {
public:
    // `changed` runs after an action saved (the other screens read the client again).
    BillingTab(wxWindow* parent, Notifier& notifier, ReceiptActions receipts, std::function<void(ClientId)> changed);

    void setService(BillingService* service) { m_billing = service; }
    // The book: its services for a package, its clock for a statement's period.
    void setSchedule(schedule::ScheduleService* schedule) { m_schedule = schedule; }
    // The statement's and the superbill's writers; empty ones are not offered.
    void setPeriodDocuments(BillingDocuments::PeriodDocument statement, BillingDocuments::PeriodDocument superbill);
    wxWindow* window() override { return this; }
    void show(const clients::ui::ChartContext& context) override;
    void clear() override;
    void reload();

    const ClientAccount& account() const { return m_account; }
    knotwork::ui::TextTable& invoices() const { return *m_invoices; }
    knotwork::ui::TextTable& payments() const { return *m_payments; }
    void takePayment();
    void refund();
    // Voids the chosen invoice with the reason `askReason` gives (empty: not voided).
    void voidChosen();
    void saveStatement();
    void saveSuperbill();
    void sellPackage();
    void sellGiftCertificate();
    using ReasonQuestion = std::function<wxString(wxWindow* parent)>;
    void setReasonQuestion(ReasonQuestion ask) { m_askReason = std::move(ask); }

private:
    void showAccount(std::optional<InvoiceId> keep);
    void showPayments();
    void enableActions();
    const PaidInvoice* chosen() const;
    void afterDialog(int result);
    // Asks for the period (the chosen invoice's visit offered first) and has `save` write it.
    void savePeriodDocument(const wxString& title, const BillingDocuments::PeriodDocument& save);

    Notifier& m_notifier;
    ReceiptActions m_receipts;
    std::function<void(ClientId)> m_changed;
    ReasonQuestion m_askReason;
    BillingService* m_billing = nullptr;
    schedule::ScheduleService* m_schedule = nullptr;
    BillingDocuments::PeriodDocument m_saveStatement;
    BillingDocuments::PeriodDocument m_saveSuperbill;
    ClientId m_client = 0;
    ClientAccount m_account;
    std::string m_currency = "CAD";
    wxStaticText* m_balance;
    knotwork::ui::TextTable* m_invoices;
    knotwork::ui::TextTable* m_payments;
    knotwork::ui::TextTable* m_prepaid;
    wxButton* m_take;
    wxButton* m_refund;
    wxButton* m_void;
    wxButton* m_receipt;
    wxButton* m_printReceipt;
    wxButton* m_emailReceipt;
    wxButton* m_statement;
    wxButton* m_superbill;
    wxButton* m_sellPackage;
    wxButton* m_sellGift;
};

} // namespace knotwork::billing::ui
