#pragma once
// ClientStore kept in memory, for tests of rules that have nothing to do with SQL. It behaves
// as SqlClientStore does where services rely on it: ids are assigned, a stale rowVersion is a
// ConflictError that changes nothing, an unknown client is a NotFoundError, screenings,
// withdrawals and extensions are signed by `actor`, and the safety status passed with a write
// is kept for the list. Searching is simpler than SQL's (tests/db checks the real one).

#include <map>
#include <string>

#include "clients/client_store.h"

namespace knotwork::testing {

class InMemoryClientStore final : public clients::ClientStore {
public:
    explicit InMemoryClientStore(std::string actor);

    long long count(const clients::ClientQuery& query, const Date& today) override;
    std::vector<clients::ClientListRow> page(const clients::ClientQuery& query, const Date& today,
                                             long long offset, int limit) override;
    clients::ClientChart chart(clients::ClientId id) override;
    clients::ClientListRow listRow(clients::ClientId id, const Date& today) override;
    std::vector<clients::VisitingClient> visitingClients(const std::vector<clients::ClientId>& ids) override;
    std::vector<clients::CareTeamClient> careTeamClients(clients::ProviderId provider,
                                                         const Date& today) override;
    clients::Attachment attachment(long long id) override;

    clients::ClientId saveIntake(const clients::IntakeRecord& record,
                                 const std::optional<clients::Screening>& newScreening,
                                 const clients::SafetyAssessment& assessment) override;
    void addScreening(clients::ClientId id, const clients::Screening& screening,
                      const clients::SafetyAssessment& assessment) override;
    clients::ClientId registerClient(const clients::Client& client, const clients::SafetyAssessment& assessment) override;
    long long addWithdrawal(clients::ClientId id, const clients::FlagWithdrawal& withdrawal,
                            const clients::SafetyAssessment& assessment) override;
    long long addClearance(clients::ClientId id, const clients::Clearance& clearance,
                           const std::optional<clients::Attachment>& letter,
                           const clients::SafetyAssessment& assessment) override;
    void extendClearance(clients::ClientId id, long long clearanceId,
                         const clients::ClearanceExtension& extension,
                         const clients::SafetyAssessment& assessment) override;
    long long addConsent(clients::ClientId id, const clients::Consent& consent) override;
    void revokeConsent(clients::ClientId id, long long consentId, const Date& revokedOn) override;
    void setArchived(clients::ClientId id, int rowVersion, std::optional<Date> archivedOn,
                     const std::string& reason) override;
    void remove(clients::ClientId id, int rowVersion) override;
    std::vector<clients::ClientId> importClients(std::span<const ImportedClient> clients) override;

    // What the other in-memory stores write beside the clients, as the SQL stores do in the
    // same file: attachments (the practice logo) and the last visit a signed note sets (which
    // the plan store reads to find plans with news).
    long long addAttachment(clients::Attachment attachment);
    void advanceLastVisit(clients::ClientId id, const Date& visit);
    std::optional<Date> lastVisit(clients::ClientId id);

private:
    // A client as the clients table keeps it: the chart and the columns lists read.
    struct Stored {
        clients::ClientChart chart;
        clients::SafetyStatus status = clients::SafetyStatus::Clear;
        clients::SafetyStatus uncleared = clients::SafetyStatus::Clear;
        std::optional<Date> clearedUntil;
        std::optional<Date> lastVisit;
    };

    // NotFoundError when there is no such client.
    Stored& stored(clients::ClientId id);
    // ConflictError unless `rowVersion` is the stored one.
    Stored& current(clients::ClientId id, int rowVersion);
    void keepStatus(Stored& client, const clients::SafetyAssessment& assessment);
    clients::ClientId insert(const clients::IntakeRecord& record);
    long long addScreeningTo(Stored& client, clients::Screening screening);
    std::vector<const Stored*> listed(const clients::ClientQuery& query, const Date& today) const;
    clients::ClientListRow listRow(const Stored& client, const Date& today) const;

    std::string m_actor;
    long long m_lastId = 0;  // one sequence for every kind of row: ids stay distinct anyway
    std::map<clients::ClientId, Stored> m_clients;
    std::map<long long, clients::Attachment> m_attachments;
};

} // namespace knotwork::testing
