#include "safekeeping/ui/safekeeping_feature.h"

#include <wx/intl.h>

#include "safekeeping/retention_service.h"
#include "safekeeping/ui/retention_dialog.h"

namespace knotwork::safekeeping::ui {

using clients::ui::MenuPlace;

void SafekeepingFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    host.addMenuItem({.place = MenuPlace::File, .label = _("Records past &retention…"),
                      .help = _("The clients whose records your retention rule no longer requires you to keep"),
                      .run = [this] { showRecordsPastRetention(); },
                      .enabled = [this] { return m_retention != nullptr; }, .separatorBefore = true,
                      .accelerator = "Ctrl+Shift+Y"});
}

void SafekeepingFeature::practiceChanged(const ServiceSet& services)
{
    m_retention = services.find<RetentionService>();
}

void SafekeepingFeature::showRecordsPastRetention()
{
    if (!m_retention)
        return;
    clients::ui::FeatureHost& host = *m_host;
    RetentionDialog dialog(host.window(), *m_retention, host.notifier(),
                           [&host](clients::ClientId client) { host.openClient(client); });
    dialog.ShowModal();
}

} // namespace knotwork::safekeeping::ui
