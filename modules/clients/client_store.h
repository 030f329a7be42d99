#pragma once

#include <optional>
#include <span>
#include <vector>

#include "clients/attachment.h"
#include "clients/client_chart.h"
#include "clients/client_queries.h"

namespace knotwork::clients {

// Where clients are kept (db/ implements it over SQL). Every write is one transaction with its
// audit rows; a write carrying a stale rowVersion throws ConflictError and changes nothing.
// The SafetyAssessment passed with a write is stored beside the client so lists can filter and
// badge without reading every chart.
class ClientStore : public ClientQueries {
public:
    // Creates the client (id 0) or updates it; appends `newScreening` when given. Returns the id.
    virtual ClientId saveIntake(const IntakeRecord& record,
                                const std::optional<Screening>& newScreening,
                                const SafetyAssessment& assessment) = 0;
    virtual void addScreening(ClientId id, const Screening& screening,
                              const SafetyAssessment& assessment) = 0;
    // A new client with names and contact details only: no intake, screening, diagnosis or care
    // team (the front desk registers; the therapist takes the intake). Returns the id.
    virtual ClientId registerClient(const Client& client, const SafetyAssessment& assessment) = 0;
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

    struct ImportedClient {
        IntakeRecord record;
        std::vector<Screening> screenings;
        std::vector<Clearance> clearances;
        std::vector<Consent> consents;
        SafetyAssessment assessment;
    };
    // Adds many clients in one transaction: the demo practice and imports.
    virtual std::vector<ClientId> importClients(std::span<const ImportedClient> clients) = 0;
};

} // namespace knotwork::clients
