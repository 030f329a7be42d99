#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "db/database.h"
#include "db/server_address.h"

namespace knotwork::app {

class PracticeContext;

// Where a practice is: a file on this computer, or a database on a clinic server. What the front
// ends remember, show and open again (a background check or sending opens its own connection to
// the same place).
class PracticeLocation {
public:
    // A file is a location as it is (the GUI and its tests name practices by their files).
    PracticeLocation(std::filesystem::path file);  // NOLINT(google-explicit-constructor)
    explicit PracticeLocation(db::ServerAddress server);
    // `--db` as typed: postgresql://… or postgres://… is a server (ValidationError when libpq cannot
    // read it), anything else a file, made absolute.
    static PracticeLocation parse(std::string_view text);
    // Where `database` is open.
    static PracticeLocation of(const db::Database& database);

    bool onServer() const { return m_server.has_value(); }
    // The practice file; empty on a server.
    const std::filesystem::path& file() const { return m_file; }
    // The server's address (with its password, when it was given one); null for a file.
    const db::ServerAddress* server() const { return m_server ? &*m_server : nullptr; }
    // As messages name it: the file, or the server address without its password.
    std::string display() const;
    // A short name for files made from it: the file's stem, or the database's name.
    std::string stem() const;
    // As a title names it: the file's name ("practice.sqlite"), or "knotwork on office-pc".
    std::string name() const;

    friend bool operator==(const PracticeLocation& left, const PracticeLocation& right);

private:
    std::filesystem::path m_file;
    std::optional<db::ServerAddress> m_server;
};

// Opens the practice at `location` as PracticeContext's constructors do; `passphrase` and `check`
// matter for a file only.
std::unique_ptr<PracticeContext> openPracticeAt(const PracticeLocation& location, db::OpenMode mode,
                                                const std::string& actor, Clock clock,
                                                const std::string& passphrase = {},
                                                db::FileCheck check = db::FileCheck::AtOpen);

} // namespace knotwork::app
