#pragma once

#include <string>
#include <string_view>

namespace knotwork::mail {

// How the connection to the mail server is protected.
enum class SmtpSecurity {
    StartTls,     // plain connection upgraded with STARTTLS before anything is said (port 587)
    ImplicitTls,  // TLS from the first byte, "smtps" (port 465)
    None,         // no encryption: only for a server on this computer (loopback)
};

// The therapist's own mail account, as sending needs it. The password is not here: it lives in a
// PasswordStore (password_store.h), never in the practice file.
struct SmtpSettings {
    std::string host;           // "smtp.example.org", "127.0.0.1", "::1"
    int port = 587;             // 1–65535
    SmtpSecurity security = SmtpSecurity::StartTls;
    std::string username;       // empty: the server takes mail without logging in
    std::string fromAddress;    // "anna@example.org"
    std::string fromName;       // "Anna Lindqvist RMT"; may be empty

    friend bool operator==(const SmtpSettings&, const SmtpSettings&) = default;
};

// Stable names of the settings' fields, as ValidationError::field() gives them.
inline constexpr const char* kSmtpHostField = "smtp.host";
inline constexpr const char* kSmtpPortField = "smtp.port";
inline constexpr const char* kSmtpSecurityField = "smtp.security";
inline constexpr const char* kSmtpUsernameField = "smtp.username";
inline constexpr const char* kSmtpFromAddressField = "smtp.from_address";
inline constexpr const char* kSmtpFromNameField = "smtp.from_name";

// Throws ValidationError listing every field that breaks its rule: a host name or IP address,
// a port in 1–65535, no unencrypted connection to another computer (rule "loopback-only"), an
// address shaped local@domain, no line breaks in the user name or the sender's name.
void validateSmtpSettings(const SmtpSettings& settings);

// "localhost", 127.0.0.0/8 or ::1: a server on this computer.
bool isLoopbackHost(std::string_view host);

// "starttls", "tls" or "none": the stable words for the settings' JSON and the CLI.
std::string_view securityKey(SmtpSecurity security);
// Throws ValidationError (field smtp.security) for any other word.
SmtpSecurity parseSecurityKey(std::string_view key);

} // namespace knotwork::mail
