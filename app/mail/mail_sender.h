#pragma once

#include <chrono>
#include <string>

#include "app/mail/mail_message.h"
#include "app/mail/smtp_settings.h"
#include "common/timestamp.h"

namespace knotwork::mail {

// How long sending may wait: for the connection, and for the whole exchange.
struct MailTimeouts {
    std::chrono::seconds connect{20};
    std::chrono::seconds total{60};
};

// Sends `message` through the therapist's account, once: over STARTTLS (refusing a server that
// cannot encrypt), over TLS from the first byte ("smtps"), or unencrypted to this computer only;
// logging in with `password` when the settings have a user name; the server's certificate is
// checked against the system's trusted authorities. The message is composed here (composeMessage,
// dated `date`, a new Message-ID).
// Throws ValidationError when the settings or the message break their rules (nothing is sent),
// and MailError, naming the server, when the server cannot be reached, refuses the login, the
// secure connection fails, or it refuses the recipient or the message. Nothing is retried: a
// message that failed was not sent, and the caller keeps it to try again later.
void sendMail(const SmtpSettings& settings, const std::string& password, const MailMessage& message,
              const Timestamp& date, const MailTimeouts& timeouts = {});

} // namespace knotwork::mail
