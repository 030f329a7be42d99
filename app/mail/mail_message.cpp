#include "app/mail/mail_message.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <random>
#include <fmt/format.h>

#include "app/mail/mime_encoding.h"
#include "common/i18n.h"
#include "common/validator.h"

namespace knotwork::mail {

namespace {

constexpr std::array<const char*, 7> kWeekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string header(std::string_view name, std::string_view value)
{
    return fmt::format("{}: {}\r\n", name, value);
}

// The message's text as a part: its headers, a blank line, the text in quoted-printable.
std::string textPart(std::string_view body)
{
    return header("Content-Type", "text/plain; charset=UTF-8") +
           header("Content-Transfer-Encoding", "quoted-printable") + "\r\n" + quotedPrintable(body);
}

std::string_view domainOf(std::string_view address)
{
    const std::size_t at = address.rfind('@');
    return at == std::string_view::npos ? "knotwork.invalid" : address.substr(at + 1);
}

} // namespace

void validateMailMessage(const MailMessage& message)
{
    Validator check;
    check.required(message.toAddress, kMailToAddressField, _("The recipient's address"));
    check.email(message.toAddress, kMailToAddressField, _("The recipient's address"));
    check.singleLine(message.toName, 200, kMailToNameField, _("The recipient's name"));
    check.required(message.subject, kMailSubjectField, _("The subject"));
    check.singleLine(message.subject, 300, kMailSubjectField, _("The subject"));
    check.multiLine(message.body, 100000, kMailBodyField, _("The message"));
    for (const MailAttachment& attachment : message.attachments) {
        check.required(attachment.fileName, "mail.attachment", _("The attached file's name"));
        check.singleLine(attachment.fileName, 60, "mail.attachment", _("The attached file's name"));
        const auto unsafe = [](unsigned char c) { return c < 0x20 || c > 0x7E || c == '"' || c == '\\'; };
        if (std::any_of(attachment.fileName.begin(), attachment.fileName.end(), unsafe) ||
            std::any_of(attachment.contentType.begin(), attachment.contentType.end(), unsafe))
            check.add("mail.attachment", "file-name",
                      _("An attached file's name is plain letters, digits and punctuation, without quotes."));
    }
    const auto outsideKey = [](unsigned char c) { return !std::isalnum(c) && c != '-' && c != '.'; };
    if (std::any_of(message.resendKey.begin(), message.resendKey.end(), outsideKey))
        check.add("mail.resend_key", "format", _("A message's resend key is letters, digits, '-' and '.' only."));
    check.throwIfAny();
}

std::string rfc5322Date(const Timestamp& date)
{
    const auto& utc = date.utc();
    const auto day = utc.date();
    const auto time = utc.time_of_day();
    return fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} +0000", kWeekdays[day.day_of_week().as_number()],
                       static_cast<int>(day.day()), kMonths[day.month() - 1], static_cast<int>(day.year()),
                       time.hours(), time.minutes(), time.seconds());
}

std::string newMessageId(std::string_view fromAddress, const Timestamp& date)
{
    std::random_device random;
    std::string unique;
    for (int i = 0; i < 4; ++i)
        unique += fmt::format("{:08x}", random());
    return fmt::format("<{}.{}@{}>", unique, date.compact(), domainOf(fromAddress));
}

std::string messageIdOf(const MailMessage& message, std::string_view fromAddress, const Timestamp& date)
{
    if (message.resendKey.empty())
        return newMessageId(fromAddress, date);
    return fmt::format("<{}@{}>", message.resendKey, domainOf(fromAddress));
}

std::string composeMessage(const SmtpSettings& sender, const MailMessage& message, const Timestamp& date,
                           std::string_view messageId)
{
    validateMailMessage(message);
    std::string out;
    out += header("From", mailbox(sender.fromName, sender.fromAddress, 6));
    out += header("To", mailbox(message.toName, message.toAddress, 4));
    out += header("Subject", headerText(message.subject, 9));
    out += header("Date", rfc5322Date(date));
    out += header("Message-ID", messageId);
    out += header("MIME-Version", "1.0");
    if (message.attachments.empty())
        return out + textPart(message.body);

    // The boundary starts with "=_", which neither quoted-printable (where "=" is always followed
    // by hex digits or a line break) nor base64 ever writes, so no line of a part can match it.
    const std::string boundary = fmt::format("=_knotwork_{}", date.compact());
    out += header("Content-Type", fmt::format("multipart/mixed; boundary=\"{}\"", boundary));
    out += "\r\n";
    out += fmt::format("--{}\r\n", boundary) + textPart(message.body);
    for (const MailAttachment& attachment : message.attachments) {
        out += fmt::format("\r\n--{}\r\n", boundary);
        // Folded after the ";" so that a name of 60 characters keeps each line within 78.
        out += header("Content-Type", fmt::format("{};\r\n name=\"{}\"", attachment.contentType, attachment.fileName));
        out += header("Content-Disposition", fmt::format("attachment;\r\n filename=\"{}\"", attachment.fileName));
        out += header("Content-Transfer-Encoding", "base64");
        out += "\r\n";
        out += base64Lines(attachment.bytes);
    }
    out += fmt::format("\r\n--{}--\r\n", boundary);
    return out;
}

} // namespace knotwork::mail
