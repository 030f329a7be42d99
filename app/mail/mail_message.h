#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/mail/smtp_settings.h"
#include "common/timestamp.h"

namespace knotwork::mail {

// A file sent with a message: a receipt's PDF.
struct MailAttachment {
    std::string fileName;     // "Receipt INV-000042.pdf": one line, no quote or backslash
    std::string contentType;  // "application/pdf"
    std::string bytes;
};

// One plain-text email to one person, with files attached if any. Subject and body are UTF-8 as
// the person wrote them; the composer encodes them for the wire.
struct MailMessage {
    std::string toAddress;  // "marie@example.org"
    std::string toName;     // "Marie-Hélène Côté"; may be empty
    std::string subject;
    std::string body;       // lines separated by LF or CRLF
    std::vector<MailAttachment> attachments = {};
    // What the message is about, for a message that may be sent again after a lost answer (a
    // reminder whose run was killed after the server took it): "reminder-42-20261208T0930". The
    // same key gives the same Message-ID, and mail programs show a message once per Message-ID.
    // Empty: a new Message-ID each time. Letters, digits, '-' and '.' only.
    std::string resendKey = {};
};

inline constexpr const char* kMailToAddressField = "mail.to_address";
inline constexpr const char* kMailToNameField = "mail.to_name";
inline constexpr const char* kMailSubjectField = "mail.subject";
inline constexpr const char* kMailBodyField = "mail.body";

// Throws ValidationError listing every field that breaks its rule: a recipient address shaped
// local@domain, a subject and a name of one line, a body of valid UTF-8.
void validateMailMessage(const MailMessage& message);

// The message as it goes to the server (RFC 5322 with MIME): From (the settings' sender), To,
// Subject (RFC 2047 encoded-words when not plain ASCII), Date, Message-ID, MIME-Version,
// Content-Type text/plain; charset=UTF-8 and the body in quoted-printable — or, with attachments,
// multipart/mixed with that text first and each file in base64; every line ends in CRLF and none
// is longer than 78 characters. Throws ValidationError as validateMailMessage.
std::string composeMessage(const SmtpSettings& sender, const MailMessage& message, const Timestamp& date,
                           std::string_view messageId);

// "<9f2c…e1.20261206T152555Z@example.org>": unique (random) and in the sender's domain.
std::string newMessageId(std::string_view fromAddress, const Timestamp& date);
// The message's Message-ID: "<KEY@domain>" from its resendKey, else newMessageId.
std::string messageIdOf(const MailMessage& message, std::string_view fromAddress, const Timestamp& date);

// "Sun, 06 Dec 2026 15:25:55 +0000": RFC 5322's date, always in English and UTC.
std::string rfc5322Date(const Timestamp& date);

} // namespace knotwork::mail
