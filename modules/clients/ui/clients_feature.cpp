#include "clients/ui/clients_feature.h"

#include <wx/intl.h>

#include "clients/client_service.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "clients/ui/needs_attention_panel.h"
#include "clients/ui/practice_settings_dialog.h"
#include "clients/ui/providers_dialog.h"

namespace knotwork::clients::ui {

void ClientsFeature::install(FeatureHost& host)
{
    m_host = &host;
    m_needsAttention = new NeedsAttentionPanel(
        host.todayParent(), host.notifier(),
        {[&host](ClientId id) { host.openClient(id); },
         [&host] { host.showClients().showFilter(ClientFilter::NeedsClearance); }});
    host.addTodayPanel({m_needsAttention, [this] { return m_needsAttention->total() > 0; }, true});
    addMenuItems();
    host.listen({RecordKind::Client}, [this](const RecordChange&) { m_needsAttention->reload(m_service); });
    // A signed note is a new last visit: the chart and the list read it again (and say so).
    host.listen({RecordKind::Note}, [&host](const RecordChange&) { host.clients().chart().recordChanged(); });
}

void ClientsFeature::practiceChanged(const ServiceSet& services)
{
    m_service = services.find<ClientService>();
    m_host->clients().setService(m_service);
    m_needsAttention->reload(m_service);
}

void ClientsFeature::addMenuItems()
{
    FeatureHost& host = *m_host;
    const auto onClients = [&host](void (ClientListPanel::*action)()) {
        return [&host, action] { (host.showClients().*action)(); };
    };
    const auto onChart = [&host](void (ClientChartPanel::*action)()) {
        return [&host, action] { (host.showClients().chart().*action)(); };
    };
    const auto practiceOpen = [this] { return m_service != nullptr; };
    const auto chartOpen = [&host] { return host.clients().chart().clientId() != 0; };

    host.addMenuItem({MenuPlace::File, _("Practice &settings…"),
                      _("Your practice's name, address and letterhead for reports"),
                      [this] { showPracticeSettings(); }, practiceOpen, {}, true});

    host.addMenuItem({MenuPlace::Client, _("&New client…\tCtrl+N"), _("Add a client with their intake and screening"),
                      onClients(&ClientListPanel::newClient), practiceOpen});
    host.addMenuItem({MenuPlace::Client, _("&Find client\tCtrl+F"), _("Search clients by name, phone or email"),
                      onClients(&ClientListPanel::focusSearch), practiceOpen});
    host.addMenuItem({MenuPlace::Client, _("&Providers…"),
                      _("The physical therapists, physicians and others you work with"),
                      [this] { showProviders(); }, practiceOpen});
    host.addMenuItem({MenuPlace::Client, _("&Edit intake…\tCtrl+E"),
                      _("Change the chosen client's intake and screening"), onChart(&ClientChartPanel::editIntake),
                      chartOpen, {}, true});
    host.addMenuItem({MenuPlace::Client, _("&Record clearance…"), _("Record a provider's go-ahead for massage"),
                      onChart(&ClientChartPanel::recordClearance),
                      [&host] { return host.clients().chart().clearanceNeeded(); }});
    host.addMenuItem({MenuPlace::Client, _("&Consents…"), _("Record or revoke the chosen client's consents"),
                      onChart(&ClientChartPanel::editConsents), chartOpen});
    host.addMenuItem({MenuPlace::Client, _("&Archive…"), _("Archive the chosen client, keeping their records"),
                      onChart(&ClientChartPanel::archiveOrRestore), chartOpen, [&host] {
                          return host.clients().chart().clientArchived() ? _("Re&store") : _("&Archive…");
                      }});
}

void ClientsFeature::showProviders()
{
    if (!m_service)
        return;
    ProvidersDialog dialog(m_host->window(), *m_service, m_host->notifier());
    dialog.ShowModal();
    m_host->clients().chart().reload();  // a renamed provider shows in the chart
}

void ClientsFeature::showPracticeSettings()
{
    if (!m_service)
        return;
    PracticeSettingsDialog dialog(m_host->window(), *m_service);
    dialog.ShowModal();
}

} // namespace knotwork::clients::ui
