#include "db/background_file_check.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <sys/resource.h>
#include <unistd.h>

#include "db/practice_reader.h"

namespace knotwork::db {

namespace {

// The check reads the whole file, a second or more of CPU on a large practice, while the window
// opens and the therapist's first clicks are answered: on a busy computer the check yields to
// them. On Linux each thread has its own nice value (setpriority on the thread's id).
void yieldToTheWindow()
{
    const auto self = static_cast<id_t>(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, self);
    if (errno == 0)
        setpriority(PRIO_PROCESS, self, std::min(nice + 10, 19));
}

} // namespace

BackgroundFileCheck::BackgroundFileCheck(std::filesystem::path file, std::string passphrase)
    : m_stop(std::make_shared<std::atomic<bool>>(false))
{
    std::packaged_task<std::optional<std::string>()> task(
        [stop = m_stop, file = std::move(file), passphrase = std::move(passphrase)]() -> std::optional<std::string> {
            yieldToTheWindow();
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
