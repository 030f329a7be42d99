#pragma once

#include "billing/ui/checkout_dialog.h"
#include "clients/ui/feature.h"
#include "schedule/appointment.h"
#include "schedule/ui/settings_page.h"

namespace knotwork::schedule {
class ScheduleService;
}

namespace knotwork::billing::ui {

class BillingTab;
class BillingView;

// Billing's screens in the main window: the check-out of a visit (from Today's list, the visit
// dialog, and Client › Check out… for the client in view), the client chart's Billing tab, the
// practice's Billing view and the billing page of the book's settings.
class BillingFeature : public clients::ui::Feature {
public:
    // `documents` saves an invoice's receipt and the year's report (the app's writers).
    explicit BillingFeature(BillingDocuments documents = {});

    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

    // The check-out of `visit`; a visit checked out before shows its client's Billing tab.
    void checkOut(const schedule::Appointment& visit);
    // Client › Check out…: the client in view's latest visit that took place and is not invoiced.
    void checkOutClientInView();
    // The billing page of File › Appointment book settings.
    schedule::ui::SettingsPageFactory settingsPage();

private:
    void reload();

    BillingDocuments m_documents;
    clients::ui::FeatureHost* m_host = nullptr;
    BillingService* m_billing = nullptr;
    schedule::ScheduleService* m_schedule = nullptr;
    BillingTab* m_tab = nullptr;
    BillingView* m_view = nullptr;
};

} // namespace knotwork::billing::ui
