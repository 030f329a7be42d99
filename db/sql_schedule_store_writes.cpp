// SqlScheduleStore's writes: each one audited transaction (a savepoint inside a UnitOfWork).
#include "db/sql_schedule_store.h"

#include <random>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/row_reader.h"
#include "db/schedule_rows.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"
#include "schedule/schedule_choices.h"

namespace knotwork::db {

using namespace knotwork::schedule;

namespace {

// 128 random bits as 32 lower-case hex digits.
std::string randomIdentifier()
{
    std::random_device random;
    std::string identifier;
    for (int i = 0; i < 4; ++i)
        identifier += fmt::format("{:08x}", random());
    return identifier;
}

// The practice's calendar identifier, empty when none was made yet.
std::string storedCalendarIdentifier(soci::session& session)
{
    std::string identifier;
    soci::indicator indicator = soci::i_null;
    session << "SELECT calendar_identifier FROM practice_settings WHERE id = 1", soci::into(identifier, indicator);
    return indicator == soci::i_ok ? identifier : std::string();
}

// What an appointment refers to is in the practice: NotFoundError naming what is missing.
void requireReferences(soci::session& session, const Appointment& appointment)
{
    requireRow(session, "clients", appointment.clientId, N_("There is no client number {} in this practice."));
    requireRow(session, "services", appointment.serviceId, N_("There is no service number {} in this practice."));
    if (appointment.planId)
        requireRow(session, "treatment_plans", *appointment.planId,
                N_("There is no treatment plan number {} in this practice."));
    if (appointment.noteId)
        requireRow(session, "session_notes", *appointment.noteId,
                N_("There is no session note number {} in this practice."));
}

[[noreturn]] void throwMissingAppointment(AppointmentId id)
{
    throw NotFoundError(formatMessage(_("There is no appointment number {} in this practice."), id));
}

Appointment storedAppointment(soci::session& session, AppointmentId id)
{
    soci::row row;
    session << std::string("SELECT ") + kAppointmentColumns + " FROM appointments WHERE id = :id", soci::use(id),
        soci::into(row);
    if (!session.got_data())
        throwMissingAppointment(id);
    return readAppointmentRow(row);
}

} // namespace

AppointmentId SqlScheduleStore::addAppointment(const Appointment& appointment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireReferences(transaction.session(), appointment);
        const AppointmentId id = AppointmentRowWriter(transaction.session()).insert(appointment);
        transaction.audit({"appointment", std::to_string(id), "create", std::nullopt,
                           appointmentAuditJson(appointment)});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the appointment"));
    }
}

SeriesId SqlScheduleStore::addSeries(std::span<const Appointment> appointments)
{
    if (appointments.empty())
        throw ValidationError("appointments", "required", _("A series needs at least one appointment."));
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        SeriesId series = 0;
        session << "SELECT COALESCE(MAX(series_id), 0) + 1 FROM appointments", soci::into(series);
        AppointmentRowWriter writer(session);
        for (Appointment appointment : appointments) {
            requireReferences(session, appointment);
            appointment.seriesId = series;
            const AppointmentId id = writer.insert(appointment);
            transaction.audit({"appointment", std::to_string(id), "create", std::nullopt,
                               appointmentAuditJson(appointment)});
        }
        transaction.commit();
        return series;
    } catch (...) {
        rethrowAsStorageError(_("saving the series of appointments"));
    }
}

void SqlScheduleStore::importAppointments(std::span<const Appointment> appointments)
{
    if (appointments.empty())
        return;
    try {
        // The foreign keys check the clients, services, plans and notes named: one query a row
        // less than requireReferences, for the demo's tens of thousands.
        WriteTransaction transaction(m_database, m_actor);
        AppointmentRowWriter writer(transaction.session(), kImportRowsPerStatement);
        for (const Appointment& appointment : appointments)
            writer.add(appointment);
        writer.flush();
        transaction.audit({"appointment", "", "import", std::nullopt,
                           nlohmann::json{{"count", appointments.size()}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("adding appointments"));
    }
}

int SqlScheduleStore::updateAppointment(const Appointment& appointment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const Appointment before = storedAppointment(transaction.session(), appointment.id);
        requireReferences(transaction.session(), appointment);
        if (!AppointmentRowWriter(transaction.session()).update(appointment))
            throw ConflictError(_("This appointment was changed elsewhere (in another window or by knotwork-cli) "
                                  "since you opened it. Nothing was overwritten: open it again to see the latest "
                                  "version."));
        transaction.audit({"appointment", std::to_string(appointment.id), "update", appointmentAuditJson(before),
                           appointmentAuditJson(appointment)});
        transaction.commit();
        return appointment.rowVersion + 1;
    } catch (...) {
        rethrowAsStorageError(_("saving the appointment"));
    }
}

ServiceId SqlScheduleStore::addService(const Service& service)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string kind(keyOf(service.kind));
        const int offered = service.offered ? 1 : 0, taxable = service.taxable ? 1 : 0;
        transaction.session() << "INSERT INTO services (kind, name, minutes, buffer_minutes, fee_cents, offered, "
                                 "taxable, cpt_code, row_version) VALUES (:kind, :name, :minutes, :buffer, :fee, "
                                 ":offered, :taxable, :cpt_code, 1)",
            soci::use(kind), soci::use(service.name), soci::use(service.minutes), soci::use(service.bufferMinutes),
            soci::use(service.feeCents), soci::use(offered), soci::use(taxable), soci::use(service.cptCode);
        const ServiceId id = insertedId(transaction.session(), "services");
        transaction.audit({"service", std::to_string(id), "create", std::nullopt, serviceAuditJson(service)});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the service"));
    }
}

