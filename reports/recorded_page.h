#pragma once

#include <string>
#include <variant>
#include <vector>

#include "reports/page_canvas.h"

namespace knotwork::reports {

// A laid-out page kept as its drawing commands, so one layout is drawn on paper (libharu) and
// on screen (the preview) alike. Text is measured by the PDF's fonts while laying out.
class RecordedPage : public PageCanvas {
public:
    explicit RecordedPage(TextMeasurer& measurer) : m_measurer(&measurer) {}

    void fill(const Path& path, const Colour& colour) override;
    void stroke(const Path& path, const Stroke& stroke) override;
    void text(const std::string& utf8, Point at, const TextStyle& style) override;
    double textWidth(const std::string& utf8, const TextStyle& style) override;
    void image(const PageImage& image, const Rect& where) override;

    void replay(PageCanvas& canvas) const;
    // How many drawing commands the page holds: a place to split it at.
    std::size_t commandCount() const { return m_commands.size(); }
    // Takes the commands from `first` on off this page onto a new one, moved down by `dy` points.
    RecordedPage splitOff(std::size_t first, double dy);
    // The page's text in drawing order, one entry per call: for tests and searching.
    std::vector<std::string> texts() const;

private:
    struct Fill {
        Path path;
        Colour colour;
    };
    struct StrokeCommand {
        Path path;
        Stroke stroke;
    };
    struct Text {
        std::string utf8;
        Point at;
        TextStyle style;
    };
    struct Image {
        PageImage image;
        Rect where;
    };

    TextMeasurer* m_measurer;
    std::vector<std::variant<Fill, StrokeCommand, Text, Image>> m_commands;
};

} // namespace knotwork::reports
