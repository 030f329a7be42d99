#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "clients/client_chart.h"
#include "common/clock.h"

namespace knotwork::gui {

// Progress reports for many clients of one provider, written on a thread of its own over its
// own connection to the practice (a connection is not shared between threads), so the window
// stays responsive. Each report is checked, written and logged like one written by hand; one
// that is refused (consent revoked meanwhile) does not stop the others.
class ReportBatch {
public:
    struct Job {
        clients::CareTeamClient client;
        std::filesystem::path file;
    };
    struct Result {
        std::string client;
        std::optional<std::string> problem;  // why it was not written
    };

    ReportBatch(std::filesystem::path practice, std::string actor, Clock clock, clients::ProviderId provider,
                std::vector<Job> jobs);
    ~ReportBatch();  // cancels and waits

    void start();
    // Stops after the report being written.
    void cancel() { m_cancelled = true; }
    int done() const { return m_done; }
    int total() const { return static_cast<int>(m_jobs.size()); }
    bool finished() const { return m_finished; }
    // What happened to each report attempted; waits for the thread.
    std::vector<Result> results();

private:
    void run();

    std::filesystem::path m_practice;
    std::string m_actor;
    Clock m_clock;
    clients::ProviderId m_provider;
    std::vector<Job> m_jobs;
    std::atomic<int> m_done{0};
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_finished{false};
    std::mutex m_mutex;  // guards m_results
    std::vector<Result> m_results;
    std::thread m_thread;
};

} // namespace knotwork::gui
