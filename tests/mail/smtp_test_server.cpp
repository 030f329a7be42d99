#include "smtp_test_server.h"

#include <chrono>
#include <csignal>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace knotwork::testing {

namespace fs = std::filesystem;

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool answers(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(port);
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("the test mail server wrote no " + file.string());
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(fd);
        throw std::runtime_error("no free port on 127.0.0.1");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

SmtpTestServer::SmtpTestServer(fs::path folder, const Options& options)
    : m_folder(std::move(folder)), m_port(freeLoopbackPort())
{
    fs::create_directories(m_folder);
    std::vector<std::string> arguments{KNOTWORK_SMTP_SINK, "--port", std::to_string(m_port), "--folder",
                                       m_folder.string()};
    if (!options.username.empty())
        arguments.insert(arguments.end(), {"--user", options.username, "--password", options.password});
    if (!options.refusedRecipient.empty())
        arguments.insert(arguments.end(), {"--refuse", options.refusedRecipient});
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    m_pid = ::fork();
    if (m_pid == 0) {
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    if (m_pid < 0)
        throw std::runtime_error("could not start the test mail server");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!answers(m_port)) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("the test mail server " KNOTWORK_SMTP_SINK
                                     " stopped at once (is python3-aiosmtpd installed?)");
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
            throw std::runtime_error("the test mail server did not answer on its port");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

SmtpTestServer::~SmtpTestServer()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 100 && ::waitpid(m_pid, &status, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (::waitpid(m_pid, &status, WNOHANG) == 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &status, 0);
    }
}

int SmtpTestServer::receivedCount() const
{
    int count = 0;
    while (fs::exists(m_folder / (std::to_string(count + 1) + ".json")))
        ++count;
    return count;
}

std::string SmtpTestServer::raw(int n) const
{
    return readFile(m_folder / (std::to_string(n) + ".eml"));
}

nlohmann::json SmtpTestServer::decoded(int n) const
{
    return nlohmann::json::parse(readFile(m_folder / (std::to_string(n) + ".json")));
}

} // namespace knotwork::testing
