#pragma once
// The rows of the appointment book (db/migrations/0012_appointment_book.sql): how an appointment,
// a service, time off and a waitlist entry are read from a row and written, shared by
// SqlScheduleStore's reads and writes.

#include <string>
#include <soci/soci.h>

#include "db/batched_insert.h"
#include "db/row_reader.h"
#include "schedule/appointment.h"
#include "schedule/service.h"
#include "schedule/waitlist.h"
#include "schedule/working_week.h"

namespace knotwork::db {

extern const char* const kAppointmentColumns;
extern const char* const kServiceColumns;
extern const char* const kTimeOffColumns;
extern const char* const kWaitlistColumns;

// Each throws DamagedRecordError naming the record when a stored value is not one Knotwork wrote.
schedule::Appointment readAppointmentRow(const soci::row& row);
schedule::Service readServiceRow(const soci::row& row);
schedule::TimeOff readTimeOffRow(const soci::row& row);
schedule::WaitlistEntry readWaitlistRow(const soci::row& row);

// What the audit trail keeps of a record: its stored columns.
std::string appointmentAuditJson(const schedule::Appointment& appointment);
std::string serviceAuditJson(const schedule::Service& service);

// Prepared statements that write appointments: one writer stores a year-long series as cheaply
// as one visit. Create it inside the WriteTransaction that commits its rows.
class AppointmentRowWriter {
public:
    // An import's rows are written rowsPerInsert to a statement (BatchedInsert).
    explicit AppointmentRowWriter(soci::session& session, std::size_t rowsPerInsert = 1);

    // Returns the new id; row_version 1, created and updated now.
    schedule::AppointmentId insert(const schedule::Appointment& appointment);
    // The same for an import, without the id: written once rowsPerInsert are pending, or by flush().
    void add(const schedule::Appointment& appointment);
    void flush() { m_insert.flush(); }
    // False when the appointment is gone or its row_version is no longer appointment.rowVersion.
    bool update(const schedule::Appointment& appointment);

private:
    void load(const schedule::Appointment& appointment);
    // Binds the columns an update writes.
    soci::details::prepare_temp_type bindColumns(soci::details::prepare_temp_type prepared);

    soci::session& m_session;
    long long m_id = 0, m_clientId = 0, m_serviceId = 0;
    std::string m_start, m_status, m_cancelReason, m_notes, m_now;
    int m_minutes = 0, m_bufferMinutes = 0, m_referralOnly = 0, m_rowVersion = 0;
    Nullable<std::string> m_cancelledBy, m_cancelledAt;
    Nullable<long long> m_noteId, m_planId, m_seriesId;
    BatchedInsert m_insert;
    soci::statement m_update;
};

} // namespace knotwork::db
