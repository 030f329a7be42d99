#pragma once
// A Canvas that remembers what was drawn, for tests of drawings (the body chart, line charts).

#include <string>
#include <vector>

#include "common/canvas.h"

namespace knotwork::testing {

class RecordingCanvas : public Canvas {
public:
    struct Filled {
        Path path;
        Colour colour;
    };
    struct Stroked {
        Path path;
        Stroke stroke;
    };
    struct Written {
        std::string text;
        Point at;
        TextStyle style;
    };

    void fill(const Path& path, const Colour& colour) override { fills.push_back({path, colour}); }
    void stroke(const Path& path, const Stroke& stroke) override { strokes.push_back({path, stroke}); }
    void text(const std::string& utf8, Point at, const TextStyle& style) override
    {
        texts.push_back({utf8, at, style});
    }
    // Half the font's height per byte: wide enough to catch overlaps.
    double textWidth(const std::string& utf8, const TextStyle& style) override
    {
        return static_cast<double>(utf8.size()) * style.size / 2;
    }

    bool wrote(const std::string& text) const
    {
        for (const Written& written : texts)
            if (written.text == text)
                return true;
        return false;
    }

    std::vector<Filled> fills;
    std::vector<Stroked> strokes;
    std::vector<Written> texts;
};

} // namespace knotwork::testing
