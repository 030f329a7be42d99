#include "app/practice/practice_location.h"

#include "app/practice/practice_context.h"
#include "app/practice/server_login.h"

namespace knotwork::app {

PracticeLocation::PracticeLocation(std::filesystem::path file) : m_file(std::move(file)) {}

PracticeLocation::PracticeLocation(db::ServerAddress server) : m_server(std::move(server)) {}

PracticeLocation PracticeLocation::parse(std::string_view text)
{
    if (db::ServerAddress::looksLikeServer(text))
        return PracticeLocation(db::ServerAddress::parse(text));
    return PracticeLocation(std::filesystem::absolute(std::filesystem::path(std::string(text))));
}

PracticeLocation PracticeLocation::of(const db::Database& database)
{
    return database.server() ? PracticeLocation(*database.server()) : PracticeLocation(database.path());
}

std::string PracticeLocation::display() const
{
    return m_server ? m_server->display() : m_file.string();
}

std::string PracticeLocation::stem() const
{
    return m_server ? m_server->database() : m_file.stem().string();
}

std::string PracticeLocation::name() const
{
    return m_server ? ServerLogin::of(*m_server).shortName() : m_file.filename().string();
}

bool operator==(const PracticeLocation& left, const PracticeLocation& right)
{
    if (left.onServer() != right.onServer())
        return false;
    return left.onServer() ? left.m_server->uri() == right.m_server->uri() : left.m_file == right.m_file;
}

std::unique_ptr<PracticeContext> openPracticeAt(const PracticeLocation& location, db::OpenMode mode,
                                                const std::string& actor, Clock clock, const std::string& passphrase,
                                                db::FileCheck check)
{
    if (const db::ServerAddress* server = location.server())
        return std::make_unique<PracticeContext>(*server, mode, actor, std::move(clock));
    return std::make_unique<PracticeContext>(location.file(), mode, actor, std::move(clock), passphrase, check);
}

} // namespace knotwork::app
