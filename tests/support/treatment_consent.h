#pragma once
// Informed consent to treatment on file, as a client has before their first treatment note can be
// signed: for tests whose subject is something else.

#include "clients/client_service.h"

namespace knotwork::testing {

inline long long consentToTreatment(clients::ClientService& service, clients::ClientId client,
                                    const Date& givenOn = Date(2026, 1, 5))
{
    clients::Consent consent;
    consent.kind = clients::ConsentKind::Treatment;
    consent.givenOn = givenOn;
    consent.wordingVersion = "2024-1";
    return service.recordConsent(client, consent);
}

} // namespace knotwork::testing
