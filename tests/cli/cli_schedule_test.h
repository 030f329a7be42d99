#pragma once
// A test of the appointment book's commands: a practice with one treated client, in
// America/Toronto (so times on the book have one meaning in UTC whatever zone the tests run in),
// and what no command sets — the cancellation policy, the waitlist — set through the practice's
// store, as the app's settings and waitlist screens do.

#include <functional>

#include "app/practice/practice_context.h"
#include "cli_practice_test.h"
#include "support/environment_override.h"

namespace knotwork::cli {

class CliScheduleTest : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        m_client = addTreatedClient({"--family-name", "Martin", "--given-names", "Zoë"});
    }

    std::string client() const { return std::to_string(m_client); }

    // Runs a command at `clock` that must succeed and returns its --json output.
    nlohmann::json cliJsonAt(std::vector<std::string> arguments, const std::string& clock)
    {
        arguments.push_back("--json");
        const knotwork::testing::ProcessResult run = cli(arguments, clock);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return run.exitCode == 0 ? nlohmann::json::parse(run.out) : nlohmann::json();
    }

    // `appointment add --client C --start START EXTRA… --json`, at `clock`; returns the visit's number.
    long long book(long long clientId, const std::string& start, std::vector<std::string> extra = {},
                   const std::string& clock = kCliTestDay)
    {
        std::vector<std::string> arguments{"appointment", "add", "--client", std::to_string(clientId), "--start", start};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const nlohmann::json booked = cliJsonAt(arguments, clock);
        return booked.is_object() ? booked["id"].get<long long>() : 0;
    }

    // Works on the practice as the app would, with the same data and config folders as the CLI.
    void withPractice(const std::function<void(app::PracticeContext&)>& work)
    {
        const knotwork::testing::EnvironmentOverride data("XDG_DATA_HOME", (m_dir / "data").string());
        const knotwork::testing::EnvironmentOverride config("XDG_CONFIG_HOME", (m_dir / "config").string());
        app::PracticeContext practice(m_practice, db::OpenMode::ExistingOnly, "Ana Lima",
                                      Clock::stoppedOn(Date(2026, 11, 25)));
        work(practice);
    }

    void setCancellationPolicy(int lateWindowHours, long long lateFeeCents, long long noShowFeeCents = 0)
    {
        withPractice([&](app::PracticeContext& practice) {
            schedule::CancellationPolicy policy{"Please give a day's notice.", "2026-1", lateWindowHours, lateFeeCents,
                                                noShowFeeCents};
            practice.stores().schedule().setCancellationPolicy(policy);
        });
    }

    const knotwork::testing::TimeZoneOverride m_zone{"America/Toronto"};
    long long m_client = 0;
};

} // namespace knotwork::cli
