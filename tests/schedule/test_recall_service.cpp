// The practice's recall list as Today reads it (RecallService over in-memory stores): the active
// plans' clients with what their signed visits, measures and next booking say, each with their
// name; clients without an active plan are not recalled.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schedule/recall_service.h"
#include "support/booked_visit.h"
#include "support/diagnosed_client.h"
#include "support/in_memory_practice.h"
#include "support/signed_visit.h"
#include "support/therapist_settings.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using clients::HeadacheType;

const Date kToday(2026, 11, 24);

class PracticeRecall : public ::testing::Test {
protected:
    PracticeRecall()
        : m_practice(Clock::stoppedOn(kToday), "Maya"), m_recall(m_practice.planService, m_practice.scheduleStore)
    {
        knotwork::testing::setTherapist(m_practice.clientService);
    }

    // A client with an active tension-type plan begun on 5 October and signed visits on `visits`.
    ClientId treated(const std::vector<Date>& visits)
    {
        const ClientId client =
            knotwork::testing::diagnosedClient(m_practice.clientService, {HeadacheType::TensionType});
        plans::PlanService& plans = m_practice.planService;
        plans.addPlan(plans.planFromTemplate(client, -1, Date(2026, 10, 5)).plan);
        for (const Date& visit : visits)
            knotwork::testing::signVisit(m_practice.sessionService, client, visit, 8);
        return client;
    }

    std::vector<RecallRow> rowsOf(ClientId client)
    {
        std::vector<RecallRow> rows = m_recall.recallList();
        std::erase_if(rows, [client](const RecallRow& row) { return row.item.clientId != client; });
        return rows;
    }

    knotwork::testing::InMemoryPractice m_practice;
    RecallService m_recall;
};

TEST_F(PracticeRecall, AClientNotSeenForLongerThanThePlanAllowsIsRecalledByName)
{
    const ClientId lapsed = treated({Date(2026, 10, 5), Date(2026, 10, 12)});
    const std::vector<RecallRow> rows = rowsOf(lapsed);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front().item.reason, RecallReason::NotSeen);
    EXPECT_EQ(rows.front().clientName, "Zoë Martin");
    EXPECT_THAT(rows.front().item.sentence, ::testing::HasSubstr("Not seen since 2026-10-12"));
    EXPECT_FALSE(rows.front().item.nextBooked);
}

TEST_F(PracticeRecall, TheNextBookingCountsSoAClientBookedInTimeIsNotCalled)
{
    const ClientId booked = treated({Date(2026, 10, 5), Date(2026, 11, 20)});
    Appointment next = knotwork::testing::bookedVisit(localTimeOn(Date(2026, 11, 27), hours(10)), 60, 15, 0, booked);
    next.serviceId = m_practice.scheduleStore.services().front().id;
    m_practice.scheduleStore.addAppointment(next);

    for (const RecallRow& row : rowsOf(booked)) {
        EXPECT_EQ(row.item.reason, RecallReason::RemeasureDue) << row.item.sentence;
        EXPECT_EQ(row.item.nextBooked, next.start);
    }
}

TEST_F(PracticeRecall, OnlyActivePlansRecall)
{
    const ClientId withoutPlan =
        knotwork::testing::diagnosedClient(m_practice.clientService, {HeadacheType::TensionType});
    knotwork::testing::signVisit(m_practice.sessionService, withoutPlan, Date(2026, 8, 3), 8);
    const ClientId onHold = treated({Date(2026, 10, 5)});
    const plans::TreatmentPlan plan = *m_practice.planService.records().openPlan(onHold);
    m_practice.planService.changeStatus(plan.id, plan.rowVersion, plans::PlanStatus::OnHold, "Travelling");

    EXPECT_TRUE(rowsOf(withoutPlan).empty());
    EXPECT_TRUE(rowsOf(onHold).empty());
}

} // namespace
} // namespace knotwork::schedule
