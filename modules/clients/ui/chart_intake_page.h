#pragma once

#include "clients/ui/chart_context.h"
#include "clients/ui/fact_sheet.h"
#include "common/notifier.h"

namespace knotwork::clients::ui {

// The chart's "Intake & screening" tab, read-only and grouped as the intake interview goes:
// headache history, triggers, movements, posture, medications, health, lifestyle, pressure,
// goals; then every screening and clearance, with the clearance letters.
class ChartIntakePage : public FactSheet {
public:
    ChartIntakePage(wxWindow* parent, Notifier& notifier);
    void show(const ChartContext& context);

private:
    void addHeadacheHistory(const ChartContext& context);
    void addHealthAndLifestyle(const Intake& intake);
    void addScreenings(const ChartContext& context);
    void addClearances(const ChartContext& context);

    Notifier& m_notifier;
};

} // namespace knotwork::clients::ui
