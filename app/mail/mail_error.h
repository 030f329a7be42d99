#pragma once

#include "common/error.h"

namespace knotwork::mail {

// A message that could not be sent. what() is translated and names the server; nothing was
// retried, and nothing counts as sent: the caller keeps it for a later try.
class MailError : public Error {
public:
    enum class Reason {
        Unreachable,            // no answer from the server (name, port, network, time-out)
        AuthenticationRefused,  // the user name or password was refused
        TlsFailed,              // no secure connection (no STARTTLS, a certificate not trusted)
        RecipientRefused,       // the server would not take mail for the address
        Refused,                // anything else the server or the transfer refused
    };
    MailError(Reason reason, const std::string& message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace knotwork::mail
