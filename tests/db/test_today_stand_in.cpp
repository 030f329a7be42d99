// What Today and the week view read at once, on the SQL store and its in-memory stand-in alike
// (store_contract_test.h): the names and precautions of a list of visits' clients, and every
// active plan with its client's last visit, visits in the phase and last measures.
#include <algorithm>
#include <gmock/gmock.h>

#include "store_contract_test.h"

namespace knotwork::db::contract {
namespace {

using boost::gregorian::days;

template <typename Practice>
class TodayContract : public StoreContract<Practice> {};
TYPED_TEST_SUITE(TodayContract, Practices, PracticeNames);

TYPED_TEST(TodayContract, VisitingClientsAreReadAtOnceWithTheirNamesAndHealthFlags)
{
    clients::IntakeRecord record = knotwork::testing::newClient("Lindqvist", "Anna-Karin");
    record.client.preferredName = "Anki";
    record.intake.health.flags = {clients::HealthFlag::Pregnancy, clients::HealthFlag::Hypertension};
    const ClientId flagged = this->m_practice.clients().saveIntake(record, std::nullopt, {});
    const ClientId plain = this->addClient("Martin");
    this->addClient("Nguyễn");  // not asked for

    std::vector<clients::VisitingClient> read = this->m_practice.clients().visitingClients({plain, flagged, 999});
    std::ranges::sort(read, {}, [](const clients::VisitingClient& visiting) { return visiting.client.id; });
    ASSERT_EQ(read.size(), 2u) << "an unknown id is left out, a client not asked for is not read";
    for (const clients::VisitingClient& visiting : read) {
        const clients::ClientChart chart = this->m_practice.clients().chart(visiting.client.id);
        EXPECT_EQ(visiting.client.familyName, chart.client.familyName);
        EXPECT_EQ(visiting.client.givenNames, chart.client.givenNames);
        EXPECT_EQ(visiting.client.preferredName, chart.client.preferredName);
        EXPECT_EQ(visiting.healthFlags, chart.intake.health.flags) << "the precautions the chart's assessment gives";
    }
    EXPECT_EQ(read[0].client.id, flagged);
    EXPECT_EQ(read[0].client.preferredName, "Anki");
    EXPECT_THAT(read[0].healthFlags,
                ::testing::ElementsAre(clients::HealthFlag::Pregnancy, clients::HealthFlag::Hypertension));
    EXPECT_TRUE(read[1].healthFlags.empty());
    EXPECT_TRUE(this->m_practice.clients().visitingClients({}).empty());
}

TYPED_TEST(TodayContract, ActivePlansComeWithTheirClientsLastVisitVisitsInPhaseAndLastMeasures)
{
    plans::PlanStore& store = this->m_practice.plans();
    const Date phaseStart = kToday - days(30);
    const ClientId treated = this->addClient("Treated");
    const plans::PlanId treatedPlan = this->addPlan(treated, phaseStart, kToday + days(30));
    this->signedNote(treated, phaseStart - days(7));  // before the phase: a visit, not in the phase
    this->signedNote(treated, phaseStart);
    this->signedNote(treated, kToday - days(2));
    store.addMeasure(knotwork::testing::ndi(treated, kToday - days(20)));
    store.voidMeasure(store.addMeasure(knotwork::testing::ndi(treated, kToday - days(3))),
                      Timestamp::fromIso8601("2026-11-23T12:00:00Z"), "Wrong client");
    const ClientId quiet = this->addClient("Quiet");
    const plans::PlanId quietPlan = this->addPlan(quiet, phaseStart, kToday - days(1));
    const ClientId held = this->addClient("Held");
    plans::TreatmentPlan onHold = store.plan(this->addPlan(held, phaseStart, kToday));
    onHold.status = plans::PlanStatus::OnHold;
    store.updatePlan(onHold);
    this->signedNote(held, kToday);

    const std::vector<plans::PlanActivity> active = store.activePlansWithActivity();
    ASSERT_EQ(active.size(), 2u) << "a plan on hold is not recalled";
    EXPECT_EQ(active[0].open.plan.id, quietPlan) << "activePlans' order: oldest review first";
    EXPECT_EQ(active[0].open.clientName, "Zoë Quiet");
    EXPECT_FALSE(active[0].lastVisit);
    EXPECT_EQ(active[0].visitsInPhase, 0);
    EXPECT_TRUE(active[0].lastTaken.empty());
    EXPECT_EQ(active[1].open.plan.id, treatedPlan);
    EXPECT_EQ(active[1].lastVisit, kToday - days(2));
    EXPECT_EQ(active[1].visitsInPhase, 2) << "the visit on the phase's first day counts";
    EXPECT_THAT(active[1].lastTaken,
                ::testing::ElementsAre(::testing::Pair(plans::MeasureKind::Ndi, kToday - days(20))))
        << "a voided measure is not the last one taken";
}

} // namespace
} // namespace knotwork::db::contract
