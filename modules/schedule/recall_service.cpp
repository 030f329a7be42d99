#include "schedule/recall_service.h"

#include <map>

namespace knotwork::schedule {

namespace {

// How far ahead a booked visit is looked for: a later one answers no phase's interval.
constexpr int kBookingHorizonWeeks = 52;

} // namespace

RecallService::RecallService(plans::PlanService& plans, ScheduleStore& book) : m_plans(plans), m_book(book) {}

std::vector<RecallRow> RecallService::recallList(DateFormatter formatDate)
{
    const Date today = m_plans.today();
    std::map<ClientId, Appointment> nextBooked;
    for (const Appointment& visit : m_book.appointmentsBetween(
             localTimeOn(today, {}), localTimeOn(today + boost::gregorian::weeks(kBookingHorizonWeeks), {})))
        if (isUpcoming(visit.status))
            nextBooked.emplace(visit.clientId, visit);  // in start order: the first stays

    std::vector<RecallFacts> facts;
    std::map<ClientId, std::string> names;
    for (plans::PlanActivity& activity : m_plans.records().activePlansWithActivity()) {
        const ClientId client = activity.open.plan.clientId;
        RecallFacts fact;
        fact.clientId = client;
        fact.lastVisit = activity.lastVisit;
        fact.visitsInPhase = activity.visitsInPhase;
        if (const auto booked = nextBooked.find(client); booked != nextBooked.end())
            fact.nextAppointment = booked->second;
        fact.lastTaken = std::move(activity.lastTaken);
        fact.openPlan = std::move(activity.open.plan);
        names.emplace(client, std::move(activity.open.clientName));
        facts.push_back(std::move(fact));
    }
    std::vector<RecallRow> rows;
    for (RecallItem& item : schedule::recallList(facts, today, formatDate)) {
        std::string name = names[item.clientId];
        rows.push_back({std::move(item), std::move(name)});
    }
    return rows;
}

} // namespace knotwork::schedule
