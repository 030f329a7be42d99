#include "app/gui/report_batch.h"

#include <exception>

#include "db/database.h"
#include "app/practice/practice_context.h"
#include "reports/report_exporter.h"

namespace knotwork::gui {

ReportBatch::ReportBatch(std::filesystem::path practice, std::string actor, Clock clock, clients::ProviderId provider,
                         std::vector<Job> jobs)
    : m_practice(std::move(practice)), m_actor(std::move(actor)), m_clock(std::move(clock)), m_provider(provider),
      m_jobs(std::move(jobs))
{
}

ReportBatch::~ReportBatch()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void ReportBatch::start()
{
    m_thread = std::thread([this] { run(); });
}

std::vector<ReportBatch::Result> ReportBatch::results()
{
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    return m_results;
}

void ReportBatch::run()
{
    auto record = [this](const std::string& client, std::optional<std::string> problem) {
        std::lock_guard lock(m_mutex);
        m_results.push_back({client, std::move(problem)});
    };
    try {
        auto database = db::Database::open(m_practice, db::OpenMode::ExistingOnly);
        app::PracticeContext practice(*database, m_actor, m_clock);
        reports::ReportExporter exporter(practice.sharingService());
        for (const Job& job : m_jobs) {
            if (m_cancelled)
                break;
            try {
                sharing::ProgressReportRequest request;
                request.client = job.client.id;
                request.recipient = m_provider;
                exporter.progressReport(request, job.file);
                record(job.client.name, std::nullopt);
            } catch (const std::exception& error) {  // Error, or a surprise: never past the thread
                record(job.client.name, std::string(error.what()));
            }
            ++m_done;
        }
    } catch (const std::exception& error) {
        record({}, std::string(error.what()));
    }
    m_finished = true;
}

} // namespace knotwork::gui
