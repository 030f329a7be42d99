#include "support/process.h"

#include <array>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <mutex>
#include <thread>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace knotwork::testing {

namespace {

std::vector<std::string> childEnvironment(const std::map<std::string, std::optional<std::string>>& changes)
{
    std::vector<std::string> result;
    for (char** entry = environ; *entry; ++entry) {
        const std::string line(*entry);
        const std::string name = line.substr(0, line.find('='));
        if (!changes.contains(name))
            result.push_back(line);
    }
    for (const auto& [name, value] : changes) {
        if (value)
            result.push_back(name + "=" + *value);
    }
    return result;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> result;
    for (std::string& s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

// Reads both pipes until they close, so neither child stream can fill up and block the child.
void drain(int outFd, int errFd, std::string& out, std::string& err)
{
    std::array<pollfd, 2> fds{{{outFd, POLLIN, 0}, {errFd, POLLIN, 0}}};
    std::array<std::string*, 2> sinks{&out, &err};
    int open = 2;
    char buffer[4096];
    while (open > 0) {
        if (poll(fds.data(), fds.size(), -1) < 0)
            throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP)))
                continue;
            const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
}

// Sends SIGKILL to `pid` after `delay` unless told first that the child has been reaped.
class Killer {
public:
    Killer(pid_t pid, std::optional<std::chrono::milliseconds> delay)
    {
        if (!delay)
            return;
        m_thread = std::thread([this, pid, delay] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, *delay, [this] { return m_reaped; }))
                ::kill(pid, SIGKILL);
        });
    }
    ~Killer()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_reaped = true;
        }
        m_done.notify_one();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_reaped = false;
    std::thread m_thread;
};

ProcessResult run(const std::vector<std::string>& arguments,
                  const std::map<std::string, std::optional<std::string>>& environment,
                  std::optional<std::chrono::milliseconds> killAfter)
{
    int outPipe[2], errPipe[2];
    if (pipe(outPipe) != 0 || pipe(errPipe) != 0)
        throw std::runtime_error("pipe failed");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, outPipe[0]);
    posix_spawn_file_actions_addclose(&actions, errPipe[0]);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

    std::vector<std::string> argumentCopies = arguments;
    std::vector<std::string> environmentStrings = childEnvironment(environment);
    std::vector<char*> argv = pointers(argumentCopies);
    std::vector<char*> envp = pointers(environmentStrings);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(outPipe[1]);
    close(errPipe[1]);
    if (spawned != 0) {
        close(outPipe[0]);
        close(errPipe[0]);
        throw std::runtime_error("could not start " + arguments.front() + ": " + std::strerror(spawned));
    }

    ProcessResult result;
    int status = 0;
    {
        // The killer stops before waitpid reaps the child, so it can never hit another process
        // that was given the same pid: the pipes close only when the child has exited.
        Killer killer(pid, killAfter);
        drain(outPipe[0], errPipe[0], result.out, result.err);
    }
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

} // namespace

ProcessResult runProcess(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::optional<std::string>>& environment)
{
    return run(arguments, environment, std::nullopt);
}

ProcessResult runProcessKilledAfter(const std::vector<std::string>& arguments, std::chrono::milliseconds delay,
                                    const std::map<std::string, std::optional<std::string>>& environment)
{
    return run(arguments, environment, delay);
}

} // namespace knotwork::testing
