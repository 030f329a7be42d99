#include "billing/ui/billing_tab.h"

#include <array>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/wrapsizer.h>

#include "billing/billing_choices.h"
#include "billing/ui/billing_text.h"
#include "billing/ui/payment_dialogs.h"
#include "billing/ui/period_dialog.h"
#include "billing/ui/prepaid_sale_dialogs.h"
#include "common/ui/accessibility.h"
#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "schedule/schedule_service.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;

namespace {

wxString askVoidReason(wxWindow* parent)
{
    wxTextEntryDialog ask(parent, _("Why is the invoice voided? It stays on record, marked void with the reason."),
                          _("Void the invoice"));
    ask.SetName("void-reason");
    return ask.ShowModal() == wxID_OK ? ask.GetValue().Strip(wxString::both) : wxString();
}

wxStaticText* heading(wxWindow* parent, const wxString& text)
{
    auto* title = new wxStaticText(parent, wxID_ANY, text);
    labelNothing(*title);
    return title;
}

} // namespace

BillingTab::BillingTab(wxWindow* parent, Notifier& notifier, ReceiptActions receipts,
                       std::function<void(ClientId)> changed)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "chart-billing"),
      m_notifier(notifier),
      m_receipts(std::move(receipts)),
      m_changed(std::move(changed)),
      m_askReason(askVoidReason)
{
    m_balance = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "billing-balance");
    m_balance->SetFont(m_balance->GetFont().Bold());
    labelNothing(*m_balance);
    m_invoices = new TextTable(this, "billing-invoices", _("Invoices"), invoiceColumns(false));
    setAccessibleDescription(*m_invoices, invoiceColumnsDescription());
    m_payments = new TextTable(this, "billing-payments", _("Payments of the chosen invoice"),
                               {{_("Date"), 90}, {_("How"), 200, 220}, {_("Amount"), 70}, {_("Tip"), 60},
                                {_("Reference"), 120}});
    m_prepaid = new TextTable(this, "billing-prepaid", _("Packages and gift certificates"),
                              {{_("Prepaid"), 200, 280}, {_("Left"), 100}, {_("Paid"), 70}, {_("Bought"), 90}});
    m_take = commandButton(this, _("Take &payment…"), "billing-take-payment",
                           _("Record more of what the chosen invoice is owed"));
    m_refund = commandButton(this, _("Re&fund…"), "billing-refund",
                             _("Give money back on the chosen invoice, with the reason"));
    m_void = commandButton(this, _("&Void…"), "billing-void",
                           _("Void the chosen invoice, with nothing paid on it: it stays on record, marked void"));
    m_receipt = commandButton(this, _("Save &receipt…"), "billing-save-receipt",
                              _("The chosen invoice's receipt as a PDF; a copy after the first says DUPLICATE"));
    m_printReceipt = commandButton(this, _("Pr&int receipt…"), "billing-print-receipt",
                                   _("Open the chosen invoice's receipt in the PDF viewer to print it"));
    m_emailReceipt = commandButton(this, _("E&mail receipt…"), "billing-email-receipt",
                                   _("Email the chosen invoice's receipt as a PDF, from the reminders' mail account"));
    m_take->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { takePayment(); });
    m_refund->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refund(); });
    m_void->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { voidChosen(); });
    for (const auto& [button, action] : {std::pair{m_receipt, &ReceiptActions::save},
                                         std::pair{m_printReceipt, &ReceiptActions::print},
                                         std::pair{m_emailReceipt, &ReceiptActions::email}}) {
        button->Show(static_cast<bool>(m_receipts.*action));
        button->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) {
            if (const PaidInvoice* invoice = chosen())
                (m_receipts.*action)(this, invoice->invoice.id);
        });
    }
    m_statement = commandButton(this, _("S&tatement…"), "billing-statement",
                                _("The client's charges and payments for a period, with the balance, as a PDF"));
    m_superbill = commandButton(this, _("Super&bill…"), "billing-superbill",
                                _("The US superbill for the client's visits in a period: CPT codes and units, the "
                                  "provider's ICD-10 codes, your NPI"));
    m_sellPackage = commandButton(this, _("Se&ll package…"), "billing-sell-package",
                                  _("Sell the client a prepaid series of visits of one service"));
    m_sellGift = commandButton(this, _("Sell &gift certificate…"), "billing-sell-gift",
                               _("Sell the client a gift certificate with a new code"));
    m_statement->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveStatement(); });
    m_superbill->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveSuperbill(); });
    m_sellPackage->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { sellPackage(); });
    m_sellGift->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { sellGiftCertificate(); });
    m_invoices->onSelectionChanged([this] {
        showPayments();
        enableActions();
    });

    const int gap = relatedGap(*this);
    // The buttons wrap on a narrow chart rather than shrinking.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    for (wxButton* button : {m_take, m_refund, m_void, m_receipt, m_printReceipt, m_emailReceipt})
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap));
    // The account's documents beside its balance; the sales under what was prepaid.
    auto* account = new wxWrapSizer(wxHORIZONTAL);
    account->Add(m_balance, wxSizerFlags().CentreVertical().Border(wxRIGHT | wxBOTTOM, 2 * gap));
    auto* sales = new wxWrapSizer(wxHORIZONTAL);
    for (const auto& [row, members] : {std::pair{account, std::array{m_statement, m_superbill}},
                                       std::pair{sales, std::array{m_sellPackage, m_sellGift}}})
        for (wxButton* button : members)
            row->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(account, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->Add(m_invoices, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    // The chosen invoice's payments, then what the client has prepaid, under the invoices.
    for (const auto& [title, table] : {std::pair{_("Payments:"), m_payments},
                                       std::pair{_("Packages and gift certificates:"), m_prepaid}}) {
        column->Add(heading(this, title), wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
        column->Add(table, wxSizerFlags(1).Expand().Border(wxALL, gap));
    }
    column->Add(sales, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    for (TextTable* table : {m_invoices, m_payments, m_prepaid})
        table->SetMinSize(wxSize(FromDIP(200), 2 * (GetCharHeight() + FromDIP(12))));
    SetSizer(column);
    enableActions();
}

void BillingTab::show(const clients::ui::ChartContext& context)
{
    m_client = context.chart.client.id;
    reload();
}

void BillingTab::clear()
{
    m_client = 0;
    m_account = {};
    showAccount({});
}

void BillingTab::reload()
{
    // The invoice chosen stays chosen when the account is read again after an action.
    const PaidInvoice* before = chosen();
    const std::optional<InvoiceId> keep = before ? std::optional(before->invoice.id) : std::nullopt;
    m_account = {};
    if (m_billing && m_client != 0)
        reportErrors(m_notifier, _("Could not read the client's billing"), [this] {
            m_account = m_billing->account(m_client);
            m_currency = m_billing->settings().currency;
        });
    showAccount(keep);
}

void BillingTab::showAccount(std::optional<InvoiceId> keep)
{
    const std::string& currency = m_currency;
    const Cents balance = m_account.balanceCents;
    m_balance->SetLabel(balance > 0   ? wxString::Format(_("Owes %s"), moneyShown(balance, currency))
                        : balance < 0 ? wxString::Format(_("In credit: %s"), moneyShown(-balance, currency))
                                      : wxString(_("Nothing owing")));
    std::vector<TextTable::Row> rows;
    for (const PaidInvoice& paid : m_account.invoices) {
        rows.push_back(invoiceRow(paid, false));
    }
    m_invoices->setRows(std::move(rows));
    m_invoices->fitColumnsToContent();
    for (std::size_t i = 0; keep && i < m_account.invoices.size(); ++i)
        if (m_account.invoices[i].invoice.id == *keep)
            m_invoices->selectRow(i);

    std::vector<TextTable::Row> prepaid;
    for (const Package& package : m_account.packages)
        prepaid.push_back({{toWx(package.name),
                            wxString::Format(wxPLURAL("%d visit of %d", "%d visits of %d", package.visitsLeft()),
                                             package.visitsLeft(), package.visits),
                            moneyShown(package.priceCents, currency), formatDate(package.soldOn)}});
    for (const GiftCertificate& certificate : m_account.giftCertificatesBought)
        prepaid.push_back({{wxString::Format(_("Gift certificate %s for %s"), toWx(certificate.code),
                                             toWx(certificate.recipientName)),
                            moneyShown(certificate.balanceCents(), currency),
                            moneyShown(certificate.amountCents, currency), formatDate(certificate.soldOn)}});
    m_prepaid->setRows(std::move(prepaid));
    m_prepaid->fitColumnsToContent();
    showPayments();
    enableActions();
    Layout();
}

void BillingTab::showPayments()
{
    std::vector<TextTable::Row> rows;
    if (const PaidInvoice* invoice = chosen())
        for (const Payment& payment : invoice->payments)
            rows.push_back({{formatDate(payment.receivedOn), paymentWhat(payment),
                             moneyShown(payment.amountCents, invoice->invoice.currency),
                             payment.tipCents ? moneyShown(payment.tipCents, invoice->invoice.currency) : wxString(),
                             toWx(payment.reference)}});
    m_payments->setRows(std::move(rows));
    m_payments->fitColumnsToContent();
}

const PaidInvoice* BillingTab::chosen() const
{
    const auto row = m_invoices->selectedRow();
    return row && *row < m_account.invoices.size() ? &m_account.invoices[*row] : nullptr;
}

void BillingTab::enableActions()
{
    const PaidInvoice* invoice = chosen();
    const bool issued = invoice && !invoice->invoice.isVoid();
    m_take->Enable(issued && invoice->balanceDueCents() > 0);
    m_refund->Enable(issued && invoice->paidCents() > 0);
    m_void->Enable(issued && invoice->paidCents() == 0);
    for (wxButton* button : {m_receipt, m_printReceipt, m_emailReceipt})
        button->Enable(issued);
    const bool client = m_billing && m_client != 0;
    m_statement->Enable(client && m_schedule && m_saveStatement);
    m_superbill->Enable(client && m_schedule && m_saveSuperbill);
    m_sellPackage->Enable(client && m_schedule);
    m_sellGift->Enable(client);
}

void BillingTab::afterDialog(int result)
{
    if (result != wxID_OK)
        return;
    reload();
    if (m_changed)
        m_changed(m_client);
}

void BillingTab::takePayment()
{
    if (const PaidInvoice* invoice = chosen(); invoice && m_billing) {
        TakePaymentDialog dialog(this, *m_billing, *invoice);
        afterDialog(dialog.ShowModal());
    }
}

void BillingTab::refund()
{
    if (const PaidInvoice* invoice = chosen(); invoice && m_billing) {
        RefundDialog dialog(this, *m_billing, *invoice);
        afterDialog(dialog.ShowModal());
    }
}

void BillingTab::voidChosen()
{
    const PaidInvoice* invoice = chosen();
    if (!invoice || !m_billing)
        return;
    const wxString reason = m_askReason(this);
    if (reason.empty())
        return;
    const InvoiceId id = invoice->invoice.id;
    if (reportErrors(m_notifier, _("Could not void the invoice"),
                     [&] { m_billing->voidInvoice(id, toUtf8(reason)); }))
        afterDialog(wxID_OK);
}

void BillingTab::setPeriodDocuments(BillingDocuments::PeriodDocument statement,
                                    BillingDocuments::PeriodDocument superbill)
{
    m_saveStatement = std::move(statement);
    m_saveSuperbill = std::move(superbill);
    m_statement->Show(static_cast<bool>(m_saveStatement));
    m_superbill->Show(static_cast<bool>(m_saveSuperbill));
    enableActions();
    Layout();
}

void BillingTab::savePeriodDocument(const wxString& title, const BillingDocuments::PeriodDocument& save)
{
    if (!save || !m_schedule || m_client == 0)
        return;
    std::optional<Date> visitDay;
    if (const PaidInvoice* invoice = chosen(); invoice && !invoice->invoice.lines.empty())
        visitDay = invoice->invoice.lines.front().serviceDate;
    PeriodDialog ask(this, title, _("&Save…"), m_schedule->clock().today(), visitDay);
    if (ask.ShowModal() != wxID_OK)
        return;
    const PeriodDialog::Period period = ask.period();
    save(this, m_client, period.from, period.to);
}

void BillingTab::saveStatement()
{
    savePeriodDocument(_("Save a statement"), m_saveStatement);
}

void BillingTab::saveSuperbill()
{
    if (!m_saveSuperbill)
        return;
    // An insurer pays on no superbill without its codes: what it lacks is named, nothing saved.
    savePeriodDocument(_("Save a superbill"), [this](wxWindow* parent, ClientId client, const Date& from,
                                                     const Date& to) {
        std::vector<std::string> missing;
        if (!reportErrors(m_notifier, _("Could not save the superbill"),
                          [&] { missing = missingFromSuperbill(m_billing->superbill(client, from, to)); }))
            return;
        if (missing.empty()) {
            m_saveSuperbill(parent, client, from, to);
            return;
        }
        wxString needs;
        for (const std::string& what : missing)
            needs += wxString::FromUTF8("\n• ") + toWx(what);
        m_notifier.showInformation(toUtf8(_("Superbill")),
                                   toUtf8(wxString::Format(_("The superbill was not saved. It needs:%s"), needs)));
    });
}

void BillingTab::sellPackage()
{
    if (!m_billing || !m_schedule || m_client == 0)
        return;
    std::vector<schedule::Service> services;
    if (!reportErrors(m_notifier, _("Could not read the services"),
                      [&] { services = m_schedule->book().services(); }))
        return;
    SellPackageDialog dialog(this, *m_billing, m_client, std::move(services), m_receipts);
    afterDialog(dialog.ShowModal());
}

void BillingTab::sellGiftCertificate()
{
    if (!m_billing || m_client == 0)
        return;
    SellGiftCertificateDialog dialog(this, *m_billing, m_client, m_receipts);
    afterDialog(dialog.ShowModal());
}

} // namespace knotwork::billing::ui