int SqlScheduleStore::updateService(const Service& service)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireRow(transaction.session(), "services", service.id, N_("There is no service number {} in this practice."));
        const std::string kind(keyOf(service.kind));
        const int offered = service.offered ? 1 : 0, taxable = service.taxable ? 1 : 0;
        soci::statement update =
            (transaction.session().prepare
                 << "UPDATE services SET kind = :kind, name = :name, minutes = :minutes, buffer_minutes = :buffer, "
                    "fee_cents = :fee, offered = :offered, taxable = :taxable, cpt_code = :cpt_code, "
                    "row_version = row_version + 1 WHERE id = :id AND row_version = :row_version",
             soci::use(kind), soci::use(service.name), soci::use(service.minutes), soci::use(service.bufferMinutes),
             soci::use(service.feeCents), soci::use(offered), soci::use(taxable), soci::use(service.cptCode),
             soci::use(service.id), soci::use(service.rowVersion));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw ConflictError(_("This service was changed elsewhere since you opened it. Nothing was "
                                  "overwritten: open it again to see the latest version."));
        transaction.audit({"service", std::to_string(service.id), "update", std::nullopt, serviceAuditJson(service)});
        transaction.commit();
        return service.rowVersion + 1;
    } catch (...) {
        rethrowAsStorageError(_("saving the service"));
    }
}

void SqlScheduleStore::setWorkingWeek(const WorkingWeek& week)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        session << "DELETE FROM opening_hours";
        nlohmann::json days = nlohmann::json::array();
        int weekday = 0;
        std::string opens, closes;
        soci::statement insert = (session.prepare << "INSERT INTO opening_hours (weekday, opens, closes) VALUES "
                                                     "(:weekday, :opens, :closes)",
                                  soci::use(weekday), soci::use(opens), soci::use(closes));
        for (weekday = 0; weekday < 7; ++weekday) {
            nlohmann::json day = nlohmann::json::array();
            for (const OpeningHours& hours : week.days[static_cast<std::size_t>(weekday)]) {
                opens = timeOfDayText(hours.opens);
                closes = timeOfDayText(hours.closes);
                insert.execute(true);
                day.push_back(opens + "-" + closes);
            }
            days.push_back(day);
        }
        Nullable<int> cap(week.dailyCap);
        session << "UPDATE practice_settings SET daily_cap = :cap WHERE id = 1", soci::use(cap.value, cap.indicator);
        transaction.audit({"working_week", "1", "update", std::nullopt,
                           nlohmann::json{{"days", days},
                                          {"daily_cap", week.dailyCap ? nlohmann::json(*week.dailyCap)
                                                                      : nlohmann::json()}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("saving the working week"));
    }
}

long long SqlScheduleStore::addTimeOff(const TimeOff& timeOff)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string from = isoLocalTime(timeOff.from), to = isoLocalTime(timeOff.to);
        transaction.session() << "INSERT INTO time_off (starts_at, ends_at, reason) VALUES (:from_time, :to_time, "
                                 ":reason)",
            soci::use(from), soci::use(to), soci::use(timeOff.reason);
        const long long id = insertedId(transaction.session(), "time_off");
        transaction.audit({"time_off", std::to_string(id), "create", std::nullopt,
                           nlohmann::json{{"starts_at", from}, {"ends_at", to}, {"reason", timeOff.reason}}.dump()});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the time off"));
    }
}

