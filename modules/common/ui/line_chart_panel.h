#pragma once

#include <string>
#include <wx/panel.h>

#include "common/line_chart.h"

namespace knotwork::ui {

// "Nov 2026" in the user's locale: the month labels of charts on screen.
std::string localeMonth(const Date& firstOfMonth);

// Shows one line chart (common/line_chart.h), redrawn at the panel's size through WxCanvas: the
// same drawing the progress report prints.
class LineChartPanel : public wxPanel {
public:
    LineChartPanel(wxWindow* parent, const wxString& name);

    void setChart(LineChart chart);
    const LineChart& chart() const { return m_chart; }

private:
    void onPaint(wxPaintEvent& event);

    LineChart m_chart;
};

} // namespace knotwork::ui
