#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>
#include <wx/eventfilter.h>
#include <wx/timer.h>

namespace knotwork::gui {

class MainFrame;

// Set (to anything) to have the app measure its start-up and memory and then quit.
inline constexpr char kMeasureStartupVariable[] = "KNOTWORK_MEASURE_STARTUP";

// Start-up and memory as a person meets them (issue 25; scripts/measure-startup runs it): the
// milliseconds from the process's start (the kernel's start time, so loading the program counts)
// to the main window's first paint, and to "usable": the open practice's view painted (with the
// CPU time every thread of the process used until then). Then every
// main view is opened in turn (Today, Clients and a client's chart on each of its tabs, Schedule,
// Billing, Reports), each given time to paint, and the peak resident memory (VmHWM) is read. The
// figures go to stdout as one line ("first_paint_ms=312 usable_ms=340 usable_cpu_ms=290
// peak_rss_kb=98765 views=today,clients,…"), and the window closes.
class StartupMeasurement : public wxEventFilter {
public:
    static bool requested();

    explicit StartupMeasurement(MainFrame& frame);
    ~StartupMeasurement() override;
    StartupMeasurement(const StartupMeasurement&) = delete;
    StartupMeasurement& operator=(const StartupMeasurement&) = delete;

    int FilterEvent(wxEvent& event) override;

private:
    void painted(wxWindow& window);
    void planTour();
    void takeNextStep();
    void finish();

    MainFrame& m_frame;
    std::optional<double> m_firstPaint;
    std::optional<double> m_usable;
    double m_usableCpu = 0;
    std::vector<std::pair<std::string, std::function<void()>>> m_steps;
    std::vector<std::string> m_visited;
    wxTimer m_step;
};

} // namespace knotwork::gui
