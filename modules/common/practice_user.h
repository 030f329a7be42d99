#pragma once

#include <string>
#include <string_view>

#include "common/choices.h"

namespace knotwork {

// A person who works in a practice on a clinic server, with a login of their own (issue 26). A
// therapist signs notes with their name and credentials; the front desk keeps the book, the
// contact details and the billing, and never reads clinical records (the server enforces it).
struct PracticeUser {
    enum class Role { Therapist, FrontDesk };

    std::string login;        // the PostgreSQL role the person connects as
    std::string displayName;  // "Maya Lindqvist"
    Role role = Role::Therapist;
    std::string credentials;    // "RMT"
    std::string licenceNumber;
    std::string createdAt;      // UTC, ISO 8601
    bool active = true;

    // How a note is signed: "Maya Lindqvist, RMT".
    std::string signature() const { return credentials.empty() ? displayName : displayName + ", " + credentials; }
};

KNOTWORK_DECLARE_CHOICES(PracticeUser::Role)

class Validator;
// A login of lower-case letters, digits, "_", "." and "-", beginning with a letter, at most 63
// characters (PostgreSQL's longest name; and one a password file and pg_hba.conf take as it is);
// a name; credentials and licence number on one line each.
void validatePracticeUser(const PracticeUser& user, Validator& validator);

} // namespace knotwork
