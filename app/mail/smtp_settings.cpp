#include "app/mail/smtp_settings.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/error.h"
#include "common/i18n.h"
#include "common/validator.h"

namespace knotwork::mail {

namespace {

constexpr std::array<std::pair<SmtpSecurity, std::string_view>, 3> kSecurityKeys{{
    {SmtpSecurity::StartTls, "starttls"},
    {SmtpSecurity::ImplicitTls, "tls"},
    {SmtpSecurity::None, "none"},
}};

// A DNS name (letters, digits, hyphens, dots between labels) or an IPv4 or IPv6 address.
bool isHostName(std::string_view host)
{
    if (host.empty() || host.size() > 253)
        return false;
    if (host.find(':') != std::string_view::npos)  // IPv6: hex digits, colons and dots only
        return std::all_of(host.begin(), host.end(), [](unsigned char c) {
            return std::isxdigit(c) || c == ':' || c == '.';
        });
    if (host.front() == '.' || host.back() == '.' || host.front() == '-' || host.find("..") != std::string_view::npos)
        return false;
    return std::all_of(host.begin(), host.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c == '.';
    });
}

bool isLoopbackIpv4(std::string_view host)
{
    if (!host.starts_with("127."))
        return false;
    int parts = 0;
    std::size_t start = 0;
    while (start <= host.size()) {
        const std::size_t dot = std::min(host.find('.', start), host.size());
        const std::string_view part = host.substr(start, dot - start);
        if (part.empty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), ::isdigit)
            || std::stoi(std::string(part)) > 255)
            return false;
        ++parts;
        start = dot + 1;
    }
    return parts == 4;
}

} // namespace

bool isLoopbackHost(std::string_view host)
{
    std::string lower(host);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower == "localhost" || lower == "localhost." || lower == "::1" || lower == "0:0:0:0:0:0:0:1"
        || isLoopbackIpv4(lower);
}

void validateSmtpSettings(const SmtpSettings& settings)
{
    Validator check;
    if (settings.host.empty())
        check.add(kSmtpHostField, "required", _("The mail server's name is required (for example smtp.example.org)."));
    else if (!isHostName(settings.host))
        check.add(kSmtpHostField, "host",
                  formatMessage(_("The mail server \"{}\" must be a host name like smtp.example.org or an IP address."),
                                settings.host));
    if (settings.port < 1 || settings.port > 65535)
        check.add(kSmtpPortField, "range",
                  formatMessage(_("The mail server's port must be between 1 and 65535, not {}."), settings.port));
    if (settings.security == SmtpSecurity::None && !settings.host.empty() && !isLoopbackHost(settings.host))
        check.add(kSmtpSecurityField, "loopback-only",
                  formatMessage(_("The connection to {} must be encrypted (STARTTLS or TLS): an unencrypted "
                                  "connection is allowed only to a mail server on this computer."),
                                settings.host));
    check.singleLine(settings.username, 320, kSmtpUsernameField, _("The mail account's user name"));
    check.required(settings.fromAddress, kSmtpFromAddressField, _("The sender's address"));
    check.email(settings.fromAddress, kSmtpFromAddressField, _("The sender's address"));
    check.singleLine(settings.fromName, 200, kSmtpFromNameField, _("The sender's name"));
    check.throwIfAny();
}

std::string_view securityKey(SmtpSecurity security)
{
    for (const auto& [value, key] : kSecurityKeys)
        if (value == security)
            return key;
    return {};
}

SmtpSecurity parseSecurityKey(std::string_view key)
{
    for (const auto& [value, word] : kSecurityKeys)
        if (word == key)
            return value;
    throw ValidationError(kSmtpSecurityField, "choice",
                          formatMessage(_("The connection's security must be starttls, tls or none, not \"{}\"."), key));
}

} // namespace knotwork::mail
