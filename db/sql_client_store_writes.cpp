// SqlClientStore's writes: each one WriteTransaction with the audit rows of what it changed.
#include "db/sql_client_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/client_row_writers.h"
#include "db/schedule_rows.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using namespace knotwork::clients;

namespace {

std::string entityId(long long id)
{
    return std::to_string(id);
}

template <typename T>
std::string json(const T& value)
{
    return nlohmann::json(value).dump();
}

// A client deleted (one without clinical records) takes their waitlist entries and bookings
// with them; each booking's audit row keeps what it was.
void removeBookings(WriteTransaction& transaction, ClientId id)
{
    soci::session& session = transaction.session();
    std::vector<schedule::Appointment> bookings;
    soci::row row;
    soci::statement select = (session.prepare << std::string("SELECT ") + kAppointmentColumns
                                                     + " FROM appointments WHERE client_id = :id ORDER BY id",
                              soci::use(id), soci::into(row));
    select.execute(false);
    while (select.fetch())
        bookings.push_back(readAppointmentRow(row));
    session << "DELETE FROM waitlist WHERE client_id = :id", soci::use(id);
    session << "DELETE FROM appointments WHERE client_id = :id", soci::use(id);
    for (const schedule::Appointment& booking : bookings)
        transaction.audit({"appointment", entityId(booking.id), "delete", appointmentAuditJson(booking), std::nullopt});
}

} // namespace

void SqlClientStore::requireClient(ClientId id)
{
    int exists = 0;
    m_database.session() << "SELECT COUNT(*) FROM clients WHERE id = :id", soci::use(id), soci::into(exists);
    if (exists == 0)
        throw NotFoundError(formatMessage(_("There is no client number {} in this practice."), id));
}

void SqlClientStore::throwStale(ClientId id)
{
    requireClient(id);
    throw ConflictError(_("This client's record was changed elsewhere (in another window or by "
                          "knotwork-cli) since you opened it. Nothing was overwritten: reopen the "
                          "client to see the latest version, then make your change again."));
}

ClientId SqlClientStore::saveIntake(const IntakeRecord& record,
                                    const std::optional<Screening>& newScreening,
                                    const SafetyAssessment& assessment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        ClientRowWriter clientRow(transaction.session());
        ClientRecordWriter records(transaction.session());
        IntakeRecord saved = record;
        std::optional<std::string> before;
        if (record.client.id == 0) {
            saved.client.id = clientRow.insert(record.client, record.intake);
            saved.client.rowVersion = 1;
        } else {
            before = json(chart(record.client.id).intakeRecord());
            if (!clientRow.update(record.client, record.intake))
                throwStale(record.client.id);
            ++saved.client.rowVersion;
        }
        const ClientId id = saved.client.id;
        records.replaceDiagnosesAndCareTeam(id, saved);
        SafetyStatusWriter(transaction.session()).write(id, assessment);
        transaction.audit({"client", entityId(id), before ? "update" : "create", before, json(saved)});
        if (newScreening) {
            Screening screening = *newScreening;
            screening.screenedBy = m_actor;
            screening.id = records.insertScreening(id, screening, m_actor);
            transaction.audit({"screening", entityId(screening.id), "create", std::nullopt, json(screening)});
        }
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the intake"));
    }
}

ClientId SqlClientStore::registerClient(const Client& client, const SafetyAssessment& assessment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        Client saved = client;
        saved.id = ClientRowWriter(transaction.session()).insert(client, Intake{});
        saved.rowVersion = 1;
        SafetyStatusWriter(transaction.session()).write(saved.id, assessment);
        transaction.audit({"client", entityId(saved.id), "create", std::nullopt, json(saved)});
        transaction.commit();
        return saved.id;
    } catch (...) {
        rethrowAsStorageError(_("registering the client"));
    }
}

