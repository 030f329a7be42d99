#include "db/sql_client_store.h"

#include <soci/soci.h>

#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/client_search_sql.h"
#include "db/id_list.h"
#include "db/record_damage.h"
#include "db/key_list.h"
#include "db/row_reader.h"
#include "db/sql_dialect.h"
#include "db/storage_errors.h"

namespace knotwork::db {

using namespace knotwork::clients;

namespace {

// Runs a SELECT whose parameters are the search's :p0, :p1, …, calling `each` per row.
template <typename Each>
void forEachRow(soci::session& session, const std::string& sql,
                const std::vector<std::string>& parameters, Each&& each)
{
    soci::row row;
    soci::statement statement(session);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        std::string name(1, 'p');  // not "p" + …, which GCC 12 flags with a false -Wrestrict
        name += std::to_string(i);
        statement.exchange(soci::use(parameters[i], name));
    }
    statement.exchange(soci::into(row));
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(false);
    while (statement.fetch())
        each(row);
}

// The columns of a client list's row: the front desk of a clinic server may read every one.
constexpr const char* kListColumns =
    "SELECT id, family_name, given_names, preferred_name, phone, email, date_of_birth, "
    "archived, safety_status, safety_status_uncleared, cleared_until, last_visit_on FROM clients";

ClientListRow listRowOf(const soci::row& row, const Date& today)
{
    RowReader read(row);
    ClientListRow listed;
    listed.id = read.integer("id");
    readRecord(kClientRecord, listed.id, [&] {
        listed.familyName = read.text("family_name");
        listed.givenNames = read.text("given_names");
        listed.preferredName = read.text("preferred_name");
        listed.phone = read.text("phone");
        listed.email = read.text("email");
        listed.dateOfBirth = read.optionalDate("date_of_birth");
        listed.archived = read.flag("archived");
        listed.status = read.choice<SafetyStatus>("safety_status", "clients", std::to_string(listed.id));
        const SafetyStatus uncleared = read.choice<SafetyStatus>("safety_status_uncleared", "clients", std::to_string(listed.id));
        listed.clearedUntil = read.optionalDate("cleared_until");
        listed.lastVisit = read.optionalDate("last_visit_on");
        if (listed.status == SafetyStatus::Cleared && listed.clearedUntil && *listed.clearedUntil < today) {
            listed.status = uncleared;
            listed.clearedUntil.reset();
        }
    });
    return listed;
}

} // namespace

SqlClientStore::SqlClientStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

long long SqlClientStore::count(const ClientQuery& query, const Date& today)
{
    try {
        const ClientSearchSql search = buildClientSearch(query, today);
        long long total = 0;
        forEachRow(m_database.session(), "SELECT COUNT(*) AS total FROM clients WHERE " + search.where,
                   search.parameters, [&](const soci::row& row) { total = RowReader(row).integer("total"); });
        return total;
    } catch (...) {
        rethrowAsStorageError(_("counting clients"));
    }
}

std::vector<ClientListRow> SqlClientStore::page(const ClientQuery& query, const Date& today,
                                                long long offset, int limit)
{
    try {
        const ClientSearchSql search = buildClientSearch(query, today);
        const std::string sql = std::string(kListColumns) + " WHERE " + search.where + " ORDER BY " + search.orderBy
            + " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
        std::vector<ClientListRow> rows;
        rows.reserve(static_cast<std::size_t>(std::max(limit, 0)));
        forEachRow(m_database.session(), sql, search.parameters,
                   [&](const soci::row& row) { rows.push_back(listRowOf(row, today)); });
        return rows;
    } catch (...) {
        rethrowAsStorageError(_("listing clients"));
    }
}

