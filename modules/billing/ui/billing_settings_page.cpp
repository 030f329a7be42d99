#include "billing/ui/billing_settings_page.h"

#include <cmath>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "billing/billing_choices.h"
#include "common/ui/accessibility.h"
#include "common/ui/choice_controls.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;

namespace {

constexpr double kBasisPointsPerPercent = 100.0;

} // namespace

BillingSettingsPage::BillingSettingsPage(wxWindow* parent, BillingService& billing,
                                         schedule::ui::SettingsPageHooks hooks)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "billing-settings-page"),
      m_billing(billing),
      m_hooks(std::move(hooks))
{
    FormGrid money(this, _("Fees and tax"), m_hooks.markers);
    m_currency = money.addText(_("&Currency"), "currency");
    m_currency->SetHint(_("CAD"));
    m_currency->SetToolTip(_("The three-letter code of the currency fees are charged in: CAD, USD, EUR"));
    m_taxName = money.addText(_("&Tax name"), "tax_name");
    m_taxName->SetHint(_("HST"));
    m_taxName->SetToolTip(_("Printed on invoices and receipts; leave it empty when you charge no tax"));
    m_taxRate = new NumberField(money.parent(), "tax_rate", {0, 100, 0.5, 2}, _("% (0\u2013100)"));
    money.add(_("Tax &rate"), m_taxRate, FieldWidth::Natural);
    m_taxNumber = money.addText(_("Tax &number"), "tax_number");
    m_taxNumber->SetToolTip(_("Your HST/GST registration number, printed on receipts"));
    money.addNote(_("Each service says whether it is taxable (Services tab)."));

    FormGrid receipts(this, _("Receipts"), m_hooks.markers);
    m_rules = new wxChoice(receipts.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<ReceiptRules>(),
                           0, wxDefaultValidator, "rules");
    receipts.add(_("R&ules"), m_rules, FieldWidth::Natural);
    m_wording = receipts.addText(_("Service &wording"), "service_wording");
    m_wording->SetToolTip(_("How a receipt names the service, in your college's words"));
    m_npi = receipts.addText(_("&NPI"), "npi");
    m_npi->SetToolTip(_("Your US National Provider Identifier (ten digits), printed on superbills"));
    m_nextNumber = new wxStaticText(receipts.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                    "next-invoice-number");
    labelNothing(*m_nextNumber);
    receipts.addNatural(m_nextNumber);

    schedule::ui::layOutPage(*this, {money.sizer(), receipts.sizer()}, _("&Save billing settings"),
                             "save-billing-settings", [this] { save(); });
    show(m_billing.settings());
}

void BillingSettingsPage::show(const BillingSettings& settings)
{
    m_settings = settings;
    m_currency->SetValue(toWx(settings.currency));
    m_taxName->SetValue(toWx(settings.taxName));
    m_taxRate->setValue(settings.taxBasisPoints / kBasisPointsPerPercent);
    m_taxNumber->SetValue(toWx(settings.taxNumber));
    m_rules->SetSelection(choiceIndex(settings.rules));
    m_wording->SetValue(toWx(settings.serviceWording));
    m_npi->SetValue(toWx(settings.npi));
    m_nextNumber->SetLabel(wxString::Format(_("The next invoice will be %s; numbers follow without a gap."),
                                            toWx(invoiceNumberText(settings.nextInvoiceNumber))));
}

bool BillingSettingsPage::save()
{
    BillingSettings saved;
    const bool done = m_hooks.attempt([&] {
        BillingSettings settings = m_settings;
        Validator problems;
        settings.currency = trimmedText(*m_currency);
        settings.taxName = trimmedText(*m_taxName);
        const double rate = m_taxRate->read(problems).value_or(0);
        settings.taxBasisPoints = static_cast<int>(std::lround(rate * kBasisPointsPerPercent));
        settings.taxNumber = trimmedText(*m_taxNumber);
        settings.rules = choiceAt<ReceiptRules>(m_rules->GetSelection());
        settings.serviceWording = trimmedText(*m_wording);
        settings.npi = trimmedText(*m_npi);
        problems.throwIfAny();  // what could not be read; the rules are the service's
        saved = m_billing.saveSettings(settings);
    });
    if (done)
        show(saved);
    return done;
}

} // namespace knotwork::billing::ui
