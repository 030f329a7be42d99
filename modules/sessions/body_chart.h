#pragma once

#include <optional>
#include <vector>

#include "common/canvas.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions {

// The body chart: head, jaw, neck, shoulders and upper back seen from the front and from the
// back, with one region per muscle and side, filled by the palpation findings. One geometry
// serves drawing (screen and report) and hit testing (clicks). The front view shows the client
// facing the reader (their left on the reader's right); the back view shows them from behind
// (their left on the reader's left).
enum class BodyView { Front, Back };

struct BodyChartState {
    std::vector<PalpationFinding> findings;
    std::optional<MuscleSite> selected;
    std::optional<MuscleSite> hovered;
    bool muted = false;  // findings carried forward and not yet confirmed
    bool legend = true;
};

class BodyChart {
public:
    // The chart fitted into `bounds`, keeping its proportions, centred.
    explicit BodyChart(const Rect& bounds);

    void draw(Canvas& canvas, const BodyChartState& state) const;
    // The muscle and side under a point, if any (the smallest region wins where they overlap).
    std::optional<MuscleSite> siteAt(Point point) const;
    // Where a site's (first) region is drawn, for tests and keyboard focus.
    Point centreOf(const MuscleSite& site) const;
    // Every site the chart shows, in reading order: the front view then the back, each muscle from
    // the top of the figure down, its right side before its left.
    static std::vector<MuscleSite> sites();

    // The colour of a tenderness (nothing for "not examined"), shared with the legend and the report.
    static Colour tendernessColour(std::optional<int> tenderness);
    // The width over height the chart is designed at.
    static double aspectRatio();

private:
    Point toDevice(Point design) const;
    double scaled(double length) const { return length * m_scale; }

    Rect m_bounds;
    double m_scale = 1;
    Point m_origin;
};

} // namespace knotwork::sessions
