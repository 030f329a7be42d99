#include "db/server_address.h"

#include <libpq-fe.h>
#include <map>
#include <memory>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

namespace {

constexpr std::string_view kSchemes[] = {"postgresql://", "postgres://"};

// libpq's reading of a connection URI, option by option (only those given are set).
std::map<std::string, std::string> connectionOptions(const std::string& uri, std::string& error)
{
    char* message = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(uri.c_str(), &message), &PQconninfoFree);
    if (!options) {
        error = message ? message : "";
        PQfreemem(message);
        return {};
    }
    std::map<std::string, std::string> given;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option)
        if (option->val && *option->val)
            given[option->keyword] = option->val;
    return given;
}

std::string percentEncoded(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string encoded;
    for (const unsigned char c : text) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += kHex[c >> 4];
            encoded += kHex[c & 0xF];
        }
    }
    return encoded;
}

// The address as typed, its password (user:password@) hidden.
std::string withoutPassword(std::string_view uri)
{
    std::string text(uri);
    const std::size_t authority = text.find("://");
    if (authority == std::string::npos)
        return text;
    const std::size_t at = text.find('@', authority + 3);
    const std::size_t colon = text.find(':', authority + 3);
    if (at != std::string::npos && colon < at)
        text.replace(colon + 1, at - colon - 1, "***");
    return text;
}

[[noreturn]] void refuse(std::string_view uri, const std::string& why)
{
    throw ValidationError("server", "not-a-server-address",
                          formatMessage(_("\"{}\" is not a clinic server's address ({}). Write it as "
                                          "postgresql://user@host/database."),
                                        withoutPassword(uri), why));
}

} // namespace

bool ServerAddress::looksLikeServer(std::string_view text)
{
    for (const std::string_view scheme : kSchemes)
        if (text.starts_with(scheme))
            return true;
    return false;
}

ServerAddress ServerAddress::parse(std::string_view uri)
{
    ServerAddress address;
    address.m_uri = std::string(uri);
    if (!looksLikeServer(uri))
        refuse(uri, _("it does not begin with postgresql://"));
    std::string error;
    std::map<std::string, std::string> options = connectionOptions(address.m_uri, error);
    if (options.empty() && !error.empty())
        refuse(uri, error.substr(0, error.find_last_not_of("\n") + 1));
    address.m_database = options["dbname"];
    if (address.m_database.empty())
        refuse(uri, _("it names no database"));
    address.m_user = options["user"];
    const std::string host = options["host"];
    const std::string port = options["port"];
    address.m_display = "postgresql://" + (address.m_user.empty() ? "" : address.m_user + "@")
        + (host.find('/') == std::string::npos ? host : "") + (port.empty() ? "" : ":" + port) + "/"
        + address.m_database + (host.find('/') == std::string::npos ? "" : "?host=" + host);
    return address;
}

ServerAddress ServerAddress::withDatabase(const std::string& database) const
{
    const std::size_t authority = m_uri.find("://") + 3;
    const std::size_t pathStart = m_uri.find_first_of("/?", authority);
    const std::size_t query = m_uri.find('?', authority);
    const std::string head = m_uri.substr(0, pathStart == std::string::npos ? m_uri.size() : pathStart);
    const std::string tail = query == std::string::npos ? "" : m_uri.substr(query);
    return parse(head + "/" + percentEncoded(database) + tail);
}

} // namespace knotwork::db
