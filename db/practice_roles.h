#pragma once

#include <string>

#include "common/practice_user.h"
#include "db/database.h"

namespace knotwork::db {

// The roles of a practice on a clinic server (issue 26). Each person logs in as a PostgreSQL
// login of their own, a member of one of the practice's two group roles, which hold the
// privileges db/server_access.cpp lists. Role names are cluster-wide, so the groups carry the
// database's name: "knotwork_therapist", "knotwork_front_desk" for the database "knotwork".

// The group role of `role` in the practice's database.
std::string groupRoleName(Database& database, PracticeUser::Role role);

// Whether the session's login owns the practice (created it with init, or moved it there with
// migrate): the administrator, who upgrades it and manages its accounts.
bool sessionOwnsPractice(Database& database);
// That owner's login.
std::string practiceOwner(Database& database);
// Whether the session's login may create roles (CREATEROLE, or a superuser).
bool sessionMayCreateRoles(Database& database);
// The login the session authenticated as.
std::string sessionLogin(Database& database);
// Whom the audit rows of this connection name: on a server its login (0014's trigger refuses any
// other name from a login that does not own the practice), on a file `given` (the computer's user).
std::string auditActor(Database& database, const std::string& given);

// Creates the group roles when missing and grants them exactly what db/server_access.cpp says on
// every table (revoking whatever else they held), the schema's sequences, and the therapists'
// row rule on attachments. Run by the owner inside a write, after the migrations (Migrator) and
// before an account is added, so later migrations' tables are covered. StorageError when the
// login may not create roles, naming what the administrator runs.
void grantPracticeAccess(Database& database);
// What follows every change of the schema (Migrator, copyPracticeInto): grantPracticeAccess on a
// server whose login may create roles; nothing on a file, or for a login that may not (it leaves
// the grants to the first `user add`, which says what it needs).
void grantPracticeAccessAfterMigrations(Database& database);

} // namespace knotwork::db
