#include "app/mail/mail_sender.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <curl/curl.h>

#include "app/mail/mail_error.h"
#include "common/i18n.h"

namespace knotwork::mail {

namespace {

struct Upload {
    std::string_view bytes;
    std::size_t sent = 0;
};

std::size_t readUpload(char* buffer, std::size_t size, std::size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const std::size_t length = std::min(size * count, upload->bytes.size() - upload->sent);
    std::memcpy(buffer, upload->bytes.data() + upload->sent, length);
    upload->sent += length;
    return length;
}

std::string serverUrl(const SmtpSettings& settings)
{
    const bool ipv6 = settings.host.find(':') != std::string::npos;
    const std::string host = ipv6 ? "[" + settings.host + "]" : settings.host;
    const char* scheme = settings.security == SmtpSecurity::ImplicitTls ? "smtps" : "smtp";
    return fmt::format("{}://{}:{}", scheme, host, settings.port);
}

// The message's name for `server` when curl gives up with `code`; `detail` is curl's own words.
MailError failure(CURLcode code, const SmtpSettings& settings, const MailMessage& message, std::string detail)
{
    using Reason = MailError::Reason;
    if (detail.empty())
        detail = curl_easy_strerror(code);
    const std::string server = fmt::format("{}:{}", settings.host, settings.port);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        return MailError(Reason::Unreachable,
                         formatMessage(_("Could not reach the mail server {}: {}. Check the server's name and port, "
                                         "and that this computer is online; the email was not sent."),
                                       server, detail));
    case CURLE_LOGIN_DENIED:
        return MailError(Reason::AuthenticationRefused,
                         formatMessage(_("The mail server {} refused the user name {} or its password; the email "
                                         "was not sent."),
                                       server, settings.username));
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
        return MailError(Reason::TlsFailed,
                         formatMessage(_("Could not open a secure connection to the mail server {}: {}. Check the "
                                         "connection's security setting (STARTTLS or TLS) and port; the email was "
                                         "not sent."),
                                       server, detail));
    default:
        break;
    }
    if (detail.find("RCPT") != std::string::npos)
        return MailError(Reason::RecipientRefused,
                         formatMessage(_("The mail server {} refused to deliver to {} ({}); the email was not sent."),
                                       server, message.toAddress, detail));
    return MailError(Reason::Refused,
                     formatMessage(_("The mail server {} did not accept the email: {}. It was not sent."), server,
                                   detail));
}

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct RecipientsDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

} // namespace

void sendMail(const SmtpSettings& settings, const std::string& password, const MailMessage& message,
              const Timestamp& date, const MailTimeouts& timeouts)
{
    validateSmtpSettings(settings);
    const std::string bytes = composeMessage(settings, message, date, messageIdOf(message, settings.fromAddress, date));

    initialiseCurl();
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        throw MailError(MailError::Reason::Refused, _("Could not start sending email (out of memory)."));
    const std::string url = serverUrl(settings);
    const std::string from = "<" + settings.fromAddress + ">";
    const std::unique_ptr<curl_slist, RecipientsDeleter> recipients(
        curl_slist_append(nullptr, ("<" + message.toAddress + ">").c_str()));
    Upload upload{bytes};
    char error[CURL_ERROR_SIZE] = {};

    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    if (settings.security == SmtpSecurity::StartTls)
        curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!settings.username.empty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, settings.username.c_str());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.c_str());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes.size()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(timeouts.connect.count()));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(timeouts.total.count()));

    const CURLcode result = curl_easy_perform(handle);
    if (result != CURLE_OK)
        throw failure(result, settings, message, error);
}

} // namespace knotwork::mail
