// ClientService's rules over in-memory stores (support/in_memory_practice.h): what the service
// decides before anything is stored. What the SQL stores keep and refuse is tested in
// tests/db/test_client_records.cpp.
#include <gtest/gtest.h>

#include "common/error.h"
#include "support/in_memory_practice.h"
#include "support/new_client.h"

namespace knotwork::clients {
namespace {

const Date kToday(2026, 11, 23);

class ClientRules : public ::testing::Test {
protected:
    ClientRules() : m_practice(Clock::stoppedOn(kToday), "Ana Lima"), m_service(m_practice.clientService) {}

    ClientId add(const std::string& family, const std::string& given, std::set<SafetyIssue> issues = {})
    {
        return m_service.saveIntake(testing::newClient(family, given, std::move(issues)));
    }

    testing::InMemoryPractice m_practice;
    ClientService& m_service;
};

TEST_F(ClientRules, AFlagFromADiagnosisIsLiftedByAClearanceNotAWithdrawal)
{
    clients::IntakeRecord record;
    record.client.familyName = "Lind";
    record.client.givenNames = "Ola";
    record.diagnoses = {{HeadacheType::Cluster, std::nullopt, "Dr Amara Okafor, neurologist", std::nullopt, ""}};
    const ClientId id = m_service.saveIntake(record);
    EXPECT_EQ(m_practice.clientStore.page({"lind"}, kToday, 0, 1).at(0).status, SafetyStatus::ClearanceRequired)
        << "the list's badge counts the diagnosis too";
    EXPECT_TRUE(m_service.assess(m_practice.clientStore.chart(id)).withdrawableFlags().empty());
    FlagWithdrawal withdrawal;
    withdrawal.issue = SafetyIssue::ClusterHeadache;
    withdrawal.details = "Client says it was migraine";
    try {
        m_service.withdrawFlag(id, withdrawal);
        FAIL() << "a diagnosis was withdrawn";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "from-diagnosis");
    }
}

TEST_F(ClientRules, NothingToClearIsRefused)
{
    const ClientId id = add("Smith", "Anne");
    Clearance clearance;
    clearance.providerName = "Dr Okafor";
    clearance.clearedOn = kToday;
    try {
        m_service.recordClearance(id, clearance, std::nullopt);
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "nothing-to-clear");
    }
}

TEST_F(ClientRules, SavingTheSameScreeningAgainAddsNoScreening)
{
    const ClientId id = add("Smith", "Anne", {SafetyIssue::PainkillerOveruse});
    IntakeRecord record = m_practice.clientStore.chart(id).intakeRecord();
    record.client.occupation = "Teacher";
    m_service.saveIntake(record);
    EXPECT_EQ(m_practice.clientStore.chart(id).screenings.size(), 1u);
    record = m_practice.clientStore.chart(id).intakeRecord();
    record.screeningIssues.insert(SafetyIssue::ClusterHeadache);
    m_service.saveIntake(record);
    EXPECT_EQ(m_practice.clientStore.chart(id).screenings.size(), 2u);
}

TEST_F(ClientRules, InvalidInputIsRefusedWithEveryProblemAndNothingIsSaved)
{
    IntakeRecord record = testing::newClient("", "Zoë");
    record.client.email = "zoe@";
    try {
        m_service.saveIntake(record);
        FAIL();
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 2u);
        EXPECT_EQ(error.problems()[0].field, "family_name");
        EXPECT_EQ(error.problems()[1].field, "email");
    }
    EXPECT_EQ(m_practice.clientStore.count({"", ClientFilter::All}, kToday), 0);
}

TEST_F(ClientRules, TheFrontDeskRegistersAClientWithoutAnIntakeOrAScreeningAndInvalidDetailsAreRefused)
{
    Client person;
    person.familyName = "Martin";
    person.givenNames = "Zoë";
    person.phone = "416-555-0199";
    const ClientId id = m_service.registerClient(person);
    const ClientChart chart = m_practice.clientStore.chart(id);
    EXPECT_EQ(chart.client.phone, "416-555-0199");
    EXPECT_TRUE(chart.screenings.empty()) << "nobody screened the client yet";
    EXPECT_EQ(m_practice.clientStore.listRow(id, kToday).familyName, "Martin");

    person.email = "zoe@";
    try {
        m_service.registerClient(person);
        FAIL() << "an invalid email was registered";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "email");
    }
}

} // namespace
} // namespace knotwork::clients
