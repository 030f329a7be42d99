#include "book_ledger.h"

#include <algorithm>

#include "ledger_text.h"
#include "support/practice_files.h"

namespace knotwork::crash {

using knotwork::testing::sqliteQuery;

namespace {

// A booked visit's reason as the check reads it: a cancellation's reason is a marker.
constexpr char kNoReason[] = "-";

bool holds(const std::vector<std::string>& allowed, const std::string& value)
{
    return std::ranges::find(allowed, value) != allowed.end();
}

std::string either(const std::vector<std::string>& allowed)
{
    std::string text;
    for (const std::string& value : allowed)
        text += (text.empty() ? "\"" : " or \"") + value + "\"";
    return text;
}

} // namespace

void BookLedger::added(const std::string& marker, const std::string& start, std::optional<long long> id)
{
    m_visits[marker] = {id, {start}, {""}};
}

void BookLedger::moving(const std::string& marker, const std::string& start, bool acknowledged)
{
    Visit& visit = m_visits.at(marker);
    if (acknowledged)
        visit.starts.clear();
    visit.starts.push_back(start);
}

void BookLedger::cancelling(const std::string& marker, const std::string& reason, bool acknowledged)
{
    Visit& visit = m_visits.at(marker);
    if (acknowledged)
        visit.reasons.clear();
    visit.reasons.push_back(reason);
}

void BookLedger::bookingSeries(long long client, long long visits, bool acknowledged)
{
    m_series[client] = {visits, acknowledged};
}

std::vector<std::pair<std::string, long long>> BookLedger::bookedVisits() const
{
    std::vector<std::pair<std::string, long long>> booked;
    for (const auto& [marker, visit] : m_visits)
        if (visit.id && visit.reasons == std::vector<std::string>{""})
            booked.emplace_back(marker, *visit.id);
    return booked;
}

Findings BookLedger::checkVisits(const std::filesystem::path& practice)
{
    // One line a visit: marker, start, status, reason (a reason is a marker: no separator in it), number.
    const std::string rows = sqliteQuery(
        practice, "SELECT group_concat(substr(notes, instr(notes, 'crash-'), " + std::to_string(kMarkerLength) +
                      ") || '|' || starts_at || '|' || status || '|' || coalesce(nullif(cancel_reason, ''), '" +
                      kNoReason + "') || '|' || id, char(10)) FROM appointments WHERE instr(notes, 'crash-') > 0");
    Findings findings;
    for (const std::string& row : split(rows, '\n')) {
        const std::vector<std::string> fields = split(row, '|');
        const auto found = m_visits.find(fields.at(0));
        if (found == m_visits.end())
            continue;  // a visit no run wrote: the record ledger reports it
        Visit& visit = found->second;
        const std::string& start = fields.at(1);
        const std::string& status = fields.at(2);
        const std::string reason = fields.at(3) == kNoReason ? "" : fields.at(3);
        const std::string what = "appointment " + fields.at(0);
        if (!holds(visit.starts, start))
            findings.push_back({FindingClass::Lost, what + " starts at " + start + ", not " + either(visit.starts)});
        const bool cancelled = status == "cancelled" || status == "late_cancelled";
        if (status != "booked" && !cancelled)
            findings.push_back({FindingClass::Half, what + " is " + status + ", which no run made it"});
        else if (cancelled == reason.empty() || !holds(visit.reasons, reason))
            findings.push_back({FindingClass::Half, what + " is " + status + " with the reason \"" + reason +
                                                        "\", not " + either(visit.reasons)});
        visit.starts = {start};
        visit.reasons = {reason};
        visit.id = std::stoll(fields.at(4));  // a killed run's visit, found, may be moved or cancelled next
    }
    return findings;
}

Findings BookLedger::checkSeries(const std::filesystem::path& practice)
{
    if (m_series.empty())
        return {};
    std::string clients;
    for (const auto& [client, series] : m_series)
        clients += (clients.empty() ? "" : ", ") + std::to_string(client);
    // One line a client: the number, the visits, the series among them, those booked in one.
    const std::string rows = sqliteQuery(
        practice, "SELECT group_concat(client_id || '|' || visits || '|' || series || '|' || whole, char(10)) FROM "
                  "(SELECT client_id, COUNT(*) AS visits, COUNT(DISTINCT series_id) AS series, "
                  "SUM(series_id IS NOT NULL AND status = 'booked') AS whole FROM appointments "
                  "WHERE client_id IN (" + clients + ") GROUP BY client_id)");
    std::map<long long, std::vector<long long>> found;
    for (const std::string& row : split(rows, '\n')) {
        std::vector<long long> numbers;
        for (const std::string& field : split(row, '|'))
            numbers.push_back(std::stoll(field));
        found[numbers.at(0)] = {numbers.begin() + 1, numbers.end()};
    }
    Findings findings;
    for (auto& [client, series] : m_series) {
        const auto it = found.find(client);
        const long long visits = it == found.end() ? 0 : it->second.at(0);
        const std::string what = "schedule book-plan for client " + std::to_string(client) + ": ";
        if (visits == 0) {
            if (series.present)
                findings.push_back({FindingClass::Lost, what + "acknowledged or seen before, now no visit"});
            continue;
        }
        series.present = true;
        if (visits != series.visits)
            findings.push_back({FindingClass::Half, what + std::to_string(visits) + " of the " +
                                                        std::to_string(series.visits) + " visits proposed"});
        if (it->second.at(1) != 1 || it->second.at(2) != visits)
            findings.push_back({FindingClass::Half, what + "its visits are not one booked series"});
    }
    return findings;
}

Findings BookLedger::check(const std::filesystem::path& practice)
{
    Findings findings = checkVisits(practice);
    for (Finding& finding : checkSeries(practice))
        findings.push_back(std::move(finding));
    return findings;
}

} // namespace knotwork::crash
