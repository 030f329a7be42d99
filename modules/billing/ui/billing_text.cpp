#include "billing/ui/billing_text.h"

#include <wx/intl.h>

#include "billing/billing_choices.h"
#include "common/ui/choice_text.h"
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

} // namespace knotwork::billing::ui
