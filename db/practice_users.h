#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/practice_user.h"
#include "db/database.h"

namespace knotwork::db {

// The accounts of a practice on a clinic server (practice_users, migration 0014), each a login
// role of the server's in one of the practice's group roles (db/practice_roles.h). Adding and
// removing them is the practice owner's: it creates and changes roles.

// Every account, active or not, by login.
std::vector<PracticeUser> practiceUsers(Database& database);
// The account of `login`; nullopt when it has none (the owner, a practice file).
std::optional<PracticeUser> practiceUser(Database& database, const std::string& login);

// Creates the login role (with `password` when one is given, sent as its SCRAM verifier only;
// otherwise the server's other methods, a certificate or peer, let the person in), makes it a member of its role's group,
// records the account and audits it, all in one write. The group roles and their grants are
// brought up to date first. ValidationError for a malformed account or a login that already has
// one; StorageError naming what the administrator lacks.
void addPracticeUser(Database& database, PracticeUser user, const std::string& password, const std::string& actor);

// Takes the login's right to log in and its group away and marks the account inactive; what it
// wrote and signed stays, and so does its name there. NotFoundError for a login without an account.
void removePracticeUser(Database& database, const std::string& login, const std::string& actor);

} // namespace knotwork::db
