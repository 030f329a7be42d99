#include "reports/ui/reports_feature.h"

#include <utility>
#include <wx/intl.h>

#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "reports/ui/reports_tab.h"
#include "sharing/sharing_service.h"

namespace knotwork::reports::ui {

using clients::ui::RecordKind;

ReportsFeature::ReportsFeature(RunBatch runBatch)
    : m_runBatch(std::move(runBatch))
{
}

void ReportsFeature::install(clients::ui::FeatureHost& host)
{
    host.clients().chart().addTab(_("Reports"), [this, &host](wxWindow* parent) {
        m_tab = new ReportsTab(parent, host.notifier());
        return m_tab;
    });
    host.addView("reports", [this, &host](wxWindow* parent) {
        m_view = new ReportsView(parent, host.notifier(),
                                 {m_runBatch, [&host] { host.recordChanged({RecordKind::Report}); }});
        return m_view;
    });
    host.listen({RecordKind::Report}, [this](const clients::ui::RecordChange&) {
        m_tab->reload();
        m_view->reload();
    });
}

void ReportsFeature::practiceChanged(const ServiceSet& services)
{
    auto* sharing = services.find<sharing::SharingService>();
    m_tab->setService(sharing);
    m_view->setService(sharing);
}

} // namespace knotwork::reports::ui
