#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "app/practice/practice_location.h"
#include "integrity/integrity_report.h"

class wxWindow;

namespace knotwork::gui {

// One check of a practice's records (app::verifyPracticeFile) on a thread of its own, with its own
// read-only connection, so the window keeps working while it reads a large practice. Destroying
// it stops the check at its next step and waits for the thread.
class RecordCheckRun {
public:
    RecordCheckRun(app::PracticeLocation practice, std::string passphrase);
    ~RecordCheckRun();
    RecordCheckRun(const RecordCheckRun&) = delete;
    RecordCheckRun& operator=(const RecordCheckRun&) = delete;

    bool finished() const { return finishedWithin(std::chrono::milliseconds(0)); }
    // Waits up to `wait` for the check to finish; true when it has.
    bool finishedWithin(std::chrono::milliseconds wait) const;
    // 0 to 100, as far as the check has come.
    int progress() const { return m_state->progress.load(); }
    // Once finished: the report, or what the check threw (a knotwork::Error when the practice
    // could not be read).
    integrity::IntegrityReport report();

private:
    struct State {
        std::atomic<bool> stop = false;
        std::atomic<int> progress = 0;
    };
    std::shared_ptr<State> m_state;
    std::future<integrity::IntegrityReport> m_outcome;
    std::thread m_worker;
};

// Checks the records of `practice` while a progress window that can be cancelled shows (nothing shows
// for a check done at once). Nullopt when the person cancelled; throws knotwork::Error when the
// practice could not be read.
std::optional<integrity::IntegrityReport> checkRecordsShowingProgress(wxWindow* parent,
                                                                      const app::PracticeLocation& practice,
                                                                      const std::string& passphrase);

} // namespace knotwork::gui
