#include "plans/ui/plan_reminders_panel.h"

#include "common/ui/report_errors.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::plans::ui {

using knotwork::ui::toWx;

namespace {

// "Review was due 16/11/2026 · goal met: Headache days per month · ready for the next phase".
wxString whatItAsks(const PlanReminderRow& row)
{
    wxString text;
    const auto add = [&text](const wxString& part) { text += (text.empty() ? wxString() : wxString(" · ")) + part; };
    if (row.reminders.reviewDue)
        add(wxString::Format(_("review was due %s"), knotwork::ui::formatDate(row.reviewDate)));
    for (const std::string& goal : row.goalsMet)
        add(wxString::Format(_("goal met: %s"), toWx(goal)));
    if (row.reminders.suggestedPhase)
        add(_("ready for the next phase"));
    if (row.reminders.phaseVisitsDone)
        add(_("phase visits done, goals not all met"));
    return text;
}

} // namespace

PlanRemindersPanel::PlanRemindersPanel(wxWindow* parent, Notifier& notifier, OpenPlan open)
    : ShortListPanel(parent, "plan-reminders-today", _("Plans to look at"),
                     _("Plans due for review, goals met in the last four weeks, and plans ready to ease to "
                       "their next frequency.")),
      m_notifier(notifier),
      m_open(std::move(open))
{
}

void PlanRemindersPanel::reload(PlanService* service)
{
    m_reminders.clear();
    if (service)
        knotwork::ui::reportErrors(m_notifier, _("Could not list the plans to look at"),
                                  [&] { m_reminders = service->reminders(); });
    std::vector<knotwork::ui::ShortListRow> rows;
    for (const PlanReminderRow& reminder : m_reminders) {
        const wxString name = toWx(reminder.clientName);
        rows.push_back({name, whatItAsks(reminder), _("Open plan"),
                        wxString::Format("open-plan-%lld", reminder.planId),
                        wxString::Format(_("Open the treatment plan of %s"), name),
                        [this, client = reminder.clientId] { m_open(client); }});
    }
    setRows(rows);
}

} // namespace knotwork::plans::ui
