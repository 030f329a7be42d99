#include "app/practice/server_login.h"

#include <charconv>
#include <vector>

#include "common/error.h"
#include "common/i18n.h"
#include "common/percent_encoding.h"

namespace knotwork::app {

namespace {

// The options the login's own fields carry, which ServerLogin::of does not keep among `options`.
bool ownField(const std::string& option)
{
    return option == "host" || option == "port" || option == "dbname" || option == "user" || option == "password";
}

} // namespace

void ServerLogin::check() const
{
    std::vector<FieldProblem> problems;
    if (host.empty())
        problems.push_back({"host", "required", _("Server: write the clinic server's name or address.")});
    if (port < 1 || port > 65535)
        problems.push_back({"port", "range", _("Port: a number from 1 to 65535 (the clinic server's is usually 5432).")});
    if (database.empty())
        problems.push_back({"database", "required", _("Database: write the practice's database on the server.")});
    if (user.empty())
        problems.push_back({"user", "required", _("User name: write your login on the clinic server.")});
    if (!problems.empty())
        throw ValidationError(std::move(problems));
}

db::ServerAddress ServerLogin::address(const std::string& password) const
{
    std::string uri = "postgresql://" + percentEncoded(user);
    if (!password.empty())
        uri += ":" + percentEncoded(password);
    uri += "@";
    std::map<std::string, std::string> query = options;
    if (host.starts_with('/')) {
        query["host"] = host;  // a socket folder goes as an option: a URI's host part cannot hold it
        query["port"] = std::to_string(port);
    } else {
        uri += (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
    }
    uri += "/" + percentEncoded(database);
    char separator = '?';
    for (const auto& [name, value] : query) {
        uri += separator + name + "=" + percentEncoded(value);
        separator = '&';
    }
    return db::ServerAddress::parse(uri);
}

std::string ServerLogin::passwordHost() const
{
    return host + ":" + std::to_string(port);
}

std::string ServerLogin::shortName() const
{
    return formatMessage(_("{} on {}"), database, host);
}

ServerLogin ServerLogin::of(const db::ServerAddress& address)
{
    const auto& given = address.options();
    const auto option = [&given](const std::string& name) {
        const auto found = given.find(name);
        return found == given.end() ? std::string() : found->second;
    };
    ServerLogin login;
    login.host = option("host");
    const std::string port = option("port");
    if (!port.empty())
        std::from_chars(port.data(), port.data() + port.size(), login.port);
    login.database = address.database();
    login.user = address.user();
    for (const auto& [name, value] : given)
        if (!ownField(name))
            login.options[name] = value;
    return login;
}

std::string ServerLogin::passwordOf(const db::ServerAddress& address)
{
    const auto found = address.options().find("password");
    return found == address.options().end() ? std::string() : found->second;
}

} // namespace knotwork::app
