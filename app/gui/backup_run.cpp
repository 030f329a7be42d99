#include "app/gui/backup_run.h"

#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <wx/progdlg.h>

namespace knotwork::gui {

namespace {
using namespace std::chrono_literals;
// A backup done sooner shows no window that would only flash.
constexpr auto kQuietWait = 300ms;
constexpr auto kPulse = 50ms;
}

std::optional<app::BackupOutcome> backUpShowingProgress(wxWindow* parent, app::PracticeContext& practice,
                                                        const BackupProgress& progress)
{
    // Shared with the thread, which outlives this call when the person stops waiting.
    auto job = std::make_shared<app::BackupJob>(app::BackupJob::prepare(practice));
    auto promise = std::make_shared<std::promise<app::BackupOutcome>>();
    std::future<app::BackupOutcome> outcome = promise->get_future();
    std::thread worker([job, promise] {
        try {
            promise->set_value(job->run());
        } catch (...) {
            promise->set_exception(std::current_exception());
        }
    });

    if (outcome.wait_for(kQuietWait) != std::future_status::ready) {
        wxProgressDialog window(progress.title, progress.message, 100, parent,
                                wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME
                                    | (progress.mayStopWaiting ? wxPD_CAN_ABORT : 0));
        window.SetName("backup-progress");
        while (outcome.wait_for(kPulse) != std::future_status::ready) {
            if (!window.Pulse()) {
                worker.detach();
                return std::nullopt;
            }
        }
    }
    worker.join();
    app::BackupOutcome written = outcome.get();  // throws what the backup threw
    job->record(practice, written);
    return written;
}

} // namespace knotwork::gui
