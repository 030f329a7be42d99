#pragma once
// A client with headaches on file (12 days a month, usually 6/10), the provider's diagnoses
// given and consent to treatment: for tests of plans and what leaves the practice.

#include <vector>

#include "clients/client_service.h"
#include "support/treatment_consent.h"

namespace knotwork::testing {

inline clients::ClientId diagnosedClient(clients::ClientService& service,
                                         const std::vector<clients::HeadacheType>& diagnosed)
{
    clients::IntakeRecord record;
    record.client.familyName = "Martin";
    record.client.givenNames = "Zoë";
    record.intake.headache.headacheDaysPerMonth = 12;
    record.intake.headache.usualIntensity = 6;
    for (clients::HeadacheType type : diagnosed) {
        clients::Diagnosis diagnosis;
        diagnosis.type = type;
        diagnosis.diagnosedBy = "Dr. Okafor";
        record.diagnoses.push_back(diagnosis);
    }
    const clients::ClientId id = service.saveIntake(record);
    consentToTreatment(service, id);
    return id;
}

} // namespace knotwork::testing
