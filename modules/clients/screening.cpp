#include "clients/screening.h"

#include <algorithm>
#include <functional>

#include "clients/choices.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::clients {

namespace {

bool isCurrent(const Clearance& clearance, const Date& today)
{
    return !clearance.clearedOn.is_special() && clearance.clearedOn <= today
        && (!clearance.expiresOn || *clearance.expiresOn >= today);
}

// Whether a clearance may vouch for an issue at all, setting its dates aside.
using Vouches = std::function<bool(const Clearance&, SafetyIssue)>;

SafetyAssessment assess(const std::set<SafetyIssue>& issues, const std::vector<Clearance>& clearances,
                        const Date& today, const Vouches& vouches)
{
    SafetyAssessment result;
    std::set<const Clearance*> expired;
    bool anyExpires = false;
    Date earliestExpiry(boost::gregorian::pos_infin);
    for (const SafetyIssue issue : issues) {
        if (issueKind(issue) == IssueKind::Advisory) {
            result.advisories.insert(issue);
            continue;
        }
        // The current clearance that lasts longest covers the issue.
        const Clearance* best = nullptr;
        for (const Clearance& clearance : clearances) {
            if (!vouches(clearance, issue))
                continue;
            if (!isCurrent(clearance, today)) {
                if (clearance.expiresOn && *clearance.expiresOn < today)
                    expired.insert(&clearance);
                continue;
            }
            if (!best || !clearance.expiresOn || (best->expiresOn && *clearance.expiresOn > *best->expiresOn))
                best = &clearance;
        }
        if (!best) {
            result.openIssues.insert(issue);
            continue;
        }
        result.clearedIssues.insert(issue);
        if (best->expiresOn) {
            anyExpires = true;
            earliestExpiry = std::min(earliestExpiry, *best->expiresOn);
        }
    }
    for (const Clearance* clearance : expired)
        result.expiredClearances.push_back(*clearance);
    const bool anyRedFlag = std::any_of(result.openIssues.begin(), result.openIssues.end(),
        [](SafetyIssue issue) { return issueKind(issue) == IssueKind::RedFlag; });
    if (anyRedFlag)
        result.status = SafetyStatus::ReferBeforeTreatment;
    else if (!result.openIssues.empty())
        result.status = SafetyStatus::ClearanceRequired;
    else if (!result.clearedIssues.empty())
        result.status = SafetyStatus::Cleared;
    if (result.status == SafetyStatus::Cleared && anyExpires)
        result.clearedUntil = earliestExpiry;
    return result;
}

std::string issueNames(const std::set<SafetyIssue>& issues)
{
    std::string names;
    for (const SafetyIssue issue : issues)
        names += (names.empty() ? "" : "; ") + labelOf(issue);
    return names;
}

} // namespace

IssueKind issueKind(SafetyIssue issue)
{
    switch (issue) {
    case SafetyIssue::PainkillerOveruse:
        return IssueKind::Advisory;
    case SafetyIssue::ClusterHeadache:
    case SafetyIssue::RecentHeadOrNeckTrauma:
        return IssueKind::ClearanceRequired;
    default:
        return IssueKind::RedFlag;
    }
}

SafetyAssessment assessSafety(const std::vector<Screening>& history,
                              const std::vector<Clearance>& clearances, const Date& today)
{
    if (history.empty())
        return {};
    const Screening& latest = history.back();
    // When each issue of the latest screening was first found, in the run of screenings that
    // have found it ever since.
    auto raisedAt = [&history](SafetyIssue issue) {
        Timestamp since = history.back().screenedAt;
        for (auto screening = history.rbegin(); screening != history.rend() && screening->issues.contains(issue); ++screening)
            since = screening->screenedAt;
        return since;
    };
    return assess(latest.issues, clearances, today, [&](const Clearance& clearance, SafetyIssue issue) {
        return clearance.covers.contains(issue) && !(clearance.recordedAt < raisedAt(issue));
    });
}

SafetyAssessment assessSafety(const std::optional<Screening>& latest,
                              const std::vector<Clearance>& clearances, const Date& today)
{
    if (!latest)
        return {};
    return assess(latest->issues, clearances, today, [](const Clearance& clearance, SafetyIssue issue) {
        return clearance.covers.contains(issue);
    });
}

SafetyStatus statusWithoutClearances(const SafetyAssessment& assessment)
{
    std::set<SafetyIssue> blocking = assessment.openIssues;
    blocking.insert(assessment.clearedIssues.begin(), assessment.clearedIssues.end());
    if (std::any_of(blocking.begin(), blocking.end(),
                    [](SafetyIssue issue) { return issueKind(issue) == IssueKind::RedFlag; }))
        return SafetyStatus::ReferBeforeTreatment;
    return blocking.empty() ? SafetyStatus::Clear : SafetyStatus::ClearanceRequired;
}

void requireTreatmentAllowed(const SafetyAssessment& assessment, const std::string& overrideReason)
{
    const bool blank = std::all_of(overrideReason.begin(), overrideReason.end(),
                                   [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
    if (assessment.blocksTreatment() && blank)
        throw ValidationError("override_reason", "override-needs-reason",
            formatMessage(_("Treatment is on hold until a medical clearance is recorded ({}). To go "
                            "ahead anyway, record the reason for the override."),
                          issueNames(assessment.openIssues)));
}

std::string statusLabel(SafetyStatus status)
{
    switch (status) {
    case SafetyStatus::Clear: return _("Clear");
    case SafetyStatus::ReferBeforeTreatment: return _("Refer");
    case SafetyStatus::ClearanceRequired: return _("Clearance needed");
    case SafetyStatus::Cleared: return _("Cleared");
    }
    return {};
}

std::string statusExplanation(const SafetyAssessment& assessment)
{
    std::string text;
    auto sentence = [&text](const std::string& more) { text += (text.empty() ? "" : "\n") + more; };
    switch (assessment.status) {
    case SafetyStatus::Clear:
        sentence(_("No red flags or contraindications in the latest screening."));
        break;
    case SafetyStatus::ReferBeforeTreatment:
        sentence(formatMessage(_("Refer to a physician before treatment: {}. No treatment note can "
                                 "be signed until a medical clearance is recorded."),
                               issueNames(assessment.openIssues)));
        break;
    case SafetyStatus::ClearanceRequired:
        sentence(formatMessage(_("Medical clearance required before massage: {}. No treatment note "
                                 "can be signed until it is recorded."),
                               issueNames(assessment.openIssues)));
        break;
    case SafetyStatus::Cleared:
        break;
    }
    if (!assessment.clearedIssues.empty()) {
        if (assessment.clearedUntil)
            sentence(formatMessage(_("Cleared by a provider for: {} (until {})."),
                                   issueNames(assessment.clearedIssues), isoDate(*assessment.clearedUntil)));
        else
            sentence(formatMessage(_("Cleared by a provider for: {}."), issueNames(assessment.clearedIssues)));
    }
    if (!assessment.expiredClearances.empty())
        sentence(_("A clearance on file has expired: ask for a new one."));
    if (!assessment.advisories.empty())
        sentence(formatMessage(_("Suggest a referral (does not stop treatment): {}."),
                               issueNames(assessment.advisories)));
    return text;
}

} // namespace knotwork::clients
