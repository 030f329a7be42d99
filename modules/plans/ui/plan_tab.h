#pragma once

#include <functional>
#include <optional>
#include <wx/panel.h>

#include "clients/ui/chart_tab.h"
#include "common/notifier.h"
#include "plans/plan_service.h"

class wxButton;
class wxSimplebook;
class wxStaticText;

namespace knotwork::clients::ui {
class FactSheet;
}

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::plans::ui {

// The chart's Plan tab: the client's open plan at a glance — focus, status and review date, the
// frequency phase and visits in it, what the plan asks for now (review due, goals met, the next
// phase to accept), each goal's baseline → latest → target with how far along it is, and the
// treatment and home programme. Without an open plan it offers to start one from a template.
class PlanTab : public wxPanel, public clients::ui::ChartTab {
public:
    PlanTab(wxWindow* parent, Notifier& notifier);

    void setService(PlanService* service);

    wxWindow* window() override { return this; }
    void show(const clients::ui::ChartContext& context) override;
    void clear() override;

    // Reads the client's plan again.
    void reload();
    void startPlan();
    // Opens the measure dialog for the client (beside the goals, and on the page without a plan).
    void recordMeasure();
    void editPlan();
    void changeStatus();
    // Accepts the suggested next phase from today.
    void advancePhase();

    const std::optional<PlanProgress>& shown() const { return m_progress; }
    knotwork::ui::TextTable& goalList() const { return *m_goals; }
    wxString goalDetail() const { return m_goalDetail->GetLabel(); }
    wxString remindersText() const;

    // Called after this tab started, changed or advanced a plan.
    void setChangedHandler(std::function<void()> changed) { m_changed = std::move(changed); }

private:
    wxWindow* buildPlanPage(wxWindow* parent);
    void showPlan(const PlanProgress& progress);
    // The goal of the list's row `index` in a sentence under the list.
    void showGoalDetail(std::size_t index);
    void changed();

    Notifier& m_notifier;
    PlanService* m_service = nullptr;
    ClientId m_client = 0;
    wxString m_clientName;
    bool m_archived = false;
    std::optional<PlanProgress> m_progress;
    wxSimplebook* m_book;
    wxStaticText* m_title;
    wxStaticText* m_dates;
    wxStaticText* m_frequency;
    wxStaticText* m_phase;
    wxPanel* m_reminderBox;
    wxStaticText* m_reminders;
    wxButton* m_advance;
    knotwork::ui::TextTable* m_goals;
    wxStaticText* m_goalDetail;
    std::size_t m_detailShown = 0;
    clients::ui::FactSheet* m_treatment;
    std::function<void()> m_changed;
};

} // namespace knotwork::plans::ui
