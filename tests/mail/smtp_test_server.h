#pragma once

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <nlohmann/json.hpp>

namespace knotwork::testing {

// A free TCP port on 127.0.0.1 (the kernel's choice, released again for the caller to use).
int freeLoopbackPort();

// The test's own mail server (tests/mail/smtp_sink.py, over Debian's python3-aiosmtpd), on
// 127.0.0.1 at a free port, started by the constructor (which returns once the port answers)
// and stopped by the destructor. What it receives lands in `folder`.
class SmtpTestServer {
public:
    struct Options {
        std::string username;          // with a password: the login the server takes
        std::string password;
        std::string refusedRecipient;  // an address it refuses at RCPT
    };

    SmtpTestServer(std::filesystem::path folder, const Options& options);
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;
    ~SmtpTestServer();

    int port() const { return m_port; }
    // How many messages arrived.
    int receivedCount() const;
    // The n-th message (from 1): its bytes as they arrived, and as Python's email parser read it
    // (envelope, decoded headers, decoded body; see smtp_sink.py).
    std::string raw(int n) const;
    nlohmann::json decoded(int n) const;

private:
    std::filesystem::path m_folder;
    int m_port = 0;
    pid_t m_pid = -1;
};

} // namespace knotwork::testing
