#pragma once

#include "common/canvas.h"
#include "common/line_chart.h"

namespace knotwork::reports {

// The look every report shares, in points: quiet colours, one typeface, a clear hierarchy.
struct ReportStyle {
    double margin = 50;        // left and right
    double marginTop = 58;     // the running header sits inside it
    double marginBottom = 60;  // the footer sits inside it
    double titleSize = 16;
    double headingSize = 11.5;
    double bodySize = 9.5;
    double smallSize = 7.5;
    double lineSpacing = 1.32;  // line height as a multiple of the font size
    double paragraphGap = 5;
    double sectionGap = 13;
    double cellPadding = 3.5;
    Colour text{33, 37, 41};
    Colour muted{96, 102, 112};
    Colour accent{28, 84, 122};
    Colour rule{196, 202, 210};
    Colour headerFill{232, 238, 244};
    Colour stripeFill{246, 248, 250};
    Colour warning{150, 62, 20};

    TextStyle body(bool bold = false) const { return {bodySize, bold, text, TextAlign::Left}; }
    TextStyle small() const { return {smallSize, false, muted, TextAlign::Left}; }
    TextStyle heading() const { return {headingSize, true, accent, TextAlign::Left}; }
    TextStyle title() const { return {titleSize, true, text, TextAlign::Left}; }
    double lineHeight(const TextStyle& style) const { return style.size * lineSpacing; }
    // Where the baseline of a line starting at `top` goes: below the tallest accent.
    double baseline(double top, const TextStyle& style) const { return top + style.size * 1.02; }

    ChartStyle chart() const
    {
        ChartStyle style;
        style.titleSize = 9.5;
        style.labelSize = 7.5;
        style.lineWidth = 1.4;
        style.pointRadius = 2.2;
        style.text = text;
        style.mutedText = muted;
        return style;
    }
};

} // namespace knotwork::reports