ClientListRow SqlClientStore::listRow(ClientId id, const Date& today)
{
    std::optional<ClientListRow> found;
    try {
        forEachRow(m_database, std::string(kListColumns) + " WHERE id = :id", id,
                   [&](const soci::row& row) { found = listRowOf(row, today); });
    } catch (...) {
        rethrowAsStorageError(_("reading the client"));
    }
    if (!found)
        throw NotFoundError(formatMessage(_("There is no client number {} in this practice."), id));
    return *found;
}

Client SqlClientStore::readClient(ClientId id, Intake& intake)
{
    std::optional<Client> found;
    forEachRow(m_database,
               "SELECT id, family_name, given_names, preferred_name, pronouns, date_of_birth, "
               "phone, email, address, emergency_name, emergency_relationship, emergency_phone, "
               "occupation, screen_hours_per_day, notes, archived, archived_on, archive_reason, "
               "row_version, intake FROM clients WHERE id = :id",
               id, [&](const soci::row& row) {
        RowReader read(row);
        Client& client = found.emplace();
        client.id = read.integer("id");
        readRecord(kClientRecord, id, [&] {
            client.familyName = read.text("family_name");
            client.givenNames = read.text("given_names");
            client.preferredName = read.text("preferred_name");
            client.pronouns = read.text("pronouns");
            client.dateOfBirth = read.optionalDate("date_of_birth");
            client.phone = read.text("phone");
            client.email = read.text("email");
            client.address = read.text("address");
            client.emergencyContact.name = read.text("emergency_name");
            client.emergencyContact.relationship = read.text("emergency_relationship");
            client.emergencyContact.phone = read.text("emergency_phone");
            client.occupation = read.text("occupation");
            client.screenHoursPerDay = read.optionalReal("screen_hours_per_day");
            client.notes = read.text("notes");
            client.archived = read.flag("archived");
            client.archivedOn = read.optionalDate("archived_on");
            client.archiveReason = read.text("archive_reason");
            client.rowVersion = static_cast<int>(read.integer("row_version"));
            intake = storedIntake(read.text("intake"));
        });
    });
    if (!found)
        throw NotFoundError(formatMessage(_("There is no client number {} in this practice."), id));
    return *found;
}

