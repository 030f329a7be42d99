#pragma once

#include <string>
#include <soci/soci.h>

#include "clients/client_chart.h"
#include "clients/attachment.h"
#include "db/row_reader.h"

namespace knotwork::db {

// Prepared statements that write one client's rows. Each binds its own members, so one writer
// can insert thousands of rows (an import) as cheaply as one (a form). Create them inside the
// WriteTransaction that commits their rows.
class ClientRowWriter {
public:
    explicit ClientRowWriter(soci::session& session);
    // Returns the new id.
    clients::ClientId insert(const clients::Client& client, const clients::Intake& intake);
    // False when the client is gone or its row_version is no longer client.rowVersion.
    bool update(const clients::Client& client, const clients::Intake& intake);

private:
    // Binds the columns insert and update share, then what `bindMore` adds, and prepares `sql`.
    template <typename BindMore>
    void prepare(soci::statement& statement, const std::string& sql, BindMore&& bindMore);
    void load(const clients::Client& client, const clients::Intake& intake);

    soci::session& m_session;
    std::string m_familyName, m_givenNames, m_preferredName, m_pronouns, m_phone, m_email,
        m_address, m_emergencyName, m_emergencyRelationship, m_emergencyPhone, m_occupation,
        m_notes, m_intake, m_sortName, m_searchText, m_createdAt;
    Nullable<std::string> m_dateOfBirth;
    Nullable<double> m_screenHours;
    long long m_id = 0;
    int m_rowVersion = 0;
    soci::statement m_insert;
    soci::statement m_update;
};

// The safety status a list shows: the assessment written with every change to it.
class SafetyStatusWriter {
public:
    explicit SafetyStatusWriter(soci::session& session);
    void write(clients::ClientId id, const clients::SafetyAssessment& assessment);

private:
    long long m_id = 0;
    std::string m_status, m_uncleared;
    Nullable<std::string> m_clearedUntil;
    soci::statement m_update;
};

// The rows that hang off a client: diagnoses, care team, screenings, clearances, consents.
class ClientRecordWriter {
public:
    explicit ClientRecordWriter(soci::session& session);

    // Replaces the client's diagnoses and care team with the ones given.
    void replaceDiagnosesAndCareTeam(clients::ClientId id, const clients::IntakeRecord& record);
    long long insertScreening(clients::ClientId id, const clients::Screening& screening,
                              const std::string& screenedBy);
    long long insertWithdrawal(clients::ClientId id, const clients::FlagWithdrawal& withdrawal);
    long long insertClearance(clients::ClientId id, const clients::Clearance& clearance);
    void insertClearanceExtension(long long clearanceId, const clients::ClearanceExtension& extension);
    long long insertConsent(clients::ClientId id, const clients::Consent& consent);
    long long insertAttachment(const clients::Attachment& attachment);

private:
    long long lastId(const char* table);

    soci::session& m_session;
};

} // namespace knotwork::db
