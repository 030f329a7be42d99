#include "clients/ui/clients_feature.h"

#include <wx/intl.h>

#include "clients/client_service.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "clients/ui/intake_dialog.h"
#include "clients/ui/needs_attention_panel.h"
#include "clients/ui/practice_settings_dialog.h"
#include "clients/ui/providers_dialog.h"
#include "clients/ui/welcome_dialog.h"
#include "common/ui/report_errors.h"

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
    host.listen({RecordKind::Client}, [this, &host](const RecordChange& change) {
        if (change.fromAnotherDesk) {
            host.clients().showChangeMadeElsewhere(change.client);  // this desk's own saves show already
            IntakeDialog::showChangesMadeElsewhere(change.client);
        }
        m_needsAttention->reload(m_service);
    });
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

    host.addMenuItem({.place = MenuPlace::File, .label = _("Practice &settings…"),
                      .help = _("Your practice's name, address and letterhead for reports"),
                      .run = [this] { showPracticeSettings(); }, .enabled = practiceOpen, .separatorBefore = true,
                      .accelerator = "Ctrl+,"});

    host.addMenuItem({.place = MenuPlace::Client, .label = _("&New client…"),
                      .help = _("Add a client with their intake and screening"),
                      .run = onClients(&ClientListPanel::newClient), .enabled = practiceOpen, .accelerator = "Ctrl+N"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Find client"),
                      .help = _("Search clients by name, phone or email"),
                      .run = onClients(&ClientListPanel::focusSearch), .enabled = practiceOpen,
                      .accelerator = "Ctrl+F"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Providers…"),
                      .help = _("The physical therapists, physicians and others you work with"),
                      .run = [this] { showProviders(); }, .enabled = practiceOpen, .accelerator = "Ctrl+Shift+P"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Edit intake…"),
                      .help = _("Change the chosen client's intake and screening"),
                      .run = onChart(&ClientChartPanel::editIntake), .enabled = chartOpen, .separatorBefore = true,
                      .accelerator = "Ctrl+E"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Record clearance…"),
                      .help = _("Record a provider's go-ahead for massage"),
                      .run = onChart(&ClientChartPanel::recordClearance),
                      .enabled = [&host] { return host.clients().chart().clearanceNeeded(); },
                      .accelerator = "Ctrl+Shift+L"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Consents…"),
                      .help = _("Record or revoke the chosen client's consents"),
                      .run = onChart(&ClientChartPanel::editConsents), .enabled = chartOpen,
                      .accelerator = "Ctrl+Shift+C"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Archive…"),
                      .help = _("Archive the chosen client, keeping their records"),
                      .run = onChart(&ClientChartPanel::archiveOrRestore), .enabled = chartOpen,
                      .relabel = [&host] {
                          return host.clients().chart().clientArchived() ? _("Re&store") : _("&Archive…");
                      },
                      .accelerator = "Ctrl+Shift+A"});
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
    if (dialog.ShowModal() == wxID_OK)
        m_host->recordChanged({RecordKind::Practice});  // the window's title shows the name
}

bool ClientsFeature::isNewPractice()
{
    bool isNew = false;
    knotwork::ui::reportErrors(m_host->notifier(), _("Could not read the practice settings"), [&] {
        const PracticeSettings settings = m_service->settings();
        isNew = settings.neverSaved() && settings.practiceName.empty()
             && m_service->clients().count({{}, ClientFilter::All, {}}, m_service->today()) == 0;
    });
    return isNew;
}

void ClientsFeature::practiceShown()
{
    if (!m_service || !isNewPractice())
        return;
    WelcomeDialog dialog(m_host->window(), *m_service);
    if (dialog.ShowModal() != wxID_OK)
        knotwork::ui::reportErrors(m_host->notifier(), _("Could not save the practice settings"),
                                   [this] { m_service->keepDefaultSettings(); });
    m_host->recordChanged({RecordKind::Practice});
}

} // namespace knotwork::clients::ui
