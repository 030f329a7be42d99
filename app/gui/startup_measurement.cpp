#include "app/gui/startup_measurement.h"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>
#include <wx/dialog.h>
#include <wx/notebook.h>

#include "app/gui/main_frame.h"
#include "app/gui/navigation_views.h"
#include "app/practice/practice_context.h"
#include "clients/client_service.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

constexpr int kStepMilliseconds = 250;  // for each view to be drawn and to read what it shows

// Milliseconds since the kernel started this process: /proc/self/stat's start time (field 22,
// in clock ticks since boot) against the boot-time clock. Ticks are 10 ms on most systems.
double millisecondsSinceProcessStart()
{
    std::ifstream statFile("/proc/self/stat");
    const std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));  // the name may hold spaces
    std::string field;
    for (int number = 3; number < 22; ++number)
        fields >> field;
    unsigned long long startTicks = 0;
    fields >> startTicks;
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMilliseconds = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMilliseconds - static_cast<double>(startTicks) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// The CPU time of the process so far, every thread's, in milliseconds.
double processCpuMilliseconds()
{
    timespec used{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return static_cast<double>(used.tv_sec) * 1000.0 + static_cast<double>(used.tv_nsec) / 1e6;
}

// The process's peak resident memory in KiB (VmHWM), 0 if unknown.
long long peakResidentKilobytes()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.starts_with("VmHWM:"))
            return std::atoll(line.c_str() + 6);
    return 0;
}

// A question asked at opening (a recovery code to write down): closed unanswered, so it is asked
// again at the next start, and the window is never closed under it. True when there was one.
bool closedAQuestion()
{
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) {
            dialog->EndModal(wxID_CANCEL);
            return true;
        }
    return false;
}

wxWindow* pageOf(MainFrame& frame, View view)
{
    return wxWindow::FindWindowByName(viewKey(view), &frame);
}

} // namespace

bool StartupMeasurement::requested()
{
    return std::getenv(kMeasureStartupVariable) != nullptr;
}

StartupMeasurement::StartupMeasurement(MainFrame& frame) : m_frame(frame)
{
    wxEvtHandler::AddFilter(this);
    m_step.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { takeNextStep(); });
}

StartupMeasurement::~StartupMeasurement()
{
    wxEvtHandler::RemoveFilter(this);
}

int StartupMeasurement::FilterEvent(wxEvent& event)
{
    if (event.GetEventType() == wxEVT_PAINT && !m_usable)
        if (auto* window = dynamic_cast<wxWindow*>(event.GetEventObject()))
            painted(*window);
    return Event_Skip;
}

void StartupMeasurement::painted(wxWindow& window)
{
    if (wxGetTopLevelParent(&window) != &m_frame)
        return;
    const double now = millisecondsSinceProcessStart();
    if (!m_firstPaint)
        m_firstPaint = now;
    wxWindow* view = pageOf(m_frame, m_frame.currentView());
    if (!m_frame.practice() || !view || (&window != view && !view->IsDescendant(&window)))
        return;
    m_usable = now;
    m_usableCpu = processCpuMilliseconds();
    planTour();
    m_step.Start(kStepMilliseconds);
}

void StartupMeasurement::planTour()
{
    const auto show = [this](View view) { return [this, view] { m_frame.showView(view); }; };
    m_steps.emplace_back(viewKey(View::Today), show(View::Today));
    m_steps.emplace_back(viewKey(View::Clients), show(View::Clients));
    clients::ClientService* service = m_frame.clientService();
    const std::vector<clients::ClientListRow> first = service ? service->clients().page({}, service->today(), 0, 1)
                                                              : std::vector<clients::ClientListRow>{};
    if (!first.empty()) {
        const clients::ClientId client = first.front().id;
        m_steps.emplace_back("chart", [this, client] { m_frame.openClient(client); });
        auto* tabs = dynamic_cast<wxNotebook*>(wxWindow::FindWindowByName("chart-tabs", &m_frame.clients().chart()));
        for (std::size_t page = 0; tabs && page < tabs->GetPageCount(); ++page) {
            const wxString tab = tabs->GetPage(page)->GetName();
            m_steps.emplace_back("chart:" + ui::toUtf8(tab), [this, tab] { m_frame.clients().chart().showTab(tab); });
        }
    }
    for (const View view : {View::Schedule, View::Billing, View::Reports, View::Today})
        m_steps.emplace_back(viewKey(view), show(view));
}

void StartupMeasurement::takeNextStep()
{
    if (closedAQuestion())
        return;
    if (m_visited.size() == m_steps.size()) {
        finish();
        return;
    }
    const auto& [name, step] = m_steps[m_visited.size()];
    step();
    m_visited.push_back(name);
}

void StartupMeasurement::finish()
{
    m_step.Stop();
    std::string views;
    for (const std::string& view : m_visited)
        views += (views.empty() ? "" : ",") + view;
    std::cout << "first_paint_ms=" << static_cast<long long>(*m_firstPaint + 0.5)
              << " usable_ms=" << static_cast<long long>(*m_usable + 0.5)
              << " usable_cpu_ms=" << static_cast<long long>(m_usableCpu + 0.5) << " peak_rss_kb=" << peakResidentKilobytes()
              << " views=" << views << std::endl;
    m_frame.Close(true);
}

} // namespace knotwork::gui
