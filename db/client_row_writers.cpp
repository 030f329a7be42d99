#include "db/client_row_writers.h"

#include <nlohmann/json.hpp>

#include "clients/client_json.h"
#include "db/client_search_sql.h"
#include "db/key_list.h"
#include "db/sql_dialect.h"

namespace knotwork::db {

using namespace knotwork::clients;

namespace {

const char* const kClientColumns =
    "family_name = :family_name, given_names = :given_names, preferred_name = :preferred_name, "
    "pronouns = :pronouns, date_of_birth = :date_of_birth, phone = :phone, email = :email, "
    "address = :address, emergency_name = :emergency_name, "
    "emergency_relationship = :emergency_relationship, emergency_phone = :emergency_phone, "
    "occupation = :occupation, screen_hours_per_day = :screen_hours, notes = :notes, "
    "intake = :intake, sort_name = :sort_name, search_text = :search_text";

} // namespace

ClientRowWriter::ClientRowWriter(soci::session& session)
    : m_session(session), m_insert(session), m_update(session)
{
    prepare(m_insert,
            "INSERT INTO clients (family_name, given_names, preferred_name, pronouns, date_of_birth, "
            "phone, email, address, emergency_name, emergency_relationship, emergency_phone, "
            "occupation, screen_hours_per_day, notes, intake, sort_name, search_text, archived, "
            "archive_reason, safety_status, safety_status_uncleared, created_at, row_version) VALUES "
            "(:family_name, :given_names, :preferred_name, :pronouns, :date_of_birth, :phone, "
            ":email, :address, :emergency_name, :emergency_relationship, :emergency_phone, "
            ":occupation, :screen_hours, :notes, :intake, :sort_name, :search_text, 0, '', 'clear', "
            "'clear', :created_at, 1)",
            [this](soci::statement& statement) { statement.exchange(soci::use(m_createdAt, "created_at")); });
    prepare(m_update,
            std::string("UPDATE clients SET ") + kClientColumns
                + ", row_version = row_version + 1 WHERE id = :id AND row_version = :row_version",
            [this](soci::statement& statement) {
                statement.exchange(soci::use(m_id, "id"));
                statement.exchange(soci::use(m_rowVersion, "row_version"));
            });
}

template <typename BindMore>
void ClientRowWriter::prepare(soci::statement& statement, const std::string& sql, BindMore&& bindMore)
{
    statement.exchange(soci::use(m_familyName, "family_name"));
    statement.exchange(soci::use(m_givenNames, "given_names"));
    statement.exchange(soci::use(m_preferredName, "preferred_name"));
    statement.exchange(soci::use(m_pronouns, "pronouns"));
    statement.exchange(soci::use(m_dateOfBirth.value, m_dateOfBirth.indicator, "date_of_birth"));
    statement.exchange(soci::use(m_phone, "phone"));
    statement.exchange(soci::use(m_email, "email"));
    statement.exchange(soci::use(m_address, "address"));
    statement.exchange(soci::use(m_emergencyName, "emergency_name"));
    statement.exchange(soci::use(m_emergencyRelationship, "emergency_relationship"));
    statement.exchange(soci::use(m_emergencyPhone, "emergency_phone"));
    statement.exchange(soci::use(m_occupation, "occupation"));
    statement.exchange(soci::use(m_screenHours.value, m_screenHours.indicator, "screen_hours"));
    statement.exchange(soci::use(m_notes, "notes"));
    statement.exchange(soci::use(m_intake, "intake"));
    statement.exchange(soci::use(m_sortName, "sort_name"));
    statement.exchange(soci::use(m_searchText, "search_text"));
    bindMore(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
}

void ClientRowWriter::load(const Client& client, const Intake& intake)
{
    m_familyName = client.familyName;
    m_givenNames = client.givenNames;
    m_preferredName = client.preferredName;
    m_pronouns = client.pronouns;
    m_dateOfBirth = nullableDate(client.dateOfBirth);
    m_phone = client.phone;
    m_email = client.email;
    m_address = client.address;
    m_emergencyName = client.emergencyContact.name;
    m_emergencyRelationship = client.emergencyContact.relationship;
    m_emergencyPhone = client.emergencyContact.phone;
    m_occupation = client.occupation;
    m_screenHours = Nullable<double>(client.screenHoursPerDay);
    m_notes = client.notes;
    m_intake = nlohmann::json(intake).dump();
    m_sortName = clientSortName(client);
    m_searchText = clientSearchText(client);
    m_id = client.id;
    m_rowVersion = client.rowVersion;
}

ClientId ClientRowWriter::insert(const Client& client, const Intake& intake)
{
    load(client, intake);
    m_createdAt = Timestamp::now().iso8601();
    m_insert.execute(true);
    return insertedId(m_session, "clients");
}

bool ClientRowWriter::update(const Client& client, const Intake& intake)
{
    load(client, intake);
    m_update.execute(true);
    return m_update.get_affected_rows() == 1;
}

SafetyStatusWriter::SafetyStatusWriter(soci::session& session)
    : m_update((session.prepare << "UPDATE clients SET safety_status = :status, "
                                   "safety_status_uncleared = :uncleared, cleared_until = :until "
                                   "WHERE id = :id",
                soci::use(m_status, "status"), soci::use(m_uncleared, "uncleared"),
                soci::use(m_clearedUntil.value, m_clearedUntil.indicator, "until"),
                soci::use(m_id, "id")))
{
}

void SafetyStatusWriter::write(ClientId id, const SafetyAssessment& assessment)
{
    m_id = id;
    m_status = std::string(keyOf(assessment.status));
    m_uncleared = std::string(keyOf(statusWithoutClearances(assessment)));
    m_clearedUntil = nullableDate(assessment.clearedUntil);
    m_update.execute(true);
}

ClientRecordWriter::ClientRecordWriter(soci::session& session) : m_session(session)
{
}

long long ClientRecordWriter::lastId(const char* table)
{
    return insertedId(m_session, table);
}

void ClientRecordWriter::replaceDiagnosesAndCareTeam(ClientId id, const IntakeRecord& record)
{
    m_session << "DELETE FROM diagnoses WHERE client_id = :id", soci::use(id);
    m_session << "DELETE FROM care_team WHERE client_id = :id", soci::use(id);
    int position = 0;
    for (const Diagnosis& diagnosis : record.diagnoses) {
        const std::string type(keyOf(diagnosis.type));
        Nullable<long long> provider = nullableId(diagnosis.providerId);
        Nullable<std::string> on = nullableDate(diagnosis.diagnosedOn);
        m_session << "INSERT INTO diagnoses (client_id, position, headache_type, provider_id, "
                     "diagnosed_by, diagnosed_on, notes, icd10_code) VALUES (:client, :position, :type, "
                     ":provider, :by, :on, :notes, :icd10_code)",
            soci::use(id), soci::use(position), soci::use(type),
            soci::use(provider.value, provider.indicator), soci::use(diagnosis.diagnosedBy),
            soci::use(on.value, on.indicator), soci::use(diagnosis.notes), soci::use(diagnosis.icd10Code);
        ++position;
    }
    for (const CareTeamMember& member : record.careTeam) {
        const std::string relation(keyOf(member.relation));
        Nullable<std::string> since = nullableDate(member.since);
        m_session << "INSERT INTO care_team (client_id, provider_id, relation, since, "
                     "referral_reason) VALUES (:client, :provider, :relation, :since, :reason)",
            soci::use(id), soci::use(member.providerId), soci::use(relation),
            soci::use(since.value, since.indicator), soci::use(member.referralReason);
    }
}

long long ClientRecordWriter::insertScreening(ClientId id, const Screening& screening,
                                              const std::string& screenedBy)
{
    const std::string at = screening.screenedAt.iso8601();
    const std::string kind(keyOf(screening.kind));
    const std::string issues = joinKeys(screening.issues);
    Nullable<std::string> pregnancyEnds = nullableDate(screening.pregnancyEndsOn);
    m_session << "INSERT INTO screenings (client_id, screened_at, screened_by, kind, issues, "
                 "pregnancy_ends_on, notes) VALUES (:client, :at, :by, :kind, :issues, :ends, :notes)",
        soci::use(id), soci::use(at), soci::use(screenedBy), soci::use(kind), soci::use(issues),
        soci::use(pregnancyEnds.value, pregnancyEnds.indicator), soci::use(screening.notes);
    return lastId("screenings");
}

long long ClientRecordWriter::insertWithdrawal(ClientId id, const FlagWithdrawal& withdrawal)
{
    const std::string issue(keyOf(withdrawal.issue));
    const std::string reason(keyOf(withdrawal.reason));
    const std::string at = withdrawal.withdrawnAt.iso8601();
    m_session << "INSERT INTO flag_withdrawals (client_id, issue, reason, details, withdrawn_at, "
                 "withdrawn_by) VALUES (:client, :issue, :reason, :details, :at, :by)",
        soci::use(id), soci::use(issue), soci::use(reason), soci::use(withdrawal.details),
        soci::use(at), soci::use(withdrawal.withdrawnBy);
    return lastId("flag_withdrawals");
}

void ClientRecordWriter::insertClearanceExtension(long long clearanceId, const ClearanceExtension& extension)
{
    const std::string extendedTo = isoDate(extension.extendedTo);
    const std::string at = extension.recordedAt.iso8601();
    m_session << "INSERT INTO clearance_extensions (clearance_id, extended_to, reason, recorded_at, "
                 "recorded_by) VALUES (:clearance, :to, :reason, :at, :by)",
        soci::use(clearanceId), soci::use(extendedTo), soci::use(extension.reason), soci::use(at),
        soci::use(extension.recordedBy);
}

long long ClientRecordWriter::insertClearance(ClientId id, const Clearance& clearance)
{
    Nullable<long long> provider = nullableId(clearance.providerId);
    const std::string clearedOn = isoDate(clearance.clearedOn);
    Nullable<std::string> expires = nullableDate(clearance.expiresOn);
    const std::string covers = joinKeys(clearance.covers);
    Nullable<long long> letter = nullableId(clearance.letterAttachmentId);
    const std::string recordedAt = clearance.recordedAt.iso8601();
    m_session << "INSERT INTO clearances (client_id, provider_id, provider_name, cleared_on, "
                 "conditions, expires_on, covers, letter_attachment_id, recorded_at) VALUES "
                 "(:client, :provider, :name, :on, :conditions, :expires, :covers, :letter, :at)",
        soci::use(id), soci::use(provider.value, provider.indicator),
        soci::use(clearance.providerName), soci::use(clearedOn), soci::use(clearance.conditions),
        soci::use(expires.value, expires.indicator), soci::use(covers),
        soci::use(letter.value, letter.indicator), soci::use(recordedAt);
    return lastId("clearances");
}

long long ClientRecordWriter::insertConsent(ClientId id, const Consent& consent)
{
    const std::string kind(keyOf(consent.kind));
    Nullable<long long> provider = nullableId(consent.providerId);
    const std::string givenOn = isoDate(consent.givenOn);
    Nullable<std::string> revokedOn = nullableDate(consent.revokedOn);
    m_session << "INSERT INTO consents (client_id, kind, provider_id, given_on, wording_version, "
                 "revoked_on, notes) VALUES (:client, :kind, :provider, :given, :version, "
                 ":revoked, :notes)",
        soci::use(id), soci::use(kind), soci::use(provider.value, provider.indicator),
        soci::use(givenOn), soci::use(consent.wordingVersion),
        soci::use(revokedOn.value, revokedOn.indicator), soci::use(consent.notes);
    return lastId("consents");
}

long long ClientRecordWriter::insertAttachment(const Attachment& attachment)
{
    Nullable<long long> client = nullableId(attachment.clientId);
    const long long bytes = static_cast<long long>(attachment.content.size());
    const std::string addedAt = attachment.addedAt.iso8601();
    StoredBytes content(m_session, attachment.content);
    m_session << "INSERT INTO attachments (client_id, file_name, media_type, byte_count, content, "
                 "added_at) VALUES (:client, :name, :type, :bytes, :content, :at)",
        soci::use(client.value, client.indicator), soci::use(attachment.fileName),
        soci::use(attachment.mediaType), soci::use(bytes), content.use(), soci::use(addedAt);
    return lastId("attachments");
}

} // namespace knotwork::db
