#pragma once

#include "common/ui/wx_canvas.h"
#include "reports/page_canvas.h"

class wxGraphicsContext;

namespace knotwork::reports::ui {

// A report page on screen: the chart canvas over wxGraphicsContext, plus the logo. The context
// is scaled so that one unit is one point of paper, as the PDF draws it.
class WxPageCanvas : public PageCanvas {
public:
    WxPageCanvas(wxGraphicsContext& context, const wxWindow& window);

    void fill(const Path& path, const Colour& colour) override { m_canvas.fill(path, colour); }
    void stroke(const Path& path, const Stroke& stroke) override { m_canvas.stroke(path, stroke); }
    void text(const std::string& utf8, Point at, const TextStyle& style) override { m_canvas.text(utf8, at, style); }
    double textWidth(const std::string& utf8, const TextStyle& style) override
    {
        return m_canvas.textWidth(utf8, style);
    }
    void image(const PageImage& image, const Rect& where) override;

private:
    wxGraphicsContext& m_context;
    knotwork::ui::WxCanvas m_canvas;
};

} // namespace knotwork::reports::ui
