#include "billing/ui/billing_feature.h"

#include <optional>
#include <wx/intl.h>

#include "billing/billing_service.h"
#include "billing/ui/billing_settings_page.h"
#include "billing/ui/billing_tab.h"
#include "billing/ui/billing_view.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_text.h"
#include "schedule/schedule_service.h"

namespace knotwork::billing::ui {

using clients::ui::MenuPlace;
using clients::ui::RecordKind;
using knotwork::ui::reportErrors;
using knotwork::ui::toUtf8;
using schedule::Appointment;

namespace {

constexpr const char* kBillingTab = "chart-billing";

} // namespace

BillingFeature::BillingFeature(BillingDocuments documents) : m_documents(std::move(documents)) {}

void BillingFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    host.clients().chart().addTab(_("Billing"), [this, &host](wxWindow* parent) {
        m_tab = new BillingTab(parent, host.notifier(), m_documents.receipts,
                               [&host](ClientId client) { host.recordChanged({RecordKind::Billing, client}); });
        m_tab->setPeriodDocuments(m_documents.saveStatement, m_documents.saveSuperbill);
        return m_tab;
    });
    host.addView("billing", [this, &host](wxWindow* parent) {
        m_view = new BillingView(parent, host.notifier(), m_documents,
                                 [&host](ClientId client) { host.openClient(client, kBillingTab); });
        return m_view;
    });
    const clients::ui::ClientChartPanel& chart = host.clients().chart();
    host.addMenuItem({.place = MenuPlace::Client, .label = _("Check &out…"),
                      .help = _("Charge the chosen client's visit and take the payment, then give the receipt"),
                      .run = [this] { checkOutClientInView(); },
                      .enabled = [this, &chart] { return m_billing && chart.clientId() != 0; },
                      .accelerator = "Ctrl+Shift+U"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("Se&ll package…"),
                      .help = _("Sell the chosen client a prepaid series of visits of one service"),
                      .run = [this] { m_tab->sellPackage(); },
                      .enabled = [this, &chart] { return m_billing && m_schedule && chart.clientId() != 0; },
                      .accelerator = "Ctrl+Shift+V"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("Sell g&ift certificate…"),
                      .help = _("Sell the chosen client a gift certificate with a new code"),
                      .run = [this] { m_tab->sellGiftCertificate(); },
                      .enabled = [this, &chart] { return m_billing && chart.clientId() != 0; },
                      .accelerator = "Ctrl+Shift+W"});
    host.listen({RecordKind::Billing, RecordKind::Appointment, RecordKind::Client},
                [this](const clients::ui::RecordChange&) { reload(); });
}

void BillingFeature::practiceChanged(const ServiceSet& services)
{
    m_billing = services.find<BillingService>();
    m_schedule = services.find<schedule::ScheduleService>();
    m_tab->setService(m_billing);
    m_tab->setSchedule(m_schedule);
    m_view->setService(m_billing, m_schedule ? std::optional(m_schedule->clock().today()) : std::nullopt);
}

void BillingFeature::reload()
{
    m_view->reload();
    if (m_host->clients().chart().clientId() != 0)
        m_tab->reload();
}

void BillingFeature::checkOut(const Appointment& visit)
{
    if (!m_billing)
        return;
    std::optional<PaidInvoice> done;
    Invoice charge;
    std::vector<Package> packages;
    if (!reportErrors(m_host->notifier(), _("Could not check out the visit"), [&] {
            done = m_billing->invoiceForVisit(visit.id);
            if (!done) {
                charge = m_billing->chargeForVisit(visit.id);
                packages = m_billing->packagesFor(visit.id);
            }
        }))
        return;
    if (done) {
        m_host->openClient(visit.clientId, kBillingTab);
        return;
    }
    CheckoutDialog dialog(m_host->window(), *m_billing, visit.id, charge, std::move(packages), m_documents.receipts);
    if (dialog.ShowModal() == wxID_OK)
        m_host->recordChanged({RecordKind::Billing, visit.clientId});
}

void BillingFeature::checkOutClientInView()
{
    const ClientId client = m_host->clients().chart().clientId();
    if (!m_billing || !m_schedule || client == 0)
        return;
    std::optional<Appointment> latest;
    if (!reportErrors(m_host->notifier(), _("Could not check out the visit"), [&] {
            const LocalTime now = localTimeOn(m_schedule->clock().today(), m_schedule->clock().timeOfDay());
            for (const Appointment& visit : m_schedule->book().appointmentsOf(client))
                if (schedule::mayCheckOut(visit.status) && visit.start <= now && (!latest || visit.start > latest->start)
                    && !m_billing->invoiceForVisit(visit.id))
                    latest = visit;
        }))
        return;
    if (!latest) {
        m_host->notifier().showInformation(toUtf8(_("Check out")),
                                           toUtf8(_("The client has no visit to check out: mark the client arrived "
                                                    "first, or see the Billing tab for the visits invoiced.")));
        return;
    }
    checkOut(*latest);
}

schedule::ui::SettingsPageFactory BillingFeature::settingsPage()
{
    return {_("Billing"), [this](wxWindow* parent, const schedule::ui::SettingsPageHooks& hooks) -> wxWindow* {
                return m_billing ? new BillingSettingsPage(parent, *m_billing, hooks) : nullptr;
            }};
}

} // namespace knotwork::billing::ui
