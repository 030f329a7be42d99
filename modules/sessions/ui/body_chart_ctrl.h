#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/window.h>

#include "sessions/body_chart.h"

namespace knotwork::sessions::ui {

// The body chart as a control: drawn with wxGraphicsContext at any size, a tooltip names the
// region under the mouse, a click selects it. From the keyboard, the arrows move between
// regions (Tab leaves the chart); 0–3 set the tenderness, H hypertonic, T the trigger point, R "reproduces the headache",
// Delete clears the site. The palpation editor owns the findings; the control reports requests.
class BodyChartCtrl : public wxWindow {
public:
    struct Requests {
        std::function<void(const MuscleSite&)> select;
        std::function<void(char key)> key;  // '0'–'3', 'h', 't', 'r', or 'x' (clear)
    };

    BodyChartCtrl(wxWindow* parent, Requests requests);

    void setState(const BodyChartState& state);
    const BodyChartState& state() const { return m_state; }
    // Where a site is drawn now, for tests that click it.
    wxPoint pointOf(const MuscleSite& site) const;
    wxSize DoGetBestClientSize() const override;

private:
    BodyChart chart() const;
    void onPaint(wxPaintEvent& event);
    void onMotion(wxMouseEvent& event);
    void onClick(wxMouseEvent& event);
    void onKey(wxKeyEvent& event);
    void moveSelection(int step);

    Requests m_requests;
    BodyChartState m_state;
};

} // namespace knotwork::sessions::ui
