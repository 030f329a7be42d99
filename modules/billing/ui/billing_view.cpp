#include "billing/ui/billing_view.h"

#include <tuple>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "billing/billing_choices.h"
#include "billing/ui/billing_text.h"
#include "common/ui/accessibility.h"
#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/schedule_text.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;
using boost::gregorian::months;

namespace {

// The income columns of the year: the four methods of money received, in MonthIncome's order.
constexpr PaymentMethod kReceived[] = {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::ETransfer,
                                       PaymentMethod::Cheque};

wxStaticText* title(wxWindow* parent, const char* name, float scale)
{
    auto* text = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, name);
    text->SetFont(text->GetFont().Scaled(scale).Bold());
    labelNothing(*text);
    return text;
}

std::vector<TextTable::Column> yearColumns()
{
    std::vector<TextTable::Column> columns{{_("Month"), 90}};
    // "Card" for "Debit or credit card": a method's full name would widen its column of figures.
    for (const PaymentMethod method : kReceived)
        columns.push_back({method == PaymentMethod::Card ? _("Card") : labelText(method), 80});
    for (const wxString& heading : {_("Received"), _("Tips"), _("Fees"), _("Prepaid sold"), _("Tax")})
        columns.push_back({heading, 80});
    return columns;
}

TextTable::Row incomeRow(const wxString& label, const MonthIncome& income, const std::string& currency)
{
    TextTable::Row row{{label}};
    for (const Cents received : income.receivedByMethod)
        row.cells.push_back(moneyShown(received, currency));
    for (const Cents amount : {income.receivedCents(), income.tipsCents, income.feesCents, income.prepaymentsCents,
                               income.taxCents})
        row.cells.push_back(moneyShown(amount, currency));
    return row;
}

} // namespace

