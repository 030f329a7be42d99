#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/calendar_date.h"

namespace knotwork::clients {

using ProviderId = long long;

// Keys and labels of the lists below: choices<ProviderRole>() and choices<CareRelation>().
enum class ProviderRole {
    PhysicalTherapist,
    Neurologist,
    Chiropractor,
    Physician,
    Dentist,
    Osteopath,
    Psychologist,
    Other,
};

// A member of a client's care team: who refers clients and who treats them alongside.
struct Provider {
    ProviderId id = 0;
    std::string name;      // required: "Dr Amara Okafor"
    ProviderRole role = ProviderRole::Physician;
    std::string clinic;
    std::string phone;
    std::string email;
    std::string fax;
    std::string address;
    std::string notes;
    int rowVersion = 0;

    friend bool operator==(const Provider&, const Provider&) = default;
};

enum class CareRelation { Referring, CoTreating };

// A provider on one client's care team.
struct CareTeamMember {
    ProviderId providerId = 0;
    CareRelation relation = CareRelation::Referring;
    std::optional<Date> since;
    std::string referralReason;  // for a referring provider: why they sent the client

    friend bool operator==(const CareTeamMember&, const CareTeamMember&) = default;
};


} // namespace knotwork::clients
