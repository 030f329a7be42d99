// Two desks on one practice on the test server: what one commits reaches the other's
// ChangeListener as a notice naming the table and the client (migration 0015), a desk's own
// writes are marked as its own, and a listener whose connection was cut listens again by itself
// and says that everything must be read again.
#include <chrono>
#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <thread>

#include "app/practice/practice_context.h"
#include "db/change_listener.h"
#include "support/new_client.h"
#include "support/scratch_server_database.h"

namespace knotwork::db {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;

const Date kToday(2026, 11, 23);

class ChangeNotices : public ::testing::Test {
protected:
    app::PracticeContext openDesk(const std::string& actor) const
    {
        return app::PracticeContext(ServerAddress::parse(m_server.uri()), OpenMode::CreateIfMissing, actor,
                                    Clock::stoppedOn(kToday));
    }

    // Polls until `enough` says what was found is enough, or a few seconds passed (notices cross
    // the server on their own time).
    static ChangePoll pollUntil(ChangeListener& listener, const std::function<bool(const ChangePoll&)>& enough)
    {
        ChangePoll found;
        for (int attempt = 0; attempt < 100 && !enough(found); ++attempt) {
            ChangePoll next = listener.poll();
            found.refreshEverything = found.refreshEverything || next.refreshEverything;
            found.notices.insert(found.notices.end(), next.notices.begin(), next.notices.end());
            if (!enough(found))
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return found;
    }

    static ChangePoll pollFor(ChangeListener& listener, const ChangeNotice& wanted)
    {
        return pollUntil(listener, [&](const ChangePoll& found) {
            return std::ranges::find(found.notices, wanted) != found.notices.end();
        });
    }

    knotwork::testing::ScratchServerDatabase m_server;
    app::PracticeContext m_frontDesk = openDesk("Front desk");
    app::PracticeContext m_therapist = openDesk("Maya");
};

TEST_F(ChangeNotices, AClientAddedAtOneDeskIsNoticedAtTheOtherWithTheirId)
{
    ChangeListener therapistListens(m_therapist.database());
    const clients::ClientId id = m_frontDesk.clientService().saveIntake(knotwork::testing::newClient("Quennell", "Zoë"));

    const ChangePoll found = pollFor(therapistListens, {"clients", id, false});
    EXPECT_THAT(found.notices, Contains(ChangeNotice{"clients", id, false}));
    EXPECT_FALSE(found.refreshEverything);
}

TEST_F(ChangeNotices, ADesksOwnWritesAreMarkedAsItsOwn)
{
    ChangeListener frontDeskListens(m_frontDesk.database());
    const clients::ClientId id = m_frontDesk.clientService().saveIntake(knotwork::testing::newClient("Okafor", "Chidi"));

    const ChangePoll found = pollFor(frontDeskListens, {"clients", id, true});
    EXPECT_THAT(found.notices, Contains(ChangeNotice{"clients", id, true}));
    EXPECT_THAT(found.notices, Not(Contains(ChangeNotice{"clients", id, false})));
}

TEST_F(ChangeNotices, AStatementOverSeveralClientsNamesTheTableAlone)
{
    const clients::ClientId first = m_frontDesk.clientService().saveIntake(knotwork::testing::newClient("Quennell", "Zoë"));
    const clients::ClientId second = m_frontDesk.clientService().saveIntake(knotwork::testing::newClient("Okafor", "Chidi"));
    ChangeListener therapistListens(m_therapist.database());

    knotwork::testing::serverQuery(m_server.uri(), "UPDATE clients SET notes = 'moved' WHERE id IN ("
                                                       + std::to_string(first) + ", " + std::to_string(second) + ")");

    const ChangePoll found = pollFor(therapistListens, {"clients", 0, false});
    EXPECT_THAT(found.notices, Contains(ChangeNotice{"clients", 0, false}));
    EXPECT_THAT(found.notices, Not(Contains(ChangeNotice{"clients", first, false})));
}

TEST_F(ChangeNotices, AStatementThatChangedNothingSaysNothing)
{
    ChangeListener therapistListens(m_therapist.database());
    knotwork::testing::serverQuery(m_server.uri(), "UPDATE clients SET notes = '' WHERE id = -1");
    knotwork::testing::serverQuery(m_server.uri(), "UPDATE services SET name = name WHERE id = -1");
    const clients::ClientId id = m_frontDesk.clientService().saveIntake(knotwork::testing::newClient("Quennell", "Zoë"));

    const ChangePoll found = pollFor(therapistListens, {"clients", id, false});
    EXPECT_THAT(found.notices, Not(Contains(ChangeNotice{"clients", 0, false})));
    EXPECT_THAT(found.notices, Not(Contains(ChangeNotice{"services", 0, false})));
}

TEST_F(ChangeNotices, AListenerWhoseConnectionWasCutListensAgainAndAsksForEverythingToBeRead)
{
    ChangeListener therapistListens(m_therapist.database());
    const int before = therapistListens.backendPid();
    knotwork::testing::serverQuery(m_server.uri(),
                                   "SELECT pg_terminate_backend(" + std::to_string(before) + ")");

    const ChangePoll again = pollUntil(therapistListens, [](const ChangePoll& found) { return found.refreshEverything; });
    EXPECT_TRUE(again.refreshEverything);
    EXPECT_NE(therapistListens.backendPid(), before);

    const clients::ClientId id = m_frontDesk.clientService().saveIntake(knotwork::testing::newClient("Okafor", "Chidi"));
    EXPECT_THAT(pollFor(therapistListens, {"clients", id, false}).notices, Contains(ChangeNotice{"clients", id, false}));
}

TEST(ChangePayload, NamesTheTableAndTheClientWhenThereIsOne)
{
    EXPECT_EQ(parseChangePayload("clients:42"), (ChangeNotice{"clients", 42, false}));
    EXPECT_EQ(parseChangePayload("providers"), (ChangeNotice{"providers", 0, false}));
    EXPECT_EQ(parseChangePayload("odd:text"), (ChangeNotice{"odd:text", 0, false}));
}

} // namespace
} // namespace knotwork::db
