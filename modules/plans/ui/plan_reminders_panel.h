#pragma once

#include <functional>
#include <vector>

#include "common/notifier.h"
#include "common/ui/short_list_panel.h"
#include "plans/plan_service.h"

namespace knotwork::plans::ui {

// "Plans to look at" on the Today view: active plans past their review date, with goals newly
// met or a next phase to accept, oldest review first, each with a button to the client's plan.
class PlanRemindersPanel : public knotwork::ui::ShortListPanel {
public:
    using OpenPlan = std::function<void(ClientId)>;

    PlanRemindersPanel(wxWindow* parent, Notifier& notifier, OpenPlan open);

    // Reads the reminders again (none without a service).
    void reload(PlanService* service);
    const std::vector<PlanReminderRow>& reminders() const { return m_reminders; }

private:
    Notifier& m_notifier;
    OpenPlan m_open;
    std::vector<PlanReminderRow> m_reminders;
};

} // namespace knotwork::plans::ui
