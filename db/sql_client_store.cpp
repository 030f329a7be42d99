#include "db/sql_client_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/client_search_sql.h"
#include "db/key_list.h"
#include "db/row_reader.h"
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

SafetyStatus statusFromKey(const std::string& key)
{
    return fromKey<SafetyStatus>(key).value_or(SafetyStatus::Clear);
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
        forEachRow(m_database.session(), "SELECT COUNT(*) FROM clients WHERE " + search.where,
                   search.parameters, [&](const soci::row& row) { total = RowReader(row).integer(); });
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
        const std::string sql =
            "SELECT id, family_name, given_names, preferred_name, phone, email, date_of_birth, "
            "archived, safety_status, safety_status_uncleared, cleared_until, last_visit_on "
            "FROM clients WHERE " + search.where + " ORDER BY " + search.orderBy
            + " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
        std::vector<ClientListRow> rows;
        rows.reserve(static_cast<std::size_t>(std::max(limit, 0)));
        forEachRow(m_database.session(), sql, search.parameters, [&](const soci::row& row) {
            RowReader read(row);
            ClientListRow& listed = rows.emplace_back();
            listed.id = read.integer();
            listed.familyName = read.text();
            listed.givenNames = read.text();
            listed.preferredName = read.text();
            listed.phone = read.text();
            listed.email = read.text();
            listed.dateOfBirth = read.optionalDate();
            listed.archived = read.flag();
            listed.status = statusFromKey(read.text());
            const SafetyStatus uncleared = statusFromKey(read.text());
            listed.clearedUntil = read.optionalDate();
            listed.lastVisit = read.optionalDate();
            if (listed.status == SafetyStatus::Cleared && listed.clearedUntil && *listed.clearedUntil < today) {
                listed.status = uncleared;
                listed.clearedUntil.reset();
            }
        });
        return rows;
    } catch (...) {
        rethrowAsStorageError(_("listing clients"));
    }
}

Client SqlClientStore::readClient(ClientId id, Intake& intake)
{
    soci::session& session = m_database.session();
    soci::row row;
    session << "SELECT id, family_name, given_names, preferred_name, pronouns, date_of_birth, "
               "phone, email, address, emergency_name, emergency_relationship, emergency_phone, "
               "occupation, screen_hours_per_day, notes, archived, archived_on, archive_reason, "
               "row_version, intake FROM clients WHERE id = :id",
        soci::use(id), soci::into(row);
    if (!session.got_data())
        throw NotFoundError(formatMessage(_("There is no client number {} in this practice."), id));
    RowReader read(row);
    Client client;
    client.id = read.integer();
    client.familyName = read.text();
    client.givenNames = read.text();
    client.preferredName = read.text();
    client.pronouns = read.text();
    client.dateOfBirth = read.optionalDate();
    client.phone = read.text();
    client.email = read.text();
    client.address = read.text();
    client.emergencyContact.name = read.text();
    client.emergencyContact.relationship = read.text();
    client.emergencyContact.phone = read.text();
    client.occupation = read.text();
    client.screenHoursPerDay = read.optionalReal();
    client.notes = read.text();
    client.archived = read.flag();
    client.archivedOn = read.optionalDate();
    client.archiveReason = read.text();
    client.rowVersion = static_cast<int>(read.integer());
    intake = nlohmann::json::parse(read.text()).get<Intake>();
    return client;
}

