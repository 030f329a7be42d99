#pragma once

#include "clients/ui/chart_context.h"
#include "clients/ui/fact_sheet.h"
#include "common/notifier.h"

namespace knotwork::clients::ui {

// The chart's "Documents" tab: the files kept with the client's record (clearance letters),
// each to open or save a copy of.
class ChartDocumentsPage : public FactSheet {
public:
    ChartDocumentsPage(wxWindow* parent, Notifier& notifier);
    void show(const ChartContext& context);

private:
    Notifier& m_notifier;
};

} // namespace knotwork::clients::ui
