#include "app/gui/background_wait.h"

#include <chrono>
#include <future>
#include <thread>
#include <wx/app.h>
#include <wx/utils.h>

namespace knotwork::gui {

void waitInBackground(const std::function<void()>& task)
{
    std::packaged_task<void()> work(task);
    std::future<void> done = work.get_future();
    std::thread worker(std::move(work));
    {
        const wxWindowDisabler disabled;  // no second click while the task runs
        while (done.wait_for(std::chrono::milliseconds(30)) != std::future_status::ready)
            wxTheApp->Yield(true);
    }
    worker.join();
    done.get();
}

} // namespace knotwork::gui