ClientChart SqlClientStore::chart(ClientId id)
{
    try {
        soci::session& session = m_database.session();
        ClientChart chart;
        chart.client = readClient(id, chart.intake);
        const std::vector<std::string> parameters{std::to_string(id)};
        forEachRow(session, "SELECT headache_type, provider_id, diagnosed_by, diagnosed_on, notes "
                            "FROM diagnoses WHERE client_id = :p0 ORDER BY position",
                   parameters, [&](const soci::row& row) {
            RowReader read(row);
            Diagnosis& diagnosis = chart.diagnoses.emplace_back();
            diagnosis.type = fromKey<HeadacheType>(read.text()).value_or(HeadacheType::Other);
            diagnosis.providerId = read.optionalInteger();
            diagnosis.diagnosedBy = read.text();
            diagnosis.diagnosedOn = read.optionalDate();
            diagnosis.notes = read.text();
        });
        forEachRow(session, "SELECT provider_id, relation, since, referral_reason FROM care_team "
                            "WHERE client_id = :p0 ORDER BY relation DESC, provider_id",
                   parameters, [&](const soci::row& row) {
            RowReader read(row);
            CareTeamMember& member = chart.careTeam.emplace_back();
            member.providerId = read.integer();
            member.relation = fromKey<CareRelation>(read.text()).value_or(CareRelation::CoTreating);
            member.since = read.optionalDate();
            member.referralReason = read.text();
        });
        forEachRow(session, "SELECT id, screened_at, screened_by, kind, issues, pregnancy_ends_on, "
                            "notes FROM screenings WHERE client_id = :p0 ORDER BY id",
                   parameters, [&](const soci::row& row) {
            RowReader read(row);
            Screening& screening = chart.screenings.emplace_back();
            screening.id = read.integer();
            screening.screenedAt = read.timestamp();
            screening.screenedBy = read.text();
            screening.kind = fromKey<ScreeningKind>(read.text()).value_or(ScreeningKind::Intake);
            screening.issues = splitKeys<SafetyIssue>(read.text());
            screening.pregnancyEndsOn = read.optionalDate();
            screening.notes = read.text();
        });
        forEachRow(session, "SELECT id, issue, reason, details, withdrawn_at, withdrawn_by "
                            "FROM flag_withdrawals WHERE client_id = :p0 ORDER BY id",
                   parameters, [&](const soci::row& row) {
            RowReader read(row);
            const long long id = read.integer();
            const std::optional<SafetyIssue> issue = fromKey<SafetyIssue>(read.text());
            if (!issue)
                return;  // an issue this version does not know cannot be open either
            FlagWithdrawal& withdrawal = chart.withdrawals.emplace_back();
            withdrawal.id = id;
            withdrawal.issue = *issue;
            withdrawal.reason = fromKey<WithdrawalReason>(read.text()).value_or(WithdrawalReason::EnteredInError);
            withdrawal.details = read.text();
            withdrawal.withdrawnAt = read.timestamp();
            withdrawal.withdrawnBy = read.text();
        });
        forEachRow(session, "SELECT c.id, c.provider_id, c.provider_name, c.cleared_on, c.conditions, "
                            "c.expires_on, c.covers, c.letter_attachment_id, c.recorded_at, "
                            "e.extended_to, e.reason, e.recorded_at, e.recorded_by FROM clearances c "
                            "LEFT JOIN clearance_extensions e ON e.clearance_id = c.id "
                            "WHERE c.client_id = :p0 ORDER BY c.id",
                   parameters, [&](const soci::row& row) {
            RowReader read(row);
            Clearance& clearance = chart.clearances.emplace_back();
            clearance.id = read.integer();
            clearance.providerId = read.optionalInteger();
            clearance.providerName = read.text();
            clearance.clearedOn = read.date();
            clearance.conditions = read.text();
            clearance.expiresOn = read.optionalDate();
            clearance.covers = splitKeys<SafetyIssue>(read.text());
            clearance.letterAttachmentId = read.optionalInteger();
            clearance.recordedAt = read.timestamp();
            if (const std::optional<Date> extendedTo = read.optionalDate()) {
                ClearanceExtension& extension = clearance.extension.emplace();
                extension.extendedTo = *extendedTo;
                extension.reason = read.text();
                extension.recordedAt = read.timestamp();
                extension.recordedBy = read.text();
            }
        });
        forEachRow(session, "SELECT id, kind, provider_id, given_on, wording_version, revoked_on, "
                            "notes FROM consents WHERE client_id = :p0 ORDER BY id",
                   parameters, [&](const soci::row& row) {
            RowReader read(row);
            Consent& consent = chart.consents.emplace_back();
            consent.id = read.integer();
            consent.kind = fromKey<ConsentKind>(read.text()).value_or(ConsentKind::Treatment);
            consent.providerId = read.optionalInteger();
            consent.givenOn = read.date();
            consent.wordingVersion = read.text();
            consent.revokedOn = read.optionalDate();
            consent.notes = read.text();
        });
        return chart;
    } catch (...) {
        rethrowAsStorageError(_("opening the client's chart"));
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
                    "s.revoked_on > :today)) FROM clients c WHERE c.archived = 0 AND c.id IN (SELECT client_id "
                    "FROM care_team WHERE provider_id = :provider) ORDER BY c.sort_name, c.id",
             soci::use(provider, "provider"), soci::use(day, "today"), soci::into(row));
        read.execute(false);
        while (read.fetch()) {
            RowReader column(row);
            CareTeamClient& client = rows.emplace_back();
            client.id = column.integer();
            Client named;
            named.familyName = column.text();
            named.givenNames = column.text();
            named.preferredName = column.text();
            client.name = listName(named);
            client.lastVisit = column.optionalDate();
            client.sharingConsent = column.flag();
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
        soci::blob content(session);
        soci::indicator clientSet = soci::i_ok;
        long long clientId = 0;
        std::string addedAt;
        session << "SELECT client_id, file_name, media_type, content, added_at FROM attachments "
                   "WHERE id = :id",
            soci::use(id), soci::into(clientId, clientSet), soci::into(attachment.fileName),
            soci::into(attachment.mediaType), soci::into(content), soci::into(addedAt);
        if (!session.got_data())
            throw NotFoundError(formatMessage(_("There is no attachment number {} in this practice."), id));
        attachment.id = id;
        if (clientSet == soci::i_ok)
            attachment.clientId = clientId;
        attachment.content.resize(content.get_len());
        if (!attachment.content.empty())
            content.read(0, attachment.content.data(), attachment.content.size());
        attachment.addedAt = Timestamp::fromIso8601(addedAt, "added_at");
        return attachment;
    } catch (...) {
        rethrowAsStorageError(_("reading an attached file"));
    }
}

} // namespace knotwork::db
