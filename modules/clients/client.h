#pragma once

#include <optional>
#include <string>

#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork::clients {

using ClientId = long long;

struct EmergencyContact {
    std::string name;
    std::string relationship;
    std::string phone;

    friend bool operator==(const EmergencyContact&, const EmergencyContact&) = default;
};

// Who the client is and how to reach them. The legal name is family + given names; the
// preferred name is what the therapist calls them.
struct Client {
    ClientId id = 0;                 // 0 until saved
    std::string familyName;          // required
    std::string givenNames;          // required
    std::string preferredName;
    std::string pronouns;
    std::optional<Date> dateOfBirth;
    std::string phone;
    std::string email;
    std::string address;             // as written on an envelope, lines separated by '\n'
    EmergencyContact emergencyContact;
    std::string occupation;
    std::optional<double> screenHoursPerDay;  // desk or screen work, 0–24
    std::string notes;
    bool archived = false;
    std::optional<Date> archivedOn;
    std::string archiveReason;
    int rowVersion = 0;              // optimistic locking: the version this copy was read at

    friend bool operator==(const Client&, const Client&) = default;
};

// "Martin, Zoë": how lists sort and show clients.
std::string listName(const Client& client);
// "Zoë Martin", or "Zoë (Zoe) Martin" with a different preferred name: how a chart greets them.
std::string fullName(const Client& client);
// Whole years on `today`, when the date of birth is known.
std::optional<int> ageOn(const Client& client, const Date& today);

} // namespace knotwork::clients
