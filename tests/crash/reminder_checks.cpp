#include "reminder_checks.h"

#include <map>
#include <set>
#include <string>

#include "ledger_text.h"
#include "support/practice_files.h"

namespace knotwork::crash {

using knotwork::testing::sqliteQuery;
using nlohmann::json;

Findings reminderFindings(const std::filesystem::path& practice, const knotwork::testing::SmtpTestServer& server,
                          int killedRuns, const json* acknowledged)
{
    std::map<std::string, int> received;  // address → messages the server accepted for it
    for (int n = 1, count = server.receivedCount(); n <= count; ++n) {
        const json message = server.decoded(n);
        for (const json& to : message["rcpt_tos"])
            ++received[to.get<std::string>()];
    }

    Findings findings;
    const std::string sent = sqliteQuery(practice, "SELECT group_concat(to_address, ',') FROM reminder_log "
                                                   "WHERE sent_at IS NOT NULL");
    for (const std::string& address : split(sent, ','))
        if (!received.contains(address))
            findings.push_back({FindingClass::Half, "the reminder log says sent to " + address +
                                                        ", whose message the mail server never accepted"});
    // Sending is at least once (app/practice/reminder_run.cpp): a run killed between the server's
    // acceptance and the log's write sends that one reminder again on the next run. So each killed
    // run may add one repeat, and nothing else may: two kills in a row in that window send a
    // visit's reminder three times, which is within the promise.
    int repeats = 0;
    std::string repeated;
    for (const auto& [address, messages] : received)
        if (messages > 1) {
            repeats += messages - 1;
            repeated += (repeated.empty() ? "" : ", ") + address + " " + std::to_string(messages) + " times";
        }
    if (repeats > killedRuns)
        findings.push_back({FindingClass::Doubled, std::to_string(repeats) + " repeated reminders (" + repeated +
                                                       ") after " + std::to_string(killedRuns) + " killed runs"});

    if (acknowledged) {
        const std::set<std::string> logged = [&] {
            const std::vector<std::string> ids = split(
                sqliteQuery(practice, "SELECT group_concat(appointment_id, ',') FROM reminder_log WHERE sent_at IS "
                                      "NOT NULL"),
                ',');
            return std::set<std::string>(ids.begin(), ids.end());
        }();
        for (const json& reminder : (*acknowledged)["reminders"]) {
            const std::string visit = std::to_string(reminder["appointment_id"].get<long long>());
            if (reminder["result"] != "sent")
                findings.push_back({FindingClass::Failed, "the reminder of visit " + visit + " was " +
                                                              reminder["result"].get<std::string>() + ": " +
                                                              reminder["failure"].get<std::string>()});
            else if (!logged.contains(visit))
                findings.push_back({FindingClass::Lost, "the reminder of visit " + visit +
                                                            " was reported sent, yet the log does not say so"});
        }
    }
    return findings;
}

} // namespace knotwork::crash