ClientChart SqlClientStore::chart(ClientId id)
{
    try {
        ClientChart chart;
        chart.client = readClient(id, chart.intake);
        const std::string ofClient = "of client " + std::to_string(id);
        forEachRow(m_database, "SELECT headache_type, provider_id, diagnosed_by, diagnosed_on, notes, icd10_code "
                            "FROM diagnoses WHERE client_id = :id ORDER BY position",
                   id, [&](const soci::row& row) {
            RowReader read(row);
            Diagnosis& diagnosis = chart.diagnoses.emplace_back();
            readRecord(kClientRecord, id, [&] {
                diagnosis.type = read.choice<HeadacheType>("headache_type", "diagnoses", ofClient);
                diagnosis.providerId = read.optionalInteger("provider_id");
                diagnosis.diagnosedBy = read.text("diagnosed_by");
                diagnosis.diagnosedOn = read.optionalDate("diagnosed_on");
                diagnosis.notes = read.text("notes");
                diagnosis.icd10Code = read.text("icd10_code");
            });
        });
        forEachRow(m_database, "SELECT provider_id, relation, since, referral_reason FROM care_team "
                            "WHERE client_id = :id ORDER BY relation DESC, provider_id",
                   id, [&](const soci::row& row) {
            RowReader read(row);
            CareTeamMember& member = chart.careTeam.emplace_back();
            readRecord(kClientRecord, id, [&] {
                member.providerId = read.integer("provider_id");
                member.relation = read.choice<CareRelation>("relation", "care_team", ofClient);
                member.since = read.optionalDate("since");
                member.referralReason = read.text("referral_reason");
            });
        });
        forEachRow(m_database, "SELECT id, screened_at, screened_by, kind, issues, pregnancy_ends_on, "
                            "notes FROM screenings WHERE client_id = :id ORDER BY id",
                   id, [&](const soci::row& row) {
            RowReader read(row);
            Screening& screening = chart.screenings.emplace_back();
            screening.id = read.integer("id");
            readRecord(kScreeningRecord, screening.id, [&] {
                screening.screenedAt = read.timestamp("screened_at");
                screening.screenedBy = read.text("screened_by");
                screening.kind = read.choice<ScreeningKind>("kind", "screenings", std::to_string(screening.id));
                screening.issues = read.choiceSet<SafetyIssue>("issues", "screenings", std::to_string(screening.id));
                screening.pregnancyEndsOn = read.optionalDate("pregnancy_ends_on");
                screening.notes = read.text("notes");
            });
        });
        forEachRow(m_database, "SELECT id, issue, reason, details, withdrawn_at, withdrawn_by "
                            "FROM flag_withdrawals WHERE client_id = :id ORDER BY id",
                   id, [&](const soci::row& row) {
            RowReader read(row);
            FlagWithdrawal& withdrawal = chart.withdrawals.emplace_back();
            withdrawal.id = read.integer("id");
            readRecord(kFlagWithdrawalRecord, withdrawal.id, [&] {
                withdrawal.issue = read.choice<SafetyIssue>("issue", "flag_withdrawals", std::to_string(withdrawal.id));
                withdrawal.reason = read.choice<WithdrawalReason>("reason", "flag_withdrawals", std::to_string(withdrawal.id));
                withdrawal.details = read.text("details");
                withdrawal.withdrawnAt = read.timestamp("withdrawn_at");
                withdrawal.withdrawnBy = read.text("withdrawn_by");
            });
        });
        forEachRow(m_database, "SELECT c.id, c.provider_id, c.provider_name, c.cleared_on, c.conditions, "
                            "c.expires_on, c.covers, c.letter_attachment_id, c.recorded_at, "
                            "e.extended_to, e.reason, e.recorded_at, e.recorded_by FROM clearances c "
                            "LEFT JOIN clearance_extensions e ON e.clearance_id = c.id "
                            "WHERE c.client_id = :id ORDER BY c.id",
                   id, [&](const soci::row& row) {
            RowReader read(row);
            Clearance& clearance = chart.clearances.emplace_back();
            clearance.id = read.integer("id");
            readRecord(kClearanceRecord, clearance.id, [&] {
                clearance.providerId = read.optionalInteger("provider_id");
                clearance.providerName = read.text("provider_name");
                clearance.clearedOn = read.date("cleared_on");
                clearance.conditions = read.text("conditions");
                clearance.expiresOn = read.optionalDate("expires_on");
                clearance.covers = read.choiceSet<SafetyIssue>("covers", "clearances", std::to_string(clearance.id));
                clearance.letterAttachmentId = read.optionalInteger("letter_attachment_id");
                clearance.recordedAt = read.timestamp("recorded_at");
                if (const std::optional<Date> extendedTo = read.optionalDate("extended_to")) {
                    ClearanceExtension& extension = clearance.extension.emplace();
                    extension.extendedTo = *extendedTo;
                    extension.reason = read.text("reason");
                    extension.recordedAt = read.timestamp("recorded_at");
                    extension.recordedBy = read.text("recorded_by");
                }
            });
        });
        forEachRow(m_database, "SELECT id, kind, provider_id, given_on, wording_version, revoked_on, "
                            "notes FROM consents WHERE client_id = :id ORDER BY id",
                   id, [&](const soci::row& row) {
            RowReader read(row);
            Consent& consent = chart.consents.emplace_back();
            consent.id = read.integer("id");
            readRecord(kConsentRecord, consent.id, [&] {
                consent.kind = read.choice<ConsentKind>("kind", "consents", std::to_string(consent.id));
                consent.providerId = read.optionalInteger("provider_id");
                consent.givenOn = read.date("given_on");
                consent.wordingVersion = read.text("wording_version");
                consent.revokedOn = read.optionalDate("revoked_on");
                consent.notes = read.text("notes");
            });
        });
        return chart;
    } catch (...) {
        rethrowAsStorageError(_("opening the client's chart"));
    }
}

