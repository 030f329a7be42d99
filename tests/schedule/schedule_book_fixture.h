#pragma once
// The fixture of ScheduleService's tests over in-memory stores (support/in_memory_practice.h):
// a practice in Toronto, so notice meets a real daylight-saving change, its clock where the test
// puts it, a late-cancel window of 24 hours.

#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <gtest/gtest.h>

#include "common/error.h"
#include "schedule/schedule_service.h"
#include "support/environment_override.h"
#include "support/in_memory_practice.h"
#include "support/refusal.h"

namespace knotwork::schedule {

inline LocalTime at(int year, int month, int day, int hour, int minute = 0)
{
    return localTimeOn(Date(year, month, day), boost::posix_time::hours(hour) + boost::posix_time::minutes(minute));
}

inline plans::FrequencyPhase every(int weeks, std::optional<int> visits)
{
    plans::FrequencyPhase phase;
    phase.everyWeeks = weeks;
    phase.visits = visits;
    return phase;
}

inline std::string fieldOf(const std::function<void()>& action)
{
    const std::optional<ValidationError> error = testing::refusal(action);
    return error ? error->field() + " " + error->rule() : "accepted";
}

class Book : public ::testing::Test {
protected:
    Book()
        : m_practice(Clock([this] { return m_now; }), "Maya"),
          m_service(m_practice.scheduleStore, m_practice.clientService, m_practice.unitOfWork)
    {
        CancellationPolicy policy;
        policy.lateWindowHours = 24;
        m_practice.scheduleStore.setCancellationPolicy(policy);
    }

    ClientId addClient(const std::string& given, std::set<clients::SafetyIssue> issues = {},
                       std::set<clients::HealthFlag> precautions = {})
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = given;
        record.screeningIssues = std::move(issues);
        record.intake.health.flags = std::move(precautions);
        return m_practice.clientService.saveIntake(record);
    }

    const Service& service(const std::string& name)
    {
        m_services = m_practice.scheduleStore.services();
        for (const Service& one : m_services)
            if (one.name == name)
                return one;
        throw std::logic_error("no service " + name);
    }

    Appointment visit(ClientId client, const LocalTime& start, const std::string& serviceName = "Treatment, 60 min")
    {
        const Service& kind = service(serviceName);
        Appointment one;
        one.clientId = client;
        one.serviceId = kind.id;
        one.start = start;
        one.minutes = kind.minutes;
        one.bufferMinutes = kind.bufferMinutes;
        return one;
    }

    void nowAt(const LocalTime& local) { m_now = utcOfLocal(local); }

    std::vector<AppointmentStatus> statusesOf(ClientId client)
    {
        std::vector<AppointmentStatus> statuses;
        for (const Appointment& one : m_practice.scheduleStore.appointmentsOf(client))
            statuses.push_back(one.status);
        return statuses;
    }

    testing::TimeZoneOverride m_toronto{"America/Toronto"};
    Timestamp m_now = utcOfLocal(at(2026, 11, 20, 9));  // Friday morning
    testing::InMemoryPractice m_practice;
    ScheduleService m_service;
    std::vector<Service> m_services;
};

} // namespace knotwork::schedule
