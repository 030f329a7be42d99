#pragma once

#include <memory>

#include "common/canvas.h"

class wxGraphicsContext;
class wxGraphicsPath;
class wxWindow;

namespace knotwork::ui {

// The Canvas over a wxGraphicsContext (antialiased): how charts drawn once for screen and paper
// reach a window. Text uses `window`'s font family at the sizes the chart asks for.
class WxCanvas : public Canvas {
public:
    WxCanvas(wxGraphicsContext& context, const wxWindow& window);

    void fill(const Path& path, const Colour& colour) override;
    void stroke(const Path& path, const Stroke& stroke) override;
    void text(const std::string& utf8, Point at, const TextStyle& style) override;
    double textWidth(const std::string& utf8, const TextStyle& style) override;

private:
    wxGraphicsPath toPath(const Path& path);
    void useFont(const TextStyle& style);

    wxGraphicsContext& m_context;
    const wxWindow& m_window;
};

} // namespace knotwork::ui
