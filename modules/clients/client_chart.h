#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/client.h"
#include "clients/consent.h"
#include "clients/intake.h"
#include "clients/screening.h"

namespace knotwork::clients {

// What the intake form edits and saves together, in one transaction.
struct IntakeRecord {
    Client client;                        // id 0 for a new client
    Intake intake;
    std::vector<Diagnosis> diagnoses;     // empty: not diagnosed (refer)
    std::vector<CareTeamMember> careTeam;
    std::set<SafetyIssue> screeningIssues;  // the screening answers as ticked on the form
    std::optional<Date> pregnancyEndsOn;    // required with PregnancyOrPostpartum
    std::string screeningNotes;
};

// Everything a client's chart shows, as stored.
struct ClientChart {
    Client client;
    Intake intake;
    std::vector<Diagnosis> diagnoses;
    std::vector<CareTeamMember> careTeam;
    std::vector<Screening> screenings;   // oldest first
    std::vector<FlagWithdrawal> withdrawals;  // oldest first
    std::vector<Clearance> clearances;   // oldest first, without letter bytes, with extensions
    std::vector<Consent> consents;       // oldest first

    const Screening* latestScreening(std::optional<ScreeningKind> kind = std::nullopt) const;
    SafetyRecord safetyRecord() const
    {
        return {screenings, withdrawals, clearances, diagnoses, intake.health.flags};
    }
    IntakeRecord intakeRecord() const;
};

// A row of the client list: just what the list shows, read a page at a time.
struct ClientListRow {
    ClientId id = 0;
    std::string familyName;
    std::string givenNames;
    std::string preferredName;
    std::string phone;
    std::string email;
    std::optional<Date> dateOfBirth;
    bool archived = false;
    SafetyStatus status = SafetyStatus::Clear;  // as of today (expired clearances re-open)
    std::optional<Date> clearedUntil;
    std::optional<Date> lastVisit;              // filled once session notes exist
};

// A client of one provider's care team, for sending reports to that provider.
struct CareTeamClient {
    ClientId id = 0;
    std::string name;  // as lists show it: "Martin, Zoë"
    bool sharingConsent = false;
    std::optional<Date> lastVisit;
};

// A client as the appointment book shows them beside a visit: the names (the other fields of
// `client` left empty) and the intake's health flags, which are the client's precautions
// (SafetyAssessment::precautions).
struct VisitingClient {
    Client client;
    std::set<HealthFlag> healthFlags;
};

enum class ClientFilter { Active, Archived, NeedsClearance, All };
enum class ClientSort { Name, LastVisit };

struct ClientQuery {
    std::string text;  // matched, case- and accent-insensitively, in names, phone and email
    ClientFilter filter = ClientFilter::Active;
    ClientSort sort = ClientSort::Name;
};

} // namespace knotwork::clients
