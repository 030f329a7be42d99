#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/window.h>

#include "sessions/body_chart.h"

namespace knotwork::sessions::ui {

// The body chart as a control: drawn with wxGraphicsContext at any size, a tooltip names the
// region under the mouse, a click selects it. From the keyboard, Up and Down move through the
// sites in reading order (BodyChart::sites), Left and Right to the same muscle drawn on that
// side, Home and End to the first and last (Tab leaves the chart); 0–3 set the tenderness,
// H hypertonic, T the trigger point, R "reproduces the headache", Delete clears the site.
// A screen reader hears the selected site with its findings: it is the control's name.
// The palpation editor owns the findings; the control reports requests.
class BodyChartCtrl : public wxWindow {
public:
    struct Requests {
        std::function<void(const MuscleSite&)> select;
        std::function<void(char key)> key;  // '0'–'3', 'h', 't', 'r', or 'x' (clear)
    };

    BodyChartCtrl(wxWindow* parent, Requests requests);

    void setState(const BodyChartState& state);
    const BodyChartState& state() const { return m_state; }
    // The finding key ('0'–'3', 'h', 't', 'r', 'x') a key press asks for, or 0: the same keys
    // edit a site wherever it is selected.
    static char findingKey(const wxKeyEvent& event);
    // Where a site is drawn now, for tests that click it.
    wxPoint pointOf(const MuscleSite& site) const;
    wxSize DoGetBestClientSize() const override;

private:
    BodyChart chart() const;
    void onPaint(wxPaintEvent& event);
    void onMotion(wxMouseEvent& event);
    void onClick(wxMouseEvent& event);
    void onKey(wxKeyEvent& event);
    void moveTo(std::size_t index);
    void moveAcross(int direction);
    std::size_t cursor() const;
    const PalpationFinding* findingOf(const MuscleSite& site) const;
    void announce();

    Requests m_requests;
    BodyChartState m_state;
};

} // namespace knotwork::sessions::ui