BillingView::BillingView(wxWindow* parent, Notifier& notifier, const BillingDocuments& documents,
                         std::function<void(ClientId)> openClient)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "billing"),
      m_notifier(notifier),
      m_openClient(std::move(openClient))
{
    m_monthTitle = title(this, "billing-month", 1.2f);
    auto* previous = commandButton(this, _("← &Previous month"), "billing-previous-month", _("Show the month before"));
    auto* next = commandButton(this, _("&Next month →"), "billing-next-month", _("Show the month after"));
    previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveMonth(-1); });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveMonth(1); });
    m_list = new TextTable(this, "billing-month-invoices", _("The month's invoices"), invoiceColumns(true));
    setAccessibleDescription(*m_list, invoiceColumnsDescription());
    m_list->onActivated([this](std::size_t row) {
        if (m_openClient && row < m_invoices.size())
            m_openClient(m_invoices[row].invoice.clientId);
    });
    m_totals = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "billing-totals");
    labelNothing(*m_totals);
    m_yearTitle = title(this, "billing-year-title", 1.0f);
    m_year = new TextTable(this, "billing-year", _("Income by month and method"), yearColumns());
    setAccessibleDescription(*m_year, _("Money received each month by cash, debit or credit card, e-transfer and "
                                        "cheque, with tips, fees, prepayments sold and tax apart"));
    auto* yearButtons = new wxBoxSizer(wxHORIZONTAL);
    yearButtons->Add(m_yearTitle, wxSizerFlags(1).CentreVertical());
    for (const auto& [save, label, name, tooltip] :
         {std::tuple{documents.saveYearPdf, _("Save year as P&DF…"), "billing-year-pdf",
                     _("The year's income, tax and balances as a PDF")},
          std::tuple{documents.saveYearCsv, _("Save year as C&SV…"), "billing-year-csv",
                     _("The year's income by month and method as a spreadsheet, for the accountant")}}) {
        if (!save)
            continue;
        auto* button = commandButton(this, label, name, tooltip);
        button->Bind(wxEVT_BUTTON, [this, save](wxCommandEvent&) {
            if (!m_month.is_not_a_date())
                save(this, m_month.year());
        });
        yearButtons->Add(button, wxSizerFlags().Border(wxLEFT, relatedGap(*this)));
    }

    const int gap = relatedGap(*this);
    auto* navigation = new wxBoxSizer(wxHORIZONTAL);
    navigation->Add(m_monthTitle, wxSizerFlags(1).CentreVertical());
    navigation->Add(previous, wxSizerFlags().Border(wxRIGHT, gap));
    navigation->Add(next);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(navigation, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(m_totals, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(yearButtons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->Add(m_year, wxSizerFlags(1).Expand().Border(wxALL, gap));
    for (TextTable* table : {m_list, m_year})
        table->SetMinSize(wxSize(FromDIP(300), 4 * (GetCharHeight() + FromDIP(12))));
    SetSizer(column);
    Bind(wxEVT_SHOW, [this](wxShowEvent& event) {
        event.Skip();
        if (event.IsShown() && m_stale)
            read(Reading::MonthAndYear);
    });
}

void BillingView::setService(BillingService* service, const std::optional<Date>& today)
{
    m_billing = service;
    m_month = today ? Date(today->year(), today->month(), 1) : Date(boost::gregorian::not_a_date_time);
    reload();
}

void BillingView::moveMonth(int count)
{
    if (m_month.is_not_a_date())
        return;
    const int year = m_month.year();
    m_month += months(count);
    read(m_month.year() == year && !m_stale ? Reading::Month : Reading::MonthAndYear);
}

void BillingView::reload()
{
    m_stale = true;
    if (IsShownOnScreen())
        read(Reading::MonthAndYear);
}

void BillingView::read(Reading what)
{
    m_invoices.clear();
    YearIncome income;
    if (m_billing && !m_month.is_not_a_date())
        reportErrors(m_notifier, _("Could not read the month's invoices"), [&] {
            m_currency = m_billing->settings().currency;
            m_invoices = m_billing->invoicesIssuedBetween(m_month, m_month.end_of_month());
            if (what == Reading::MonthAndYear)
                income = m_billing->yearIncome(m_month.year());
        });
    showMonth();
    if (what == Reading::MonthAndYear) {
        showYear(income);
        m_stale = false;
    }
    Layout();
}

void BillingView::showMonth()
{
    m_monthTitle->SetLabel(m_month.is_not_a_date() ? wxString(_("Billing"))
                                                   : wxString::Format(_("Invoices of %s"),
                                                                      schedule::ui::monthTitle(m_month)));
    std::vector<TextTable::Row> rows;
    for (const PaidInvoice& paid : m_invoices) {
        rows.push_back(invoiceRow(paid, true));
    }
    m_list->setRows(std::move(rows));
    m_list->fitColumnsToContent();
    m_totals->SetLabel(totalsText());
}

wxString BillingView::totalsText() const
{
    Cents invoiced = 0;
    Cents tax = 0;
    Cents paid = 0;
    Cents owing = 0;
    int issued = 0;
    int voided = 0;
    for (const PaidInvoice& one : m_invoices) {
        if (one.invoice.isVoid()) {
            ++voided;
            continue;
        }
        ++issued;
        invoiced += one.invoice.totalCents;
        tax += one.invoice.taxCents;
        paid += one.paidCents();
        owing += one.balanceDueCents();
    }
    const wxString count = wxString::Format(wxPLURAL("%d invoice", "%d invoices", issued), issued);
    wxString text = wxString::Format(_("%s: %s invoiced (tax %s), %s paid, %s owing."), count,
                                     moneyShown(invoiced, m_currency), moneyShown(tax, m_currency),
                                     moneyShown(paid, m_currency), moneyShown(owing, m_currency));
    if (voided > 0)
        text += " " + wxString::Format(wxPLURAL("%d void.", "%d void.", voided), voided);
    return text;
}

void BillingView::showYear(const YearIncome& income)
{
    std::vector<TextTable::Row> rows;
    if (income.year > 0) {
        m_yearTitle->SetLabel(wxString::Format(_("Income of %d by month and method"), income.year));
        for (const MonthIncome& month : income.months)
            rows.push_back(incomeRow(toWxDate(Date(income.year, month.month, 1)).Format("%B"), month, m_currency));
        rows.push_back(incomeRow(_("Year"), income.total(), m_currency));
    } else {
        m_yearTitle->SetLabel(wxString());
    }
    m_year->setRows(std::move(rows));
    m_year->fitColumnsToContent();
}

} // namespace knotwork::billing::ui
