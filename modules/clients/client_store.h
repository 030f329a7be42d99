#pragma once

#include <optional>
#include <span>
#include <vector>

#include "clients/attachment.h"
#include "clients/client_chart.h"

namespace knotwork::clients {

// Where clients are kept (db/ implements it over SQL). Every write is one transaction with its
// audit rows; a write carrying a stale rowVersion throws ConflictError and changes nothing.
// The SafetyAssessment passed with a write is stored beside the client so lists can filter and
// badge without reading every chart.
class ClientStore {
public:
    virtual ~ClientStore() = default;

    // Reading a list page by page, for virtual lists.
    virtual long long count(const ClientQuery& query, const Date& today) = 0;
    virtual std::vector<ClientListRow> page(const ClientQuery& query, const Date& today,
                                            long long offset, int limit) = 0;
    // NotFoundError when there is no such client.
    virtual ClientChart chart(ClientId id) = 0;

    // Creates the client (id 0) or updates it; appends `newScreening` when given. Returns the id.
    virtual ClientId saveIntake(const IntakeRecord& record,
                                const std::optional<Screening>& newScreening,
                                const SafetyAssessment& assessment) = 0;
    virtual void addScreening(ClientId id, const Screening& screening,
                              const SafetyAssessment& assessment) = 0;
    // Takes a flag off the record with its reason. Returns the withdrawal's id.
    virtual long long addWithdrawal(ClientId id, const FlagWithdrawal& withdrawal,
                                    const SafetyAssessment& assessment) = 0;
    // Stores the letter, when given, with the clearance. Returns the clearance's id.
    virtual long long addClearance(ClientId id, const Clearance& clearance,
                                   const std::optional<Attachment>& letter,
                                   const SafetyAssessment& assessment) = 0;
    // Extends a lapsed clearance, once: ConflictError when it was extended already.
    virtual void extendClearance(ClientId id, long long clearanceId, const ClearanceExtension& extension,
                                 const SafetyAssessment& assessment) = 0;
    virtual long long addConsent(ClientId id, const Consent& consent) = 0;
    virtual void revokeConsent(ClientId id, long long consentId, const Date& revokedOn) = 0;
    virtual void setArchived(ClientId id, int rowVersion, std::optional<Date> archivedOn,
                             const std::string& reason) = 0;
    // Only a client without clinical records (screenings, clearances, consents, diagnoses) can
    // be deleted — one added by mistake; ConflictError otherwise.
    virtual void remove(ClientId id, int rowVersion) = 0;
    // The active clients with `provider` on their care team, by name, and whether each has an
    // active consent to share records with that provider on `today`: a batch of reports.
    virtual std::vector<CareTeamClient> careTeamClients(ProviderId provider, const Date& today) = 0;
    // NotFoundError when there is no such attachment.
    virtual Attachment attachment(long long id) = 0;

    // Adds many clients in one transaction: the demo practice and imports.
    struct ImportedClient {
        IntakeRecord record;
        std::vector<Screening> screenings;
        std::vector<Clearance> clearances;
        std::vector<Consent> consents;
        SafetyAssessment assessment;
    };
    virtual std::vector<ClientId> importClients(std::span<const ImportedClient> clients) = 0;
};

} // namespace knotwork::clients
