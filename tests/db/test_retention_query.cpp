// The records past retention read from a real practice, a file and on the clinic server: found
// through the last visits that signing keeps and through indexes, never a scan of the clients
// table.
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "support/new_client.h"
#include "support/sample_note.h"
#include "support/temp_dir.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using clients::ClientId;
using clients::RetentionRule;
using safekeeping::RecordPastRetention;

const Date kToday(2026, 12, 6);

class RetentionQuery : public backends::OnBothBackends {
protected:
    RetentionQuery() : m_context(*m_database, "Maya", Clock::stoppedOn(kToday)) {}

    ClientId client(const std::string& family, std::optional<Date> born = std::nullopt)
    {
        clients::IntakeRecord record = testing::newClient(family, "Ana");
        record.client.dateOfBirth = born;
        return m_context.clientService().saveIntake(record);
    }

    // A signed visit, imported as the demo practice and an import bring them.
    void visit(ClientId client, const Date& day, sessions::NoteStatus status = sessions::NoteStatus::Signed)
    {
        sessions::SoapNote note = testing::sampleNote(client, day);
        note.status = status;
        if (status == sessions::NoteStatus::Signed) {
            note.signedAt = Timestamp(boost::posix_time::ptime(day, boost::posix_time::hours(18)));
            note.signedBy = "Maya";
        }
        m_context.stores().sessions().importNotes(std::span(&note, 1));
    }

    void setRule(RetentionRule rule, int years)
    {
        clients::PracticeSettings settings = m_context.clientService().settings();
        settings.practiceName = "Knot Clinic";
        settings.retention = {rule, years};
        m_context.clientService().saveSettings(settings, std::nullopt);
    }

    std::vector<std::string> namesPast(const Date& day, long long offset = 0, int limit = 100)
    {
        std::vector<std::string> names;
        for (const RecordPastRetention& record : m_context.retentionService().pastRetention(day, offset, limit))
            names.push_back(record.name);
        return names;
    }

    app::PracticeContext m_context;
};

TEST_P(RetentionQuery, ListsByNameTheClientsWhoseRetentionHasEndedWithTheDayItEnded)
{
    const ClientId adult = client("Adler", Date(1980, 1, 1));
    visit(adult, Date(2014, 3, 1));
    visit(adult, Date(2016, 12, 6));  // the latest visit counts: ten years end today
    const ClientId recent = client("Brook", Date(1980, 1, 1));
    visit(recent, Date(2016, 12, 7));  // ends tomorrow
    const ClientId minor = client("Cole", Date(2000, 6, 1));
    visit(minor, Date(2010, 5, 1));  // 18 in 2018: kept until 2028
    const ClientId unknownAge = client("Dale");
    visit(unknownAge, Date(2012, 8, 9));

    const auto rows = m_context.retentionService().pastRetention(kToday, 0, 100);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].name, "Adler, Ana");
    EXPECT_EQ(rows[0].lastVisit, Date(2016, 12, 6));
    EXPECT_EQ(rows[0].dateOfBirth, Date(1980, 1, 1));
    EXPECT_EQ(rows[0].retentionEndedOn, kToday);
    EXPECT_EQ(rows[1].name, "Dale, Ana");
    EXPECT_EQ(rows[1].retentionEndedOn, Date(2022, 8, 9));
    EXPECT_EQ(m_context.retentionService().countPastRetention(kToday), 2);
    EXPECT_EQ(namesPast(Date(2028, 6, 1)), (std::vector<std::string>{"Adler, Ana", "Brook, Ana", "Cole, Ana", "Dale, Ana"}));
}

TEST_P(RetentionQuery, ADraftIsNoVisitAndAClientNeverSeenCountsFromTheIntake)
{
    const ClientId drafted = client("Evans", Date(1970, 1, 1));
    visit(drafted, Date(2001, 1, 1), sessions::NoteStatus::Draft);
    // The intake was screened today, by the practice's clock.
    EXPECT_TRUE(namesPast(kToday).empty());
    EXPECT_TRUE(namesPast(Date(2036, 12, 5)).empty());
    const auto rows = m_context.retentionService().pastRetention(Date(2036, 12, 6), 0, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_FALSE(rows[0].lastVisit);
    EXPECT_EQ(rows[0].intakeOn, kToday);
    EXPECT_EQ(rows[0].retentionEndedOn, Date(2036, 12, 6));
}

TEST_P(RetentionQuery, FollowsThePracticesRuleOfYearsAfterTheLastVisit)
{
    const ClientId minor = client("Cole", Date(2010, 6, 1));
    visit(minor, Date(2019, 5, 1));
    EXPECT_TRUE(namesPast(kToday).empty());
    setRule(RetentionRule::YearsAfterLastVisit, 7);
    EXPECT_EQ(namesPast(kToday), std::vector<std::string>{"Cole, Ana"});
    EXPECT_EQ(m_context.retentionService().pastRetention(kToday, 0, 1).front().retentionEndedOn, Date(2026, 5, 1));
}

TEST_P(RetentionQuery, ReadsAPageAtATime)
{
    for (const char* family : {"Avery", "Blake", "Casey", "Drew", "Ellis"})
        visit(client(family), Date(2010, 1, 1));
    EXPECT_EQ(namesPast(kToday, 0, 2), (std::vector<std::string>{"Avery, Ana", "Blake, Ana"}));
    EXPECT_EQ(namesPast(kToday, 4, 2), std::vector<std::string>{"Ellis, Ana"});
    EXPECT_EQ(m_context.retentionService().countPastRetention(kToday), 5);
}

// SQLite's own query plan: the server plans its queries its own way.
TEST(RetentionQueryPlan, FindsTheRecordsThroughTheLastVisitIndexNotAScanOfEveryClient)
{
    knotwork::testing::TempDir dir;
    app::PracticeContext practice(dir / "practice.sqlite", OpenMode::CreateIfMissing, "Maya", Clock::stoppedOn(kToday));
    SqlRetentionQueries queries(practice.database());
    for (const auto rule : {RetentionRule::Ontario, RetentionRule::YearsAfterLastVisit}) {
        const std::string plan = queries.queryPlan(safekeeping::retentionCutoffs(kToday, {rule, 10}));
        EXPECT_NE(plan.find("INDEX clients_by_last_visit"), std::string::npos) << plan;
        EXPECT_EQ(plan.find("SCAN clients\n"), std::string::npos) << plan;
    }
}

KNOTWORK_ON_BOTH_BACKENDS(RetentionQuery);

} // namespace
} // namespace knotwork::db
