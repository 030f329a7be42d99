#include "common/ui/line_chart_panel.h"

#include <memory>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "common/chart_summary.h"
#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"
#include "common/ui/wx_canvas.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

namespace knotwork::ui {

std::string localeMonth(const Date& firstOfMonth)
{
    const wxDateTime month(1, static_cast<wxDateTime::Month>(firstOfMonth.month().as_number() - 1),
                           static_cast<int>(firstOfMonth.year()));
    return toUtf8(month.Format("%b %Y"));
}

LineChartPanel::LineChartPanel(wxWindow* parent, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE, name)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(420, 250)));
    Bind(wxEVT_PAINT, &LineChartPanel::onPaint, this);
    redrawOnFocus(*this);  // Tab reaches the chart, so a reader hears its summary
    setAccessibleRole(*this, AccessibleRole::Image);
}

void LineChartPanel::setChart(LineChart chart)
{
    m_chart = std::move(chart);
    SetHelpText(toWx(m_chart.title));
    m_summary = toWx(describeChart(m_chart, &localeDateText));
    // Said, not shown: the eye reads the same figures off the chart, and a tooltip over the
    // whole picture would cover it at every pass of the mouse.
    setAccessibleName(*this, m_summary);
    Refresh();
}

void LineChartPanel::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> context(wxGraphicsContext::Create(dc));
    if (!context)
        return;
    WxCanvas canvas(*context, *this);
    const wxSize size = GetClientSize();
    const double margin = FromDIP(12);
    ChartStyle style;
    style.titleSize = FromDIP(14);
    style.labelSize = FromDIP(11);
    drawLineChart(canvas, {margin, margin, size.x - 2 * margin, size.y - 2 * margin}, m_chart,
                  localeMonth, style);
    drawFocusFrame(*context, *this);
}

} // namespace knotwork::ui
