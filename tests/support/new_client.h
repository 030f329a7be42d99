#pragma once
// The intake form of a new client with a name and the screening answers ticked: for tests whose
// subject is what happens to the client next.

#include <set>
#include <string>

#include "clients/client_chart.h"

namespace knotwork::testing {

inline clients::IntakeRecord newClient(const std::string& family, const std::string& given,
                                       std::set<clients::SafetyIssue> issues = {})
{
    clients::IntakeRecord record;
    record.client.familyName = family;
    record.client.givenNames = given;
    record.screeningIssues = std::move(issues);
    return record;
}

} // namespace knotwork::testing
