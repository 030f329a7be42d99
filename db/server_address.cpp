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

// The password written in the address (user:password@host), or "".
std::string passwordIn(std::string_view uri)
{
    const std::size_t authority = uri.find("://");
    if (authority == std::string_view::npos)
        return {};
    const std::size_t at = uri.find('@', authority + 3);
    const std::size_t colon = uri.find(':', authority + 3);
    if (at == std::string_view::npos || colon > at)
        return {};
    return std::string(uri.substr(colon + 1, at - colon - 1));
}

// `text` with the address's password hidden wherever it appears (libpq quotes the address back).
std::string withoutPassword(std::string text, std::string_view uri)
{
    const std::string password = passwordIn(uri);
    if (password.empty())
        return text;
    for (std::size_t at = text.find(password); at != std::string::npos; at = text.find(password, at + 3))
        text.replace(at, password.size(), "***");
    return text;
}

[[noreturn]] void refuse(std::string_view uri, const std::string& why)
{
    throw ValidationError("server", "not-a-server-address",
                          formatMessage(_("\"{}\" is not a clinic server's address ({}). Write it as "
                                          "postgresql://user@host/database."),
                                        withoutPassword(std::string(uri), uri), withoutPassword(why, uri)));
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
    const std::string user = address.m_user.empty() ? "" : address.m_user + "@";
    if (host.find('/') == std::string::npos)  // a machine's name or address
        address.m_display = "postgresql://" + user + host + (port.empty() ? "" : ":" + port) + "/" + address.m_database;
    else  // a socket folder on this machine
        address.m_display = "postgresql://" + user + "/" + address.m_database + "?host=" + host
            + (port.empty() ? "" : "&port=" + port);
    address.m_options = std::move(options);
    return address;
}

} // namespace knotwork::db
