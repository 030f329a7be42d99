#include "app/mail/mail_message.h"

#include <array>
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
    const std::size_t at = fromAddress.rfind('@');
    const std::string_view domain = at == std::string_view::npos ? "knotwork.invalid" : fromAddress.substr(at + 1);
    return fmt::format("<{}.{}@{}>", unique, date.compact(), domain);
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
    out += header("Content-Type", "text/plain; charset=UTF-8");
    out += header("Content-Transfer-Encoding", "quoted-printable");
    out += "\r\n";
    out += quotedPrintable(message.body);
    return out;
}

} // namespace knotwork::mail
