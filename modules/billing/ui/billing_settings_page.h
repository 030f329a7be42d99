#pragma once

#include <wx/panel.h>

#include "billing/billing_service.h"
#include "schedule/ui/settings_page.h"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
}

namespace knotwork::billing::ui {

// The practice's billing settings, a page of the appointment book's settings: the currency, the
// sales tax (its name, rate and the practice's registration number), which rules the documents
// follow (Ontario's receipts, or US receipts with superbills), how a receipt names the service,
// and the therapist's NPI for superbills.
class BillingSettingsPage : public wxPanel {
public:
    BillingSettingsPage(wxWindow* parent, BillingService& billing, schedule::ui::SettingsPageHooks hooks);

    // Saves what the page shows; false (and the problems marked) when it was refused.
    bool save();

private:
    void show(const BillingSettings& settings);

    BillingService& m_billing;
    schedule::ui::SettingsPageHooks m_hooks;
    BillingSettings m_settings;
    wxTextCtrl* m_currency;
    wxTextCtrl* m_taxName;
    knotwork::ui::NumberField* m_taxRate;
    wxTextCtrl* m_taxNumber;
    wxChoice* m_rules;
    wxTextCtrl* m_wording;
    wxTextCtrl* m_npi;
    wxStaticText* m_nextNumber;
};

} // namespace knotwork::billing::ui
