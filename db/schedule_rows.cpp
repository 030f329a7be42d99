#include "db/schedule_rows.h"

#include <nlohmann/json.hpp>

#include "db/record_damage.h"
#include "schedule/schedule_choices.h"

namespace knotwork::db {

using namespace knotwork::schedule;

const char* const kAppointmentColumns =
    "id, client_id, service_id, starts_at, minutes, buffer_minutes, status, cancelled_by, cancelled_at, "
    "cancel_reason, note_id, plan_id, series_id, referral_only, notes, row_version, created_at, updated_at";
const char* const kServiceColumns =
    "id, kind, name, minutes, buffer_minutes, fee_cents, offered, taxable, cpt_code, row_version";
const char* const kTimeOffColumns = "id, starts_at, ends_at, reason";
const char* const kWaitlistColumns =
    "id, client_id, service_id, instead_appointment_id, from_date, until_date, preferences, added_at, closed_at";

namespace {

// Minutes and buffers are checked by the schema; a value outside them is still damage.
int boundedInt(const RowReader& read, std::string_view column, int least, int most)
{
    const long long value = read.integer(column);
    if (value < least || value > most)
        throw std::out_of_range(std::string(column) + " " + std::to_string(value) + " is outside "
                                + std::to_string(least) + "–" + std::to_string(most));
    return static_cast<int>(value);
}

} // namespace

Appointment readAppointmentRow(const soci::row& row)
{
    RowReader read(row);
    Appointment appointment;
    appointment.id = read.integer("id");
    readRecord(kAppointmentRecord, appointment.id, [&] {
        const std::string key = std::to_string(appointment.id);
        appointment.clientId = read.integer("client_id");
        appointment.serviceId = read.integer("service_id");
        appointment.start = parseIsoLocalTime(read.text("starts_at"), "starts_at");
        appointment.minutes = boundedInt(read, "minutes", 5, 480);
        appointment.bufferMinutes = boundedInt(read, "buffer_minutes", 0, 120);
        appointment.status = read.choice<AppointmentStatus>("status", "appointments", key);
        if (read.optionalText("cancelled_by")) {
            Cancellation& cancellation = appointment.cancellation.emplace();
            cancellation.by = read.choice<CancelledBy>("cancelled_by", "appointments", key);
            cancellation.at = read.timestamp("cancelled_at");
            cancellation.reason = read.text("cancel_reason");
        }
        appointment.noteId = read.optionalInteger("note_id");
        appointment.planId = read.optionalInteger("plan_id");
        appointment.seriesId = read.optionalInteger("series_id");
        appointment.referralOnly = read.flag("referral_only");
        appointment.notes = read.text("notes");
        appointment.rowVersion = static_cast<int>(read.integer("row_version"));
        appointment.createdAt = read.timestamp("created_at");
        appointment.updatedAt = read.timestamp("updated_at");
    });
    return appointment;
}

Service readServiceRow(const soci::row& row)
{
    RowReader read(row);
    Service service;
    service.id = read.integer("id");
    readRecord(kServiceRecord, service.id, [&] {
        service.kind = read.choice<ServiceKind>("kind", "services", std::to_string(service.id));
        service.name = read.text("name");
        service.minutes = boundedInt(read, "minutes", 5, 480);
        service.bufferMinutes = boundedInt(read, "buffer_minutes", 0, 120);
        service.feeCents = read.integer("fee_cents");
        service.offered = read.flag("offered");
        service.taxable = read.flag("taxable");
        service.cptCode = read.text("cpt_code");
        service.rowVersion = static_cast<int>(read.integer("row_version"));
    });
    return service;
}

TimeOff readTimeOffRow(const soci::row& row)
{
    RowReader read(row);
    TimeOff timeOff;
    timeOff.id = read.integer("id");
    readRecord(kTimeOffRecord, timeOff.id, [&] {
        timeOff.from = parseIsoLocalTime(read.text("starts_at"), "starts_at");
        timeOff.to = parseIsoLocalTime(read.text("ends_at"), "ends_at");
        timeOff.reason = read.text("reason");
    });
    return timeOff;
}

WaitlistEntry readWaitlistRow(const soci::row& row)
{
    RowReader read(row);
    WaitlistEntry entry;
    entry.id = read.integer("id");
    readRecord(kWaitlistRecord, entry.id, [&] {
        entry.clientId = read.integer("client_id");
        entry.serviceId = read.integer("service_id");
        entry.instead = read.optionalInteger("instead_appointment_id");
        entry.from = read.date("from_date");
        entry.until = read.optionalDate("until_date");
        entry.preferences = read.text("preferences");
        entry.addedAt = read.timestamp("added_at");
        if (const auto closedAt = read.optionalText("closed_at"))
            entry.closedAt = Timestamp::fromIso8601(*closedAt, "closed_at");
    });
    return entry;
}

namespace {

nlohmann::json optionalJson(const std::optional<long long>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json();
}

} // namespace

std::string appointmentAuditJson(const Appointment& appointment)
{
    nlohmann::json json{{"client_id", appointment.clientId},
                        {"service_id", appointment.serviceId},
                        {"starts_at", isoLocalTime(appointment.start)},
                        {"minutes", appointment.minutes},
                        {"buffer_minutes", appointment.bufferMinutes},
                        {"status", keyOf(appointment.status)},
                        {"note_id", optionalJson(appointment.noteId)},
                        {"plan_id", optionalJson(appointment.planId)},
                        {"series_id", optionalJson(appointment.seriesId)},
                        {"referral_only", appointment.referralOnly},
                        {"notes", appointment.notes}};
    if (appointment.cancellation) {
        json["cancelled_by"] = keyOf(appointment.cancellation->by);
        json["cancelled_at"] = appointment.cancellation->at.iso8601();
        json["cancel_reason"] = appointment.cancellation->reason;
    }
    return json.dump();
}

std::string serviceAuditJson(const Service& service)
{
    return nlohmann::json{{"kind", keyOf(service.kind)},   {"name", service.name},
                          {"minutes", service.minutes},    {"buffer_minutes", service.bufferMinutes},
                          {"fee_cents", service.feeCents}, {"offered", service.offered},
                          {"taxable", service.taxable},    {"cpt_code", service.cptCode}}
        .dump();
}

namespace {

std::vector<BatchedInsert::Column> appointmentInsertColumns()
{
    using enum BatchedInsert::Type;
    return {{"client_id", Integer},     {"service_id", Integer}, {"starts_at", Text},      {"minutes", Integer},
            {"buffer_minutes", Integer}, {"status", Text},        {"cancelled_by", Text},   {"cancelled_at", Text},
            {"cancel_reason", Text},     {"note_id", Integer},    {"plan_id", Integer},     {"series_id", Integer},
            {"referral_only", Integer},  {"notes", Text},         {"row_version", Integer}, {"created_at", Text},
            {"updated_at", Text}};
}

template <typename T>
std::optional<T> optionalOf(const Nullable<T>& value)
{
    return value.indicator == soci::i_null ? std::nullopt : std::optional<T>(value.value);
}

} // namespace

AppointmentRowWriter::AppointmentRowWriter(soci::session& session, std::size_t rowsPerInsert)
    : m_session(session),
      m_insert(session, "appointments", appointmentInsertColumns(), rowsPerInsert),
      m_update((bindColumns(session.prepare
                            << "UPDATE appointments SET client_id = :client_id, service_id = :service_id, "
                               "starts_at = :starts_at, minutes = :minutes, buffer_minutes = :buffer_minutes, "
                               "status = :status, cancelled_by = :cancelled_by, cancelled_at = :cancelled_at, "
                               "cancel_reason = :cancel_reason, note_id = :note_id, plan_id = :plan_id, "
                               "series_id = :series_id, referral_only = :referral_only, notes = :notes, "
                               "updated_at = :now, row_version = row_version + 1 "
                               "WHERE id = :id AND row_version = :row_version"),
                soci::use(m_id, "id"), soci::use(m_rowVersion, "row_version")))
{
}

soci::details::prepare_temp_type AppointmentRowWriter::bindColumns(soci::details::prepare_temp_type prepared)
{
    prepared, soci::use(m_clientId, "client_id"), soci::use(m_serviceId, "service_id"),
        soci::use(m_start, "starts_at"), soci::use(m_minutes, "minutes"),
        soci::use(m_bufferMinutes, "buffer_minutes"), soci::use(m_status, "status"),
        soci::use(m_cancelledBy.value, m_cancelledBy.indicator, "cancelled_by"),
        soci::use(m_cancelledAt.value, m_cancelledAt.indicator, "cancelled_at"),
        soci::use(m_cancelReason, "cancel_reason"), soci::use(m_noteId.value, m_noteId.indicator, "note_id"),
        soci::use(m_planId.value, m_planId.indicator, "plan_id"),
        soci::use(m_seriesId.value, m_seriesId.indicator, "series_id"),
        soci::use(m_referralOnly, "referral_only"), soci::use(m_notes, "notes"), soci::use(m_now, "now");
    return prepared;
}

void AppointmentRowWriter::load(const Appointment& appointment)
{
    m_id = appointment.id;
    m_clientId = appointment.clientId;
    m_serviceId = appointment.serviceId;
    m_start = isoLocalTime(appointment.start);
    m_minutes = appointment.minutes;
    m_bufferMinutes = appointment.bufferMinutes;
    m_status = std::string(keyOf(appointment.status));
    const std::optional<Cancellation>& cancellation = appointment.cancellation;
    m_cancelledBy = Nullable<std::string>(cancellation ? std::optional<std::string>(keyOf(cancellation->by))
                                                       : std::nullopt);
    m_cancelledAt = Nullable<std::string>(cancellation ? std::optional<std::string>(cancellation->at.iso8601())
                                                       : std::nullopt);
    m_cancelReason = cancellation ? cancellation->reason : std::string();
    m_noteId = nullableId(appointment.noteId);
    m_planId = nullableId(appointment.planId);
    m_seriesId = nullableId(appointment.seriesId);
    m_referralOnly = appointment.referralOnly ? 1 : 0;
    m_notes = appointment.notes;
    m_now = Timestamp::now().iso8601();
    m_rowVersion = appointment.rowVersion;
}

AppointmentId AppointmentRowWriter::insert(const Appointment& appointment)
{
    add(appointment);
    flush();
    return insertedId(m_session, "appointments");
}

void AppointmentRowWriter::add(const Appointment& appointment)
{
    load(appointment);
    m_insert.integer(m_clientId);
    m_insert.integer(m_serviceId);
    m_insert.text(m_start);
    m_insert.integer(m_minutes);
    m_insert.integer(m_bufferMinutes);
    m_insert.text(m_status);
    m_insert.text(optionalOf(m_cancelledBy));
    m_insert.text(optionalOf(m_cancelledAt));
    m_insert.text(m_cancelReason);
    m_insert.integer(optionalOf(m_noteId));
    m_insert.integer(optionalOf(m_planId));
    m_insert.integer(optionalOf(m_seriesId));
    m_insert.integer(m_referralOnly);
    m_insert.text(m_notes);
    m_insert.integer(1);
    m_insert.text(m_now);
    m_insert.text(m_now);
    m_insert.endRow();
}

bool AppointmentRowWriter::update(const Appointment& appointment)
{
    load(appointment);
    m_update.execute(true);
    return m_update.get_affected_rows() == 1;
}

} // namespace knotwork::db