void SqlScheduleStore::removeTimeOff(long long id)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::statement remove =
            (transaction.session().prepare << "DELETE FROM time_off WHERE id = :id", soci::use(id));
        remove.execute(true);
        if (remove.get_affected_rows() != 1)
            throw NotFoundError(formatMessage(_("There is no time off number {} in this practice."), id));
        transaction.audit({"time_off", std::to_string(id), "remove", std::nullopt, std::nullopt});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("removing the time off"));
    }
}

void SqlScheduleStore::setCancellationPolicy(const CancellationPolicy& policy)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        transaction.session() << "UPDATE practice_settings SET cancellation_policy = :text, "
                                 "cancellation_policy_version = :version, late_cancel_window_hours = :hours, "
                                 "late_cancel_fee_cents = :late_fee, no_show_fee_cents = :no_show_fee WHERE id = 1",
            soci::use(policy.text), soci::use(policy.version), soci::use(policy.lateWindowHours),
            soci::use(policy.lateFeeCents), soci::use(policy.noShowFeeCents);
        transaction.audit({"cancellation_policy", "1", "update", std::nullopt,
                           nlohmann::json{{"text", policy.text},
                                          {"version", policy.version},
                                          {"late_window_hours", policy.lateWindowHours},
                                          {"late_fee_cents", policy.lateFeeCents},
                                          {"no_show_fee_cents", policy.noShowFeeCents}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("saving the cancellation policy"));
    }
}

std::string SqlScheduleStore::calendarIdentifier()
{
    try {
        if (std::string identifier = storedCalendarIdentifier(m_database.session()); !identifier.empty())
            return identifier;
        WriteTransaction transaction(m_database, m_actor);
        // Read again under the write lock: another process may have made it meanwhile.
        std::string identifier = storedCalendarIdentifier(transaction.session());
        if (!identifier.empty())
            return identifier;
        identifier = randomIdentifier();
        transaction.session() << "UPDATE practice_settings SET calendar_identifier = :identifier WHERE id = 1",
            soci::use(identifier);
        transaction.audit({"calendar_identifier", "1", "create", std::nullopt,
                           nlohmann::json{{"calendar_identifier", identifier}}.dump()});
        transaction.commit();
        return identifier;
    } catch (...) {
        rethrowAsStorageError(_("making the practice's calendar identifier"));
    }
}

WaitlistId SqlScheduleStore::addToWaitlist(const WaitlistEntry& entry)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        requireRow(session, "clients", entry.clientId, N_("There is no client number {} in this practice."));
        requireRow(session, "services", entry.serviceId, N_("There is no service number {} in this practice."));
        if (entry.instead)
            requireRow(session, "appointments", *entry.instead, N_("There is no appointment number {} in this practice."));
        const std::string from = isoDate(entry.from), addedAt = entry.addedAt.iso8601();
        Nullable<std::string> until = nullableDate(entry.until);
        Nullable<long long> instead = nullableId(entry.instead);
        Nullable<std::string> closedAt(entry.closedAt ? std::optional<std::string>(entry.closedAt->iso8601())
                                                            : std::nullopt);
        session << "INSERT INTO waitlist (client_id, service_id, instead_appointment_id, from_date, until_date, "
                   "preferences, added_at, closed_at) VALUES (:client, :service, :instead, :from_date, :until_date, "
                   ":preferences, :added_at, :closed_at)",
            soci::use(entry.clientId), soci::use(entry.serviceId), soci::use(instead.value, instead.indicator),
            soci::use(from), soci::use(until.value, until.indicator), soci::use(entry.preferences),
            soci::use(addedAt), soci::use(closedAt.value, closedAt.indicator);
        const WaitlistId id = insertedId(session, "waitlist");
        transaction.audit({"waitlist", std::to_string(id), "create", std::nullopt,
                           nlohmann::json{{"client_id", entry.clientId},
                                          {"service_id", entry.serviceId},
                                          {"from_date", from},
                                          {"preferences", entry.preferences}}.dump()});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("adding to the waitlist"));
    }
}

void SqlScheduleStore::closeWaitlistEntry(WaitlistId id, const Timestamp& at)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string closedAt = at.iso8601();
        soci::statement close = (transaction.session().prepare
                                     << "UPDATE waitlist SET closed_at = :closed_at WHERE id = :id AND closed_at IS NULL",
                                 soci::use(closedAt), soci::use(id));
        close.execute(true);
        if (close.get_affected_rows() != 1) {
            requireRow(transaction.session(), "waitlist", id, N_("There is no waitlist entry number {} in this practice."));
            throw ConflictError(_("This waitlist entry has already been closed."));
        }
        transaction.audit({"waitlist", std::to_string(id), "close", std::nullopt,
                           nlohmann::json{{"closed_at", closedAt}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("closing the waitlist entry"));
    }
}

} // namespace knotwork::db
