// SqlScheduleStore's reads.
#include "db/sql_schedule_store.h"

#include <utility>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/schedule_rows.h"
#include "db/storage_errors.h"

namespace knotwork::db {

using namespace knotwork::schedule;

namespace {

// The appointments "SELECT <columns> FROM appointments <tail>" finds, binding `bound` in order.
template <typename... Bound>
std::vector<Appointment> appointmentsWhere(Database& database, const std::string& tail, const Bound&... bound)
{
    return readAll(database, std::string("SELECT ") + kAppointmentColumns + " FROM appointments " + tail,
                   readAppointmentRow, bound...);
}

} // namespace

SqlScheduleStore::SqlScheduleStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

std::vector<Appointment> SqlScheduleStore::appointmentsBetween(const LocalTime& from, const LocalTime& to)
{
    try {
        const std::string first = isoLocalTime(from), last = isoLocalTime(to);
        return appointmentsWhere(m_database,
                                 "WHERE starts_at >= :from_time AND starts_at < :to_time ORDER BY starts_at, id",
                                 first, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the appointment book"));
    }
}

std::vector<Appointment> SqlScheduleStore::appointmentsOf(ClientId client)
{
    try {
        return appointmentsWhere(m_database, "WHERE client_id = :client ORDER BY starts_at, id", client);
    } catch (...) {
        rethrowAsStorageError(_("reading the client's appointments"));
    }
}

std::vector<Appointment> SqlScheduleStore::appointmentsInSeries(SeriesId series)
{
    try {
        return appointmentsWhere(m_database, "WHERE series_id = :series ORDER BY starts_at, id", series);
    } catch (...) {
        rethrowAsStorageError(_("reading the series of appointments"));
    }
}

std::optional<Appointment> SqlScheduleStore::findAppointment(AppointmentId id)
{
    try {
        std::vector<Appointment> found = appointmentsWhere(m_database, "WHERE id = :id", id);
        if (found.empty())
            return std::nullopt;
        return std::move(found.front());
    } catch (...) {
        rethrowAsStorageError(_("reading the appointment"));
    }
}

std::vector<Service> SqlScheduleStore::services()
{
    try {
        return readAll(m_database, std::string("SELECT ") + kServiceColumns + " FROM services ORDER BY id",
                       readServiceRow);
    } catch (...) {
        rethrowAsStorageError(_("reading the services"));
    }
}

WorkingWeek SqlScheduleStore::workingWeek()
{
    try {
        WorkingWeek week;
        soci::row row;
        soci::statement statement =
            (m_database.session().prepare << "SELECT weekday, opens, closes FROM opening_hours ORDER BY weekday, opens",
             soci::into(row));
        statement.execute(false);
        while (statement.fetch()) {
            RowReader read(row);
            const long long weekday = read.integer("weekday");
            readRecord(kOpeningHoursRecord, weekday, [&] {
                if (weekday < 0 || weekday > 6)
                    throw std::out_of_range("weekday " + std::to_string(weekday) + " is not 0–6");
                OpeningHours hours{parseTimeOfDay(read.text("opens"), "opens"),
                                   parseTimeOfDay(read.text("closes"), "closes")};
                if (hours.closes <= hours.opens)
                    throw std::out_of_range("the hours close before they open");
                week.days[static_cast<std::size_t>(weekday)].push_back(hours);
            });
        }
        soci::row settings;
        m_database.session() << "SELECT daily_cap FROM practice_settings WHERE id = 1", soci::into(settings);
        RowReader read(settings);
        week.dailyCap = read.optionalInt("daily_cap");
        return week;
    } catch (...) {
        rethrowAsStorageError(_("reading the working week"));
    }
}

std::vector<TimeOff> SqlScheduleStore::timeOffBetween(const LocalTime& from, const LocalTime& to)
{
    try {
        const std::string first = isoLocalTime(from), last = isoLocalTime(to);
        return readAll(m_database,
                       std::string("SELECT ") + kTimeOffColumns
                           + " FROM time_off WHERE starts_at < :to_time AND ends_at > :from_time ORDER BY starts_at, id",
                       readTimeOffRow, last, first);
    } catch (...) {
        rethrowAsStorageError(_("reading the time off"));
    }
}

CancellationPolicy SqlScheduleStore::cancellationPolicy()
{
    try {
        soci::row row;
        m_database.session() << "SELECT cancellation_policy, cancellation_policy_version, late_cancel_window_hours, "
                                "late_cancel_fee_cents, no_show_fee_cents FROM practice_settings WHERE id = 1",
            soci::into(row);
        RowReader read(row);
        CancellationPolicy policy;
        readRecord(kPracticeSettings, 1, [&] {
            policy.text = read.text("cancellation_policy");
            policy.version = read.text("cancellation_policy_version");
            policy.lateWindowHours = static_cast<int>(read.integer("late_cancel_window_hours"));
            policy.lateFeeCents = read.integer("late_cancel_fee_cents");
            policy.noShowFeeCents = read.integer("no_show_fee_cents");
        });
        return policy;
    } catch (...) {
        rethrowAsStorageError(_("reading the cancellation policy"));
    }
}

std::vector<WaitlistEntry> SqlScheduleStore::waitlist()
{
    try {
        return readAll(m_database,
                       std::string("SELECT ") + kWaitlistColumns
                           + " FROM waitlist WHERE closed_at IS NULL ORDER BY added_at, id",
                       readWaitlistRow);
    } catch (...) {
        rethrowAsStorageError(_("reading the waitlist"));
    }
}

} // namespace knotwork::db
