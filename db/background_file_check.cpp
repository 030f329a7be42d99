#include "db/background_file_check.h"

#include <chrono>

#include "db/practice_reader.h"

namespace knotwork::db {

BackgroundFileCheck::BackgroundFileCheck(std::filesystem::path file, std::string passphrase)
    : m_stop(std::make_shared<std::atomic<bool>>(false))
{
    std::packaged_task<std::optional<std::string>()> task(
        [stop = m_stop, file = std::move(file), passphrase = std::move(passphrase)]() -> std::optional<std::string> {
            try {
                return PracticeReader(file, passphrase).quickCheck(*stop);
            } catch (const std::exception&) {
                return std::nullopt;  // said by the check the writer runs instead
            }
        });
    m_outcome = task.get_future();
    m_worker = std::thread(std::move(task));
}

BackgroundFileCheck::~BackgroundFileCheck()
{
    m_stop->store(true);
    m_worker.join();
}

bool BackgroundFileCheck::finished() const
{
    return m_outcome.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

std::optional<std::string> BackgroundFileCheck::verdict()
{
    return m_outcome.get();
}

} // namespace knotwork::db
