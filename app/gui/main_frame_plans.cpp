// MainFrame's treatment plans: the chart's Plan and Progress tabs, and keeping them, the Today
// view's plan reminders and the chart in step when a plan, a measure or a signed note changes.
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "app/practice/practice_context.h"
#include "app/gui/main_frame.h"
#include "app/gui/today_view.h"
#include "plans/ui/plan_tab.h"
#include "plans/ui/progress_tab.h"

namespace knotwork::gui {

void MainFrame::buildPlans()
{
    clients::ui::ClientChartPanel& chart = m_pages.clients->chart();
    chart.addTab(_("Plan"), [this](wxWindow* parent) {
        m_planTab = new plans::ui::PlanTab(parent, m_notifier);
        m_planTab->setChangedHandler([this] { planChanged(m_pages.clients->chart().clientId()); });
        return m_planTab;
    });
    chart.addTab(_("Progress"), [this](wxWindow* parent) {
        m_progressTab = new plans::ui::ProgressTab(parent, m_notifier);
        m_progressTab->setChangedHandler([this] { planChanged(m_pages.clients->chart().clientId()); });
        return m_progressTab;
    });
}

plans::PlanService* MainFrame::planService()
{
    return m_practice ? &m_practice->planService() : nullptr;
}

void MainFrame::setPlanServices(plans::PlanService* service)
{
    m_planTab->setService(service);
    m_progressTab->setService(service);
}

void MainFrame::openPlan(clients::ClientId client)
{
    openClient(client);
    m_pages.clients->chart().showTab("plan-tab");
}

void MainFrame::planChanged(clients::ClientId client)
{
    if (m_pages.clients->chart().clientId() == client) {
        m_planTab->reload();
        m_progressTab->reload();
    }
    m_pages.today->reloadPlanReminders(planService());
}

} // namespace knotwork::gui
