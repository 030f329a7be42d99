#pragma once
// A client referred by a physical therapist (Dr Amara Okafor, PT), a chiropractor (Dr Lee) the
// practice also knows, consent to treatment and four signed visits from March to June 2026: for
// tests of what may leave the practice.

#include "clients/client_service.h"
#include "sharing/sharing_service.h"
#include "support/new_client.h"
#include "support/signed_visit.h"
#include "support/treatment_consent.h"

namespace knotwork::testing {

struct SharingClient {
    SharingClient(clients::ClientService& service, sessions::SessionService& sessions) : clients(service)
    {
        recipient = addProvider("Dr Amara Okafor, PT", clients::ProviderRole::PhysicalTherapist);
        other = addProvider("Dr Lee", clients::ProviderRole::Chiropractor);
        clients::IntakeRecord record = newClient("Martin", "Zoë");
        record.careTeam = {{recipient, clients::CareRelation::Referring, std::nullopt, "Neck pain and headaches"}};
        client = clients.saveIntake(record);
        consentToTreatment(clients, client);
        for (const Date& visit : {Date(2026, 3, 2), Date(2026, 4, 6), Date(2026, 5, 4), Date(2026, 6, 1)})
            signSampleVisit(sessions, client, visit);
    }

    clients::ProviderId addProvider(const std::string& name, clients::ProviderRole role)
    {
        clients::Provider provider;
        provider.name = name;
        provider.role = role;
        return clients.saveProvider(provider);
    }

    // Consent to share with `provider`, given on the first visit; returns its id.
    long long consentToShareWith(clients::ProviderId provider)
    {
        clients::Consent consent;
        consent.kind = clients::ConsentKind::ShareRecords;
        consent.providerId = provider;
        consent.givenOn = Date(2026, 3, 2);
        return clients.recordConsent(client, consent);
    }

    // A progress report for the physical therapist, with the progress in words (no plan is on file).
    sharing::ProgressReportRequest request() const
    {
        sharing::ProgressReportRequest asked;
        asked.client = client;
        asked.recipient = recipient;
        asked.assessment.progress = "Fewer headache days since March.";
        return asked;
    }

    clients::ClientService& clients;
    clients::ProviderId recipient = 0;
    clients::ProviderId other = 0;
    clients::ClientId client = 0;
};

} // namespace knotwork::testing
