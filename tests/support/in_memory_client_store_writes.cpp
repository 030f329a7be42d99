// InMemoryClientStore's writes: each checks what SqlClientStore checks before it changes anything.
#include "support/in_memory_client_store.h"

#include <algorithm>

#include "common/error.h"

namespace knotwork::testing {

using namespace knotwork::clients;

InMemoryClientStore::Stored& InMemoryClientStore::current(ClientId id, int rowVersion)
{
    Stored& client = stored(id);
    if (client.chart.client.rowVersion != rowVersion)
        throw ConflictError("This client's record was changed elsewhere since you opened it.");
    return client;
}

void InMemoryClientStore::keepStatus(Stored& client, const SafetyAssessment& assessment)
{
    client.status = assessment.status;
    client.uncleared = statusWithoutClearances(assessment);
    client.clearedUntil = assessment.clearedUntil;
}

ClientId InMemoryClientStore::insert(const IntakeRecord& record)
{
    Stored client;
    client.chart.client = record.client;
    client.chart.client.id = ++m_lastId;
    client.chart.client.rowVersion = 1;
    client.chart.intake = record.intake;
    client.chart.diagnoses = record.diagnoses;
    client.chart.careTeam = record.careTeam;
    m_clients[client.chart.client.id] = client;
    return client.chart.client.id;
}

long long InMemoryClientStore::addScreeningTo(Stored& client, Screening screening)
{
    if (screening.screenedBy.empty())
        screening.screenedBy = m_actor;
    screening.id = ++m_lastId;
    client.chart.screenings.push_back(screening);
    return screening.id;
}

ClientId InMemoryClientStore::registerClient(const Client& client, const SafetyAssessment& assessment)
{
    IntakeRecord record;
    record.client = client;
    return saveIntake(record, std::nullopt, assessment);
}

ClientId InMemoryClientStore::saveIntake(const IntakeRecord& record, const std::optional<Screening>& newScreening,
                                         const SafetyAssessment& assessment)
{
    ClientId id = record.client.id;
    if (id == 0) {
        IntakeRecord added = record;
        added.client.archived = false;
        added.client.archivedOn.reset();
        added.client.archiveReason.clear();
        id = insert(added);
    } else {
        Stored& client = current(id, record.client.rowVersion);
        Client updated = record.client;  // archiving is setArchived's: the form does not change it
        updated.archived = client.chart.client.archived;
        updated.archivedOn = client.chart.client.archivedOn;
        updated.archiveReason = client.chart.client.archiveReason;
        ++updated.rowVersion;
        client.chart.client = updated;
        client.chart.intake = record.intake;
        client.chart.diagnoses = record.diagnoses;
        client.chart.careTeam = record.careTeam;
    }
    Stored& client = stored(id);
    keepStatus(client, assessment);
    if (newScreening) {
        Screening screening = *newScreening;
        screening.screenedBy = m_actor;
        addScreeningTo(client, screening);
    }
    return id;
}

void InMemoryClientStore::addScreening(ClientId id, const Screening& screening, const SafetyAssessment& assessment)
{
    Stored& client = stored(id);
    Screening saved = screening;
    saved.screenedBy = m_actor;
    addScreeningTo(client, saved);
    keepStatus(client, assessment);
}

long long InMemoryClientStore::addWithdrawal(ClientId id, const FlagWithdrawal& withdrawal,
                                             const SafetyAssessment& assessment)
{
    Stored& client = stored(id);
    FlagWithdrawal& saved = client.chart.withdrawals.emplace_back(withdrawal);
    saved.withdrawnBy = m_actor;
    saved.id = ++m_lastId;
    keepStatus(client, assessment);
    return saved.id;
}

long long InMemoryClientStore::addClearance(ClientId id, const Clearance& clearance,
                                            const std::optional<Attachment>& letter,
                                            const SafetyAssessment& assessment)
{
    Stored& client = stored(id);
    Clearance saved = clearance;
    if (letter)
        saved.letterAttachmentId = addAttachment(*letter);
    saved.id = ++m_lastId;
    client.chart.clearances.push_back(saved);
    keepStatus(client, assessment);
    return saved.id;
}

void InMemoryClientStore::extendClearance(ClientId id, long long clearanceId, const ClearanceExtension& extension,
                                          const SafetyAssessment& assessment)
{
    Stored& client = stored(id);
    const auto clearance = std::find_if(client.chart.clearances.begin(), client.chart.clearances.end(),
                                        [&](const Clearance& c) { return c.id == clearanceId; });
    if (clearance == client.chart.clearances.end())
        throw NotFoundError("There is no clearance number " + std::to_string(clearanceId) + " for this client.");
    if (clearance->extension)
        throw ConflictError("This clearance was extended already; it can be extended only once.");
    clearance->extension = extension;
    clearance->extension->recordedBy = m_actor;
    keepStatus(client, assessment);
}

long long InMemoryClientStore::addConsent(ClientId id, const Consent& consent)
{
    Consent& saved = stored(id).chart.consents.emplace_back(consent);
    saved.id = ++m_lastId;
    return saved.id;
}

void InMemoryClientStore::revokeConsent(ClientId id, long long consentId, const Date& revokedOn)
{
    const auto client = m_clients.find(id);
    if (client != m_clients.end())
        for (Consent& consent : client->second.chart.consents)
            if (consent.id == consentId && !consent.revokedOn) {
                consent.revokedOn = revokedOn;
                return;
            }
    throw ConflictError("This consent is not on file or was already revoked.");
}

void InMemoryClientStore::setArchived(ClientId id, int rowVersion, std::optional<Date> archivedOn,
                                      const std::string& reason)
{
    Client& client = current(id, rowVersion).chart.client;
    client.archived = archivedOn.has_value();
    client.archivedOn = archivedOn;
    client.archiveReason = reason;
    ++client.rowVersion;
}

void InMemoryClientStore::remove(ClientId id, int rowVersion)
{
    const ClientChart& chart = current(id, rowVersion).chart;
    if (!chart.screenings.empty() || !chart.clearances.empty() || !chart.consents.empty() || !chart.diagnoses.empty())
        throw ConflictError("This client has clinical records, which are kept: archive the client instead of deleting.");
    m_clients.erase(id);
}

std::vector<ClientId> InMemoryClientStore::importClients(std::span<const ImportedClient> imported)
{
    std::vector<ClientId> ids;
    for (const ImportedClient& added : imported) {
        const ClientId id = insert(added.record);
        Stored& client = stored(id);
        for (const Screening& screening : added.screenings)
            addScreeningTo(client, screening);
        for (const Clearance& clearance : added.clearances)
            client.chart.clearances.emplace_back(clearance).id = ++m_lastId;
        for (const Consent& consent : added.consents)
            client.chart.consents.emplace_back(consent).id = ++m_lastId;
        keepStatus(client, added.assessment);
        ids.push_back(id);
    }
    return ids;
}

} // namespace knotwork::testing
