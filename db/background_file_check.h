#pragma once

#include <atomic>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>

namespace knotwork::db {

// PRAGMA quick_check of a practice file on a thread and a read-only connection of its own
// (PracticeReader), while the practice is open and read on another thread: a SQLite connection
// is never shared between threads. Destroying it stops the check at its next step and waits for
// the thread.
class BackgroundFileCheck {
public:
    BackgroundFileCheck(std::filesystem::path file, std::string passphrase);
    ~BackgroundFileCheck();
    BackgroundFileCheck(const BackgroundFileCheck&) = delete;
    BackgroundFileCheck& operator=(const BackgroundFileCheck&) = delete;

    bool finished() const;
    // Waits for the check: "ok", or the first problem it found; nullopt when it could not tell
    // (the file could not be opened or read: whoever needs the verdict checks again).
    std::optional<std::string> verdict();

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::future<std::optional<std::string>> m_outcome;
    std::thread m_worker;
};

} // namespace knotwork::db
