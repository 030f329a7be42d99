#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/panel.h>

#include "billing/billing_service.h"
#include "billing/ui/checkout_dialog.h"
#include "common/notifier.h"

class wxButton;
class wxStaticText;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::billing::ui {

// The practice's Billing view: a month's invoices in a native list (number, date, client, what
// for, total, paid, balance, void) with the month's totals, Previous and Next month, and the
// year's report on screen: money received by month and method, tips, fees and the tax charged,
// saved as a PDF or a CSV for the accountant.
// Enter or a double click on an invoice opens its client's Billing tab.
class BillingView : public wxPanel {
public:
    // `documents` saves the year's report; `openClient` shows a client's Billing tab.
    BillingView(wxWindow* parent, Notifier& notifier, const BillingDocuments& documents,
                std::function<void(ClientId)> openClient);

    // The practice's service (none: empty); shows the month of `today`.
    void setService(BillingService* service, const std::optional<Date>& today);
    // Reads the month and the year again: now when the view is on screen, else when it is next
    // shown (the year's report takes most of a second in a large practice, and records change
    // all day while the view is hidden).
    void reload();
    // Shows the month `months` after the one shown (before it when negative).
    void moveMonth(int months);

    const Date& month() const { return m_month; }
    const std::vector<PaidInvoice>& monthInvoices() const { return m_invoices; }
    knotwork::ui::TextTable& invoiceList() const { return *m_list; }
    knotwork::ui::TextTable& yearList() const { return *m_year; }
    wxString totalsText() const;

private:
    enum class Reading { Month, MonthAndYear };
    void read(Reading what);
    void showMonth();
    void showYear(const YearIncome& income);

    Notifier& m_notifier;
    std::function<void(ClientId)> m_openClient;
    BillingService* m_billing = nullptr;
    Date m_month{boost::gregorian::not_a_date_time};  // its first day
    std::string m_currency = "CAD";
    std::vector<PaidInvoice> m_invoices;
    bool m_stale = false;  // records changed while the view was hidden
    wxStaticText* m_monthTitle;
    wxStaticText* m_totals;
    wxStaticText* m_yearTitle;
    knotwork::ui::TextTable* m_list;
    knotwork::ui::TextTable* m_year;
};

} // namespace knotwork::billing::ui
