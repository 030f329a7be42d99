#pragma once
// The fixture of the appointment book's SQL tests: a fresh practice file with a therapist, its
// schedule store, and helpers to add clients and visits and to read what the audit trail kept.
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "db/practice_opener.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"
#include "support/therapist_settings.h"

namespace knotwork::db {

using namespace knotwork::schedule;

inline const Date kScheduleToday(2026, 11, 23);

inline LocalTime at(const std::string& text)
{
    return parseIsoLocalTime(text, "test");
}

class Schedule : public ::testing::Test {
protected:
    Schedule()
        : m_file(m_dir / "practice.sqlite"),
          m_database(openPractice(m_file, OpenMode::CreateIfMissing, "setup").database),
          m_practice(*m_database, "Maya", Clock::stoppedOn(kScheduleToday)),
          m_book(m_practice.stores().schedule())
    {
        knotwork::testing::setTherapist(m_practice.clientService());
    }

    ClientId addClient(const std::string& family)
    {
        return m_practice.clientService().saveIntake(knotwork::testing::newClient(family, "Test"));
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

    std::string sql(const std::string& statement)
    {
        return knotwork::testing::sqliteQuery(m_file, statement);
    }

    // "create,update": what the audit trail recorded of one record, in order.
    std::string auditActions(const std::string& entity, long long id)
    {
        return sql("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE entity = '" + entity
                   + "' AND entity_id = '" + std::to_string(id) + "' ORDER BY id)");
    }

    knotwork::testing::TempDir m_dir;
    std::filesystem::path m_file;
    std::unique_ptr<Database> m_database;
    app::PracticeContext m_practice;
    ScheduleStore& m_book;
};

} // namespace knotwork::db
