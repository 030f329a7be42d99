#pragma once

#include <string>

#include "clients/client_store.h"
#include "db/database.h"

namespace knotwork::db {

// ClientStore over the practice database. Reads are plain queries; each write is one
// WriteTransaction with its audit rows, signed by `actor`.
class SqlClientStore : public clients::ClientStore {
public:
    SqlClientStore(Database& database, std::string actor);

    long long count(const clients::ClientQuery& query, const Date& today) override;
    std::vector<clients::ClientListRow> page(const clients::ClientQuery& query, const Date& today,
                                             long long offset, int limit) override;
    clients::ClientChart chart(clients::ClientId id) override;
    clients::ClientListRow listRow(clients::ClientId id, const Date& today) override;

    clients::ClientId saveIntake(const clients::IntakeRecord& record,
                                 const std::optional<clients::Screening>& newScreening,
                                 const clients::SafetyAssessment& assessment) override;
    void addScreening(clients::ClientId id, const clients::Screening& screening,
                      const clients::SafetyAssessment& assessment) override;
    clients::ClientId registerClient(const clients::Client& client, const clients::SafetyAssessment& assessment) override;
    long long addWithdrawal(clients::ClientId id, const clients::FlagWithdrawal& withdrawal,
                            const clients::SafetyAssessment& assessment) override;
    void extendClearance(clients::ClientId id, long long clearanceId,
                         const clients::ClearanceExtension& extension,
                         const clients::SafetyAssessment& assessment) override;
    long long addClearance(clients::ClientId id, const clients::Clearance& clearance,
                           const std::optional<clients::Attachment>& letter,
                           const clients::SafetyAssessment& assessment) override;
    long long addConsent(clients::ClientId id, const clients::Consent& consent) override;
    void revokeConsent(clients::ClientId id, long long consentId, const Date& revokedOn) override;
    void setArchived(clients::ClientId id, int rowVersion, std::optional<Date> archivedOn,
                     const std::string& reason) override;
    void remove(clients::ClientId id, int rowVersion) override;
    std::vector<clients::VisitingClient> visitingClients(const std::vector<clients::ClientId>& ids) override;
    std::vector<clients::CareTeamClient> careTeamClients(clients::ProviderId provider, const Date& today) override;
    clients::Attachment attachment(long long id) override;
    std::vector<clients::ClientId> importClients(std::span<const ImportedClient> clients) override;

private:
    clients::Client readClient(clients::ClientId id, clients::Intake& intake);
    // NotFoundError when there is no such client.
    void requireClient(clients::ClientId id);
    // Throws ConflictError or NotFoundError after an update that changed no row.
    [[noreturn]] void throwStale(clients::ClientId id);

    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
