#pragma once
// The checks of `reminders send` after a kill, against what the test's mail server received: the
// reminder log never says sent for a visit whose message the server did not accept, no visit is
// reminded twice but the one a killed run had in flight (sent, not yet logged: the next run sends
// it again), and an acknowledged run logged each reminder it reported sent.

#include <filesystem>

#include <nlohmann/json.hpp>

#include "findings.h"
#include "mail/smtp_test_server.h"

namespace knotwork::crash {

// `killedRuns`: the runs of `reminders send` killed so far. `acknowledged`: the output of this
// run's `reminders send --json` when it finished.
Findings reminderFindings(const std::filesystem::path& practice, const knotwork::testing::SmtpTestServer& server,
                          int killedRuns, const nlohmann::json* acknowledged);

} // namespace knotwork::crash
