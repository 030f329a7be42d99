#include "schedule/recall_service.h"

#include <algorithm>
#include <map>

#include "plans/plan_reminders.h"

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
    for (plans::OpenPlan& open : m_plans.records().activePlans()) {
        const ClientId client = open.plan.clientId;
        const plans::ProgressData data = m_plans.progressData(client);
        RecallFacts fact;
        fact.clientId = client;
        if (!data.visits.empty())
            fact.lastVisit = std::ranges::max(data.visits, {}, &sessions::VisitFindings::visitDate).visitDate;
        fact.visitsInPhase = plans::visitsInPhase(open.plan, data);
        if (const auto booked = nextBooked.find(client); booked != nextBooked.end())
            fact.nextAppointment = booked->second;
        for (const plans::OutcomeMeasure& measure : data.measures) {
            const auto [taken, added] = fact.lastTaken.emplace(measure.kind, measure.takenOn);
            if (!added)
                taken->second = std::max(taken->second, measure.takenOn);
        }
        fact.openPlan = std::move(open.plan);
        names.emplace(client, std::move(open.clientName));
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
