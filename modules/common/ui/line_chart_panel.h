#pragma once

#include <string>
#include <wx/panel.h>

#include "common/line_chart.h"

namespace knotwork::ui {

// "Nov 2026" in the user's locale: the month labels of charts on screen.
std::string localeMonth(const Date& firstOfMonth);

// Shows one line chart (common/line_chart.h), redrawn at the panel's size through WxCanvas: the
// same drawing the progress report prints. Tab stops on it; a screen reader hears its summary
// in words (common/chart_summary.h) as the picture's name, and the mouse finds it as a tooltip.
class LineChartPanel : public wxPanel {
public:
    LineChartPanel(wxWindow* parent, const wxString& name);

    void setChart(LineChart chart);
    const LineChart& chart() const { return m_chart; }
    const wxString& summary() const { return m_summary; }
    bool AcceptsFocus() const override { return true; }

private:
    void onPaint(wxPaintEvent& event);

    LineChart m_chart;
    wxString m_summary;
};

} // namespace knotwork::ui
