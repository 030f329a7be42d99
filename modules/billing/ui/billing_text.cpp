#include "billing/ui/billing_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "billing/billing_choices.h"
#include "common/ui/choice_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::billing::ui {

using knotwork::ui::toWx;

wxString moneyShown(Cents amount, const std::string& currency)
{
    return toWx(moneyText(amount, currency));
}

wxString invoiceWhat(const Invoice& invoice)
{
    if (invoice.lines.empty())
        return {};
    const wxString first = toWx(invoice.lines.front().description);
    if (invoice.lines.size() == 1)
        return first;
    return wxString::Format(_("%s and %zu more"), first, invoice.lines.size() - 1);
}

wxString invoiceNumberShown(const Invoice& invoice)
{
    return toWx(invoiceNumberText(invoice.number));
}

wxString paymentWhat(const Payment& payment)
{
    const wxString method = knotwork::ui::labelText(payment.method);
    if (!payment.isRefund())
        return method;
    return wxString::Format(_("Refund, %s: %s"), method, toWx(payment.reason));
}

knotwork::ui::TextTable::Row invoiceRow(const PaidInvoice& paid, bool withClient)
{
    const Invoice& invoice = paid.invoice;
    knotwork::ui::TextTable::Row row{{invoiceNumberShown(invoice), knotwork::ui::formatDate(invoice.issuedOn)}};
    if (withClient)
        row.cells.push_back(toWx(invoice.billedTo));
    for (const wxString& cell : {invoiceWhat(invoice), moneyShown(invoice.totalCents, invoice.currency),
                                 moneyShown(paid.balanceDueCents(), invoice.currency)})
        row.cells.push_back(cell);
    if (invoice.isVoid()) {
        row.colour = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
        row.struckOut = true;
    }
    return row;
}

std::vector<knotwork::ui::TextTable::Column> invoiceColumns(bool withClient)
{
    // "For" takes the room the figures leave, ending in "…" rather than push them out of sight; a
    // screen reader reads its cells whole.
    std::vector<knotwork::ui::TextTable::Column> columns{{_("Invoice"), 90}, {_("Date"), 90}};
    if (withClient)
        columns.push_back({_("Client"), 150, 200});
    for (const knotwork::ui::TextTable::Column& column :
         {knotwork::ui::TextTable::Column{_("For"), 120, 260, true}, {_("Total"), 70}, {_("Balance"), 70}})
        columns.push_back(column);
    return columns;
}

wxString invoiceColumnsDescription()
{
    return _("Each invoice's number, marked void when voided, its date, what it is for, its total and the balance "
             "still owing on it");
}

wxButton* commandButton(wxWindow* parent, const wxString& label, const char* name, const wxString& tooltip)
{
    auto* button = new wxButton(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                name);
    button->SetToolTip(tooltip);
    return button;
}

wxChoice* choiceOf(wxWindow* parent, const wxArrayString& items, const char* name, const wxString& tooltip)
{
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, items, 0, wxDefaultValidator, name);
    choice->SetSelection(items.empty() ? wxNOT_FOUND : 0);
    choice->SetToolTip(tooltip);
    return choice;
}

} // namespace knotwork::billing::ui
