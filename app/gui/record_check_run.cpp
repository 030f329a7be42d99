#include "app/gui/record_check_run.h"

#include <algorithm>
#include <chrono>
#include <wx/progdlg.h>

#include "app/practice/practice_verification.h"

namespace knotwork::gui {

namespace {

using namespace std::chrono_literals;
constexpr auto kQuietWait = 300ms;  // a check done sooner shows no window that would only flash
constexpr auto kPoll = 50ms;

// Thrown through the check from its progress report to end it early; never leaves the thread.
struct CheckStopped {};

} // namespace

RecordCheckRun::RecordCheckRun(app::PracticeLocation practice, std::string passphrase)
    : m_state(std::make_shared<State>())
{
    std::packaged_task<integrity::IntegrityReport()> task(
        [state = m_state, practice = std::move(practice), passphrase = std::move(passphrase)] {
            return app::verifyPracticeAt(practice, passphrase, [&state](int percent) {
                if (state->stop.load())
                    throw CheckStopped{};
                state->progress.store(percent);
            });
        });
    m_outcome = task.get_future();
    m_worker = std::thread(std::move(task));
}

RecordCheckRun::~RecordCheckRun()
{
    m_state->stop.store(true);
    m_worker.join();
}

bool RecordCheckRun::finishedWithin(std::chrono::milliseconds wait) const
{
    return m_outcome.wait_for(wait) == std::future_status::ready;
}

integrity::IntegrityReport RecordCheckRun::report()
{
    return m_outcome.get();
}

std::optional<integrity::IntegrityReport> checkRecordsShowingProgress(wxWindow* parent,
                                                                      const app::PracticeLocation& practice,
                                                                      const std::string& passphrase)
{
    RecordCheckRun run(practice, passphrase);
    if (!run.finishedWithin(kQuietWait)) {
        wxProgressDialog window(_("Checking the records"),
                                _("Checking that no record of the practice was changed or removed outside "
                                  "Knotwork…"),
                                100, parent, wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
        window.SetName("record-check-progress");
        while (!run.finishedWithin(kPoll)) {
            if (!window.Update(std::min(run.progress(), 99)))  // 100 would close it
                return std::nullopt;  // the run stops as it goes
        }
    }
    return run.report();
}

} // namespace knotwork::gui