void SqlClientStore::addScreening(ClientId id, const Screening& screening,
                                  const SafetyAssessment& assessment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClient(id);
        Screening saved = screening;
        saved.screenedBy = m_actor;
        saved.id = ClientRecordWriter(transaction.session()).insertScreening(id, saved, m_actor);
        SafetyStatusWriter(transaction.session()).write(id, assessment);
        transaction.audit({"screening", entityId(saved.id), "create", std::nullopt, json(saved)});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("saving the screening"));
    }
}

long long SqlClientStore::addClearance(ClientId id, const Clearance& clearance,
                                       const std::optional<Attachment>& letter,
                                       const SafetyAssessment& assessment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClient(id);
        ClientRecordWriter records(transaction.session());
        Clearance saved = clearance;
        if (letter) {
            saved.letterAttachmentId = records.insertAttachment(*letter);
            transaction.audit({"attachment", entityId(*saved.letterAttachmentId), "create", std::nullopt,
                               nlohmann::json{{"client_id", id}, {"file_name", letter->fileName},
                                              {"media_type", letter->mediaType},
                                              {"byte_count", letter->content.size()}}.dump()});
        }
        saved.id = records.insertClearance(id, saved);
        SafetyStatusWriter(transaction.session()).write(id, assessment);
        transaction.audit({"clearance", entityId(saved.id), "create", std::nullopt, json(saved)});
        transaction.commit();
        return saved.id;
    } catch (...) {
        rethrowAsStorageError(_("saving the clearance"));
    }
}

long long SqlClientStore::addWithdrawal(ClientId id, const FlagWithdrawal& withdrawal,
                                        const SafetyAssessment& assessment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClient(id);
        FlagWithdrawal saved = withdrawal;
        saved.withdrawnBy = m_actor;
        saved.id = ClientRecordWriter(transaction.session()).insertWithdrawal(id, saved);
        SafetyStatusWriter(transaction.session()).write(id, assessment);
        transaction.audit({"flag_withdrawal", entityId(saved.id), "create", std::nullopt, json(saved)});
        transaction.commit();
        return saved.id;
    } catch (...) {
        rethrowAsStorageError(_("withdrawing the flag"));
    }
}

void SqlClientStore::extendClearance(ClientId id, long long clearanceId, const ClearanceExtension& extension,
                                     const SafetyAssessment& assessment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClient(id);
        int extended = 0;
        transaction.session() << "SELECT COUNT(*) FROM clearance_extensions WHERE clearance_id = :id",
            soci::use(clearanceId), soci::into(extended);
        if (extended != 0)
            throw ConflictError(_("This clearance was extended already; it can be extended only once."));
        ClearanceExtension saved = extension;
        saved.recordedBy = m_actor;
        ClientRecordWriter(transaction.session()).insertClearanceExtension(clearanceId, saved);
        SafetyStatusWriter(transaction.session()).write(id, assessment);
        transaction.audit({"clearance_extension", entityId(clearanceId), "create", std::nullopt, json(saved)});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("extending the clearance"));
    }
}

long long SqlClientStore::addConsent(ClientId id, const Consent& consent)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClient(id);
        Consent saved = consent;
        saved.id = ClientRecordWriter(transaction.session()).insertConsent(id, saved);
        transaction.audit({"consent", entityId(saved.id), "create", std::nullopt, json(saved)});
        transaction.commit();
        return saved.id;
    } catch (...) {
        rethrowAsStorageError(_("saving the consent"));
    }
}

void SqlClientStore::revokeConsent(ClientId id, long long consentId, const Date& revokedOn)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string on = isoDate(revokedOn);
        soci::statement update = (transaction.session().prepare
            << "UPDATE consents SET revoked_on = :on WHERE id = :id AND client_id = :client "
               "AND revoked_on IS NULL",
            soci::use(on), soci::use(consentId), soci::use(id));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw ConflictError(_("This consent is not on file or was already revoked."));
        transaction.audit({"consent", entityId(consentId), "revoke", std::nullopt,
                           nlohmann::json{{"client_id", id}, {"revoked_on", on}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("revoking the consent"));
    }
}

