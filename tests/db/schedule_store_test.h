#pragma once
// The fixture of the appointment book's SQL tests: a fresh practice on the test's backend (a
// practice file, or a practice on the test server) with a therapist, its schedule store, and
// helpers to add clients and visits and to read what the audit trail kept. A suite ends with
// KNOTWORK_ON_BOTH_BACKENDS(Suite); each file names a suite of its own (a subclass of Schedule),
// since a suite is instantiated once.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "app/practice/practice_context.h"
#include "db/practice_opener.h"
#include "practice_on_backend.h"
#include "support/new_client.h"
#include "support/temp_dir.h"
#include "support/therapist_settings.h"

namespace knotwork::db {

using namespace knotwork::schedule;

inline const Date kScheduleToday(2026, 11, 23);

inline LocalTime at(const std::string& text)
{
    return parseIsoLocalTime(text, "test");
}

class Schedule : public backends::OnBothBackends {
protected:
    Schedule() { knotwork::testing::setTherapist(m_context.clientService()); }

    ClientId addClient(const std::string& family)
    {
        return m_context.clientService().saveIntake(knotwork::testing::newClient(family, "Test"));
    }

    ServiceId serviceNamed(const std::string& name)
    {
        for (const Service& service : m_book.services())
            if (service.name == name)
                return service.id;
        throw std::runtime_error("no service " + name);
    }

    Appointment visit(ClientId client, const std::string& start, int minutes = 60)
    {
        Appointment appointment;
        appointment.clientId = client;
        appointment.serviceId = serviceNamed("Treatment, 60 min");
        appointment.start = at(start);
        appointment.minutes = minutes;
        appointment.bufferMinutes = 15;
        return appointment;
    }

    static std::vector<AppointmentId> ids(const std::vector<Appointment>& appointments)
    {
        std::vector<AppointmentId> found;
        for (const Appointment& appointment : appointments)
            found.push_back(appointment.id);
        return found;
    }

    // SQL behind Knotwork's back (PracticeOn::query): the first column of the first row.
    std::string sql(const std::string& statement) { return m_practice.query(statement); }

    // "create,update": what the audit trail recorded of one record, in order.
    std::string auditActions(const std::string& entity, long long id)
    {
        const std::string entityId = std::to_string(id);
        soci::rowset<std::string> actions = (m_database->session().prepare
                                                 << "SELECT action FROM audit_log WHERE entity = :entity "
                                                    "AND entity_id = :id ORDER BY id",
                                             soci::use(entity), soci::use(entityId));
        std::string joined;
        for (const std::string& action : actions)
            joined += (joined.empty() ? "" : ",") + action;
        return joined;
    }

    // Scratch space for the files a test writes (exports, imported copies).
    knotwork::testing::TempDir m_dir;
    app::PracticeContext m_context{*m_database, "Maya", Clock::stoppedOn(kScheduleToday)};
    ScheduleStore& m_book = m_context.stores().schedule();
};

} // namespace knotwork::db
