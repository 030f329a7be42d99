#pragma once

#include <map>
#include <string>

#include "db/server_address.h"

namespace knotwork::app {

// What a person types to reach a practice on a clinic server, and what Knotwork remembers of it
// between runs: everything but the password, which is kept apart (mail::PasswordStore,
// PasswordPurpose::ClinicServer).
struct ServerLogin {
    static constexpr int kDefaultPort = 5432;

    std::string host;  // a machine's name or address, or a socket folder on this one (/run/postgresql)
    int port = kDefaultPort;
    std::string database;
    std::string user;
    // Any other connection option the address gave (sslmode=verify-full, sslrootcert=…), kept as it is.
    std::map<std::string, std::string> options;

    // ValidationError naming every empty field ("host", "database", "user") and a port outside 1–65535.
    void check() const;
    // The address to connect to, with `password` (none when empty). libpq's default sslmode,
    // "prefer", is left in force unless `options` says otherwise: TLS whenever the server offers it.
    db::ServerAddress address(const std::string& password) const;
    // The key its password is kept under: the host with its port ("office-pc:5432").
    std::string passwordHost() const;
    // "knotwork on office-pc", as the status bar names the practice.
    std::string shortName() const;

    // What `address` says, without its password.
    static ServerLogin of(const db::ServerAddress& address);
    // The password `address` carries, or "".
    static std::string passwordOf(const db::ServerAddress& address);
};

} // namespace knotwork::app