void SqlClientStore::setArchived(ClientId id, int rowVersion, std::optional<Date> archivedOn,
                                 const std::string& reason)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const int archived = archivedOn ? 1 : 0;
        Nullable<std::string> on = nullableDate(archivedOn);
        soci::statement update = (transaction.session().prepare
            << "UPDATE clients SET archived = :archived, archived_on = :on, archive_reason = :reason, "
               "row_version = row_version + 1 WHERE id = :id AND row_version = :version",
            soci::use(archived), soci::use(on.value, on.indicator), soci::use(reason),
            soci::use(id), soci::use(rowVersion));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throwStale(id);
        transaction.audit({"client", entityId(id), archivedOn ? "archive" : "restore", std::nullopt,
                           nlohmann::json{{"archived_on", on.indicator == soci::i_ok ? nlohmann::json(on.value) : nlohmann::json()},
                                          {"archive_reason", reason}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(archivedOn ? _("archiving the client") : _("restoring the client"));
    }
}

void SqlClientStore::remove(ClientId id, int rowVersion)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const ClientChart current = chart(id);
        if (current.client.rowVersion != rowVersion)
            throwStale(id);
        if (!current.screenings.empty() || !current.clearances.empty() || !current.consents.empty()
            || !current.diagnoses.empty())
            throw ConflictError(_("This client has clinical records (screenings, clearances, "
                                  "consents or diagnoses), which are kept: archive the client "
                                  "instead of deleting."));
        long long billed = 0;
        transaction.session() << "SELECT (SELECT COUNT(*) FROM invoices WHERE client_id = :id) "
                                 "+ (SELECT COUNT(*) FROM gift_certificates WHERE purchaser_id = :buyer)",
            soci::use(id), soci::use(id), soci::into(billed);
        if (billed > 0)
            throw ConflictError(_("This client has invoices, which are kept with the practice's accounts: archive "
                                  "the client instead of deleting."));
        removeBookings(transaction, id);
        transaction.session() << "DELETE FROM care_team WHERE client_id = :id", soci::use(id);
        transaction.session() << "DELETE FROM clients WHERE id = :id", soci::use(id);
        transaction.audit({"client", entityId(id), "delete", json(current.intakeRecord()), std::nullopt});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("deleting the client"));
    }
}

std::vector<ClientId> SqlClientStore::importClients(std::span<const ImportedClient> imported)
{
    if (imported.empty())
        return {};
    try {
        WriteTransaction transaction(m_database, m_actor);
        ClientRowWriter clientRow(transaction.session());
        ClientRecordWriter records(transaction.session());
        SafetyStatusWriter safety(transaction.session());
        std::vector<ClientId> ids;
        ids.reserve(imported.size());
        for (const ImportedClient& client : imported) {
            const ClientId id = clientRow.insert(client.record.client, client.record.intake);
            records.replaceDiagnosesAndCareTeam(id, client.record);
            for (const Screening& screening : client.screenings)
                records.insertScreening(id, screening, screening.screenedBy.empty() ? m_actor : screening.screenedBy);
            for (const Clearance& clearance : client.clearances)
                records.insertClearance(id, clearance);
            for (const Consent& consent : client.consents)
                records.insertConsent(id, consent);
            if (client.record.client.archived) {
                Nullable<std::string> on = nullableDate(client.record.client.archivedOn);
                transaction.session() << "UPDATE clients SET archived = 1, archived_on = :on, "
                                         "archive_reason = :reason WHERE id = :id",
                    soci::use(on.value, on.indicator), soci::use(client.record.client.archiveReason),
                    soci::use(id);
            }
            safety.write(id, client.assessment);
            ids.push_back(id);
        }
        transaction.audit({"client", "", "import", std::nullopt,
                               nlohmann::json{{"count", ids.size()}, {"first_id", ids.front()},
                                              {"last_id", ids.back()}}.dump()});
        transaction.commit();
        return ids;
    } catch (...) {
        rethrowAsStorageError(_("adding clients"));
    }
}

} // namespace knotwork::db