std::vector<VisitingClient> SqlClientStore::visitingClients(const std::vector<ClientId>& ids)
{
    if (ids.empty())
        return {};
    try {
        std::vector<VisitingClient> clients;
        forEachRow(m_database.session(),
                   "SELECT id, family_name, given_names, preferred_name, intake FROM clients WHERE id IN ("
                       + idList(ids) + ")",
                   std::vector<std::string>{}, [&](const soci::row& row) {
            RowReader read(row);
            VisitingClient& visiting = clients.emplace_back();
            visiting.client.id = read.integer("id");
            readRecord(kClientRecord, visiting.client.id, [&] {
                visiting.client.familyName = read.text("family_name");
                visiting.client.givenNames = read.text("given_names");
                visiting.client.preferredName = read.text("preferred_name");
                visiting.healthFlags = storedIntake(read.text("intake")).health.flags;
            });
        });
        return clients;
    } catch (...) {
        rethrowAsStorageError(_("reading the visits' clients"));
    }
}

std::vector<CareTeamClient> SqlClientStore::careTeamClients(ProviderId provider, const Date& today)
{
    try {
        const std::string day = isoDate(today);
        std::vector<CareTeamClient> rows;
        soci::row row;
        soci::statement read =
            (m_database.session().prepare
                 << "SELECT c.id, c.family_name, c.given_names, c.preferred_name, c.last_visit_on, "
                    "EXISTS (SELECT 1 FROM consents s WHERE s.client_id = c.id AND s.kind = 'share_records' "
                    "AND s.provider_id = :provider AND s.given_on <= :today AND (s.revoked_on IS NULL OR "
                    "s.revoked_on > :today)) AS shares_records FROM clients c WHERE c.archived = 0 AND c.id IN (SELECT client_id "
                    "FROM care_team WHERE provider_id = :provider) ORDER BY c.sort_name, c.id",
             soci::use(provider, "provider"), soci::use(day, "today"), soci::into(row));
        read.execute(false);
        while (read.fetch()) {
            RowReader column(row);
            CareTeamClient& client = rows.emplace_back();
            client.id = column.integer("id");
            Client named;
            named.familyName = column.text("family_name");
            named.givenNames = column.text("given_names");
            named.preferredName = column.text("preferred_name");
            client.name = listName(named);
            readRecord(kClientRecord, client.id, [&] {
                client.lastVisit = column.optionalDate("last_visit_on");
            });
            client.sharingConsent = column.flag("shares_records");
        }
        return rows;
    } catch (...) {
        rethrowAsStorageError(_("reading the provider's clients"));
    }
}

Attachment SqlClientStore::attachment(long long id)
{
    try {
        soci::session& session = m_database.session();
        Attachment attachment;
        StoredBytes content(session);
        soci::indicator clientSet = soci::i_ok;
        long long clientId = 0;
        std::string addedAt;
        session << "SELECT client_id, file_name, media_type, content, added_at FROM attachments "
                   "WHERE id = :id",
            soci::use(id), soci::into(clientId, clientSet), soci::into(attachment.fileName),
            soci::into(attachment.mediaType), content.into(), soci::into(addedAt);
        if (!session.got_data())
            throw NotFoundError(formatMessage(_("There is no attachment number {} in this practice."), id));
        attachment.id = id;
        if (clientSet == soci::i_ok)
            attachment.clientId = clientId;
        attachment.content = content.bytes();
        readRecord(kAttachmentRecord, id, [&] {
            attachment.addedAt = Timestamp::fromIso8601(addedAt, "added_at");
        });
        return attachment;
    } catch (...) {
        rethrowAsStorageError(_("reading an attached file"));
    }
}

} // namespace knotwork::db
