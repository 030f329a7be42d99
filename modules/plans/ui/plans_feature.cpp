#include "plans/ui/plans_feature.h"

#include <wx/intl.h>

#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "plans/plan_service.h"
#include "plans/ui/plan_reminders_panel.h"
#include "plans/ui/plan_tab.h"
#include "plans/ui/progress_tab.h"

namespace knotwork::plans::ui {

using clients::ui::MenuPlace;
using clients::ui::RecordChange;
using clients::ui::RecordKind;

void PlansFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    clients::ui::ClientChartPanel& chart = host.clients().chart();
    const auto changed = [&host, &chart] { host.recordChanged({RecordKind::Plan, chart.clientId()}); };
    chart.addTab(_("Plan"), [this, &host, changed](wxWindow* parent) {
        m_planTab = new PlanTab(parent, host.notifier());
        m_planTab->setChangedHandler(changed);
        return m_planTab;
    });
    chart.addTab(_("Progress"), [this, &host, changed](wxWindow* parent) {
        m_progressTab = new ProgressTab(parent, host.notifier());
        m_progressTab->setChangedHandler(changed);
        return m_progressTab;
    });
    host.addMenuItem(
        {.place = MenuPlace::Client, .label = _("Record &measure…"),
         .help = _("Enter a questionnaire or rating the chosen client completed: NDI, HDI, PSFS, NPRS, HIT-6"),
         .run = [this] { recordMeasure(); },
         .enabled = [this, &chart] { return m_service && chart.clientId() != 0 && !chart.clientArchived(); },
         .separatorBefore = true, .accelerator = "Ctrl+M"});
    m_reminders = new PlanRemindersPanel(host.todayParent(), host.notifier(),
                                         [&host](ClientId client) { host.openClient(client, "plan-tab"); });
    host.addTodayPanel({m_reminders, [this] { return !m_reminders->reminders().empty(); }});
    // A signed note counts towards the plan's visits and its outcome measures.
    host.listen({RecordKind::Plan, RecordKind::Note}, [this](const RecordChange& change) { reload(change.client); });
    // Plans to look at are listed with the client's name, which an intake may change.
    host.listen({RecordKind::Client}, [this](const RecordChange&) { m_reminders->reload(m_service); });
}

void PlansFeature::practiceChanged(const ServiceSet& services)
{
    m_service = services.find<PlanService>();
    m_planTab->setService(m_service);
    m_progressTab->setService(m_service);
    m_reminders->reload(m_service);
}

void PlansFeature::recordMeasure()
{
    // For the client in view; the measure then shows on the Progress tab, with the charts it adds to.
    clients::ui::ClientChartPanel& chart = m_host->showClients().chart();
    if (m_progressTab->recordMeasure())
        chart.showTab("progress-tab");
}

void PlansFeature::reload(clients::ClientId client)
{
    const clients::ClientId shown = m_host->clients().chart().clientId();
    if (shown != 0 && (client == 0 || client == shown)) {  // 0: any client, changed at another desk
        m_planTab->reload();
        m_progressTab->reload();
    }
    m_reminders->reload(m_service);
}

} // namespace knotwork::plans::ui
