#include "db/practice_users.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "common/practice_user_json.h"
#include "common/timestamp.h"
#include "common/validator.h"
#include "db/practice_roles.h"
#include "db/row_reader.h"
#include "db/server_session.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

namespace {

constexpr const char* kSelectUsers =
    "SELECT login, display_name, role, credentials, licence_number, created_at, active FROM practice_users";

PracticeUser userOf(const soci::row& row)
{
    const RowReader read(row);
    PracticeUser user;
    user.login = read.text("login");
    user.displayName = read.text("display_name");
    user.role = fromKey<PracticeUser::Role>(read.text("role")).value_or(PracticeUser::Role::FrontDesk);
    user.credentials = read.text("credentials");
    user.licenceNumber = read.text("licence_number");
    user.createdAt = read.text("created_at");
    user.active = read.flag("active");
    return user;
}

// Runs the statement the server writes with format(): identifiers and the password quoted by
// PostgreSQL itself (utility statements take no parameters).
void runFormatted(soci::session& session, const std::string& format, const std::string& first)
{
    std::string statement;
    session << "SELECT format(CAST(:format AS TEXT), CAST(:first AS TEXT))", soci::use(format), soci::use(first), soci::into(statement);
    session << statement;
}

void runFormatted(soci::session& session, const std::string& format, const std::string& first,
                  const std::string& second)
{
    std::string statement;
    session << "SELECT format(CAST(:format AS TEXT), CAST(:first AS TEXT), CAST(:second AS TEXT))", soci::use(format), soci::use(first), soci::use(second),
        soci::into(statement);
    session << statement;
}

bool roleExists(soci::session& session, const std::string& role)
{
    int count = 0;
    session << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :role", soci::use(role), soci::into(count);
    return count > 0;
}

void requireServer(Database& database)
{
    if (!database.onServer())
        throw ValidationError("--db", "server-only",
                              formatMessage(_("{} is a practice file: its therapist, in the practice settings, "
                                              "signs everything in it. Accounts, each with a login of its own, are "
                                              "for a practice on a clinic server (docs/CLINIC-SERVER.md)."),
                                            database.where()));
}

} // namespace

std::vector<PracticeUser> practiceUsers(Database& database)
{
    requireServer(database);
    try {
        return readAll(database, std::string(kSelectUsers) + " ORDER BY login", userOf);
    } catch (...) {
        rethrowAsStorageError(_("reading the practice's accounts"));
    }
}

std::optional<PracticeUser> practiceUser(Database& database, const std::string& login)
{
    std::optional<PracticeUser> user;
    try {
        for (PracticeUser& found : readAll(database, std::string(kSelectUsers) + " WHERE login = :login", userOf, login))
            user = std::move(found);
    } catch (...) {
        rethrowAsStorageError(_("reading the practice's accounts"));
    }
    return user;
}

void addPracticeUser(Database& database, PracticeUser user, const std::string& password, const std::string& actor)
{
    requireServer(database);
    Validator validator;
    validatePracticeUser(user, validator);
    validator.throwIfAny();
    if (practiceUser(database, user.login))
        throw ValidationError("login", "taken",
                              formatMessage(_("{} has an account in this practice already (knotwork-cli user list)."),
                                            user.login));
    user.createdAt = Timestamp::now().iso8601();
    user.active = true;

    WriteTransaction transaction(database, actor);
    soci::session& session = transaction.session();
    try {
        grantPracticeAccess(database);
        if (roleExists(session, user.login))
            runFormatted(session, "ALTER ROLE %I LOGIN", user.login);
        else
            runFormatted(session, "CREATE ROLE %I LOGIN", user.login);
        if (!password.empty())
            runFormatted(session, "ALTER ROLE %I PASSWORD %L", user.login,
                         serverPasswordVerifier(session, user.login, password));
        runFormatted(session, "GRANT %I TO %I", groupRoleName(database, user.role), user.login);
        const std::string roleKey(keyOf(user.role));
        session << "INSERT INTO practice_users (login, display_name, role, credentials, licence_number, created_at, "
                   "active) VALUES (:login, :name, :role, :credentials, :licence, :created, 1)",
            soci::use(user.login), soci::use(user.displayName), soci::use(roleKey), soci::use(user.credentials),
            soci::use(user.licenceNumber), soci::use(user.createdAt);
    } catch (...) {
        rethrowAsStorageError(formatMessage(_("adding the account {}"), user.login));
    }
    transaction.audit({"user", user.login, "create", std::nullopt, nlohmann::json(user).dump()});
    transaction.commit();
}

void removePracticeUser(Database& database, const std::string& login, const std::string& actor)
{
    requireServer(database);
    const std::optional<PracticeUser> user = practiceUser(database, login);
    if (!user)
        throw NotFoundError(formatMessage(_("{} has no account in this practice (knotwork-cli user list)."), login));
    PracticeUser after = *user;
    after.active = false;

    WriteTransaction transaction(database, actor);
    soci::session& session = transaction.session();
    try {
        runFormatted(session, "ALTER ROLE %I NOLOGIN", login);
        runFormatted(session, "REVOKE %I FROM %I", groupRoleName(database, user->role), login);
        session << "UPDATE practice_users SET active = 0 WHERE login = :login", soci::use(login);
    } catch (...) {
        rethrowAsStorageError(formatMessage(_("removing the account {}"), login));
    }
    transaction.audit({"user", login, "remove", nlohmann::json(*user).dump(), nlohmann::json(after).dump()});
    transaction.commit();
}

} // namespace knotwork::db
