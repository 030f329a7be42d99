#include "clients/screening.h"

#include <algorithm>

#include "clients/client_choices.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::clients {

namespace {

bool isCurrent(const Clearance& clearance, const Date& today)
{
    const std::optional<Date> lastDay = clearance.lastDay();
    return !clearance.clearedOn.is_special() && clearance.clearedOn <= today && (!lastDay || *lastDay >= today);
}

bool hasLapsed(const Clearance& clearance, const Date& today)
{
    const std::optional<Date> lastDay = clearance.lastDay();
    return lastDay && *lastDay < today;
}

// When each issue on record was last raised: the first screening of the latest run of screenings
// that asked about it and found it. Issues withdrawn since are not on record.
std::map<SafetyIssue, Timestamp> issuesOnRecord(const SafetyRecord& record)
{
    std::map<SafetyIssue, Timestamp> raised;
    std::set<SafetyIssue> inRun;
    for (const Screening& screening : record.screenings) {
        for (const Choice<SafetyIssue>& choice : choices<SafetyIssue>()) {
            const SafetyIssue issue = choice.value;
            if (!screening.asked(issue))
                continue;
            if (!screening.issues.contains(issue)) {
                inRun.erase(issue);
                continue;
            }
            if (inRun.insert(issue).second)
                raised.insert_or_assign(issue, screening.screenedAt);
        }
    }
    for (const FlagWithdrawal& withdrawal : record.withdrawals) {
        const auto flag = raised.find(withdrawal.issue);
        if (flag != raised.end() && !(withdrawal.withdrawnAt < flag->second))
            raised.erase(flag);
    }
    // A diagnosis on file stands until the intake no longer lists it; any clearance of the issue
    // covers it, whenever it was given.
    for (const Diagnosis& diagnosis : record.diagnoses)
        if (const std::optional<SafetyIssue> issue = issueOfDiagnosis(diagnosis.type))
            raised.try_emplace(*issue, Timestamp(boost::posix_time::ptime(Date(1970, 1, 1))));
    return raised;
}

bool vouchesFor(const Clearance& clearance, SafetyIssue issue, const Timestamp& raisedAt)
{
    return clearance.covers.contains(issue) && !(clearance.recordedAt < raisedAt);
}

std::optional<long long> extendableClearance(const SafetyAssessment& assessment,
                                             const std::span<const Clearance> clearances, const Date& today)
{
    if (assessment.openIssues.empty())
        return std::nullopt;
    for (const Clearance& clearance : clearances) {
        if (clearance.extension || !hasLapsed(clearance, today))
            continue;
        const bool coversAll = std::all_of(assessment.openIssues.begin(), assessment.openIssues.end(),
            [&](SafetyIssue issue) { return vouchesFor(clearance, issue, assessment.raisedAt.at(issue)); });
        if (coversAll)
            return clearance.id;
    }
    return std::nullopt;
}

// The issues in words, each one that a diagnosis put on record saying so.
std::string issueNames(const std::set<SafetyIssue>& issues, const std::set<SafetyIssue>& fromDiagnosis = {})
{
    std::string names;
    for (const SafetyIssue issue : issues)
        names += (names.empty() ? "" : "; ")
               + (fromDiagnosis.contains(issue) ? formatMessage(_("{} (provider's diagnosis on file)"), labelOf(issue))
                                                : labelOf(issue));
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

const std::vector<SafetyIssue>& currentFlags()
{
    static const std::vector<SafetyIssue> flags = {
        SafetyIssue::FeverOrSystemicIllness, SafetyIssue::NeurologicalDeficit,
        SafetyIssue::SuddenSevereOnset,      SafetyIssue::Positional,
        SafetyIssue::CoughStrainOrExertion,  SafetyIssue::VisionChanges,
        SafetyIssue::ArterySymptomsWithNeckPain,
    };
    return flags;
}

bool isCurrentFlag(SafetyIssue issue)
{
    const auto& flags = currentFlags();
    return std::find(flags.begin(), flags.end(), issue) != flags.end();
}

std::optional<SafetyIssue> issueOfDiagnosis(HeadacheType type)
{
    switch (type) {
    case HeadacheType::Cluster:
        return SafetyIssue::ClusterHeadache;
    case HeadacheType::PostTraumatic:
        return SafetyIssue::RecentHeadOrNeckTrauma;
    default:
        return std::nullopt;
    }
}

std::string precautionAdvice(HealthFlag flag)
{
    switch (flag) {
    case HealthFlag::Pregnancy: return _("positioning");
    case HealthFlag::Anticoagulants: return _("lighter pressure, watch for bruising");
    case HealthFlag::Osteoporosis: return _("lighter pressure, no manipulation");
    case HealthFlag::RecentSurgery: return _("avoid the surgical site");
    case HealthFlag::OilOrLotionAllergy: return _("check oils and lotions");
    case HealthFlag::Hypertension: return _("watch position changes and pressure");
    }
    return {};
}

std::string precautionsText(const std::set<HealthFlag>& precautions)
{
    std::string text;
    for (const HealthFlag flag : precautions)
        text += (text.empty() ? "" : "; ") + formatMessage(_("{} ({})"), labelOf(flag), precautionAdvice(flag));
    return text;
}

SafetyAssessment assessSafety(const SafetyRecord& record, const Date& today)
{
    SafetyAssessment result;
    result.raisedAt = issuesOnRecord(record);
    result.precautions = record.healthFlags;
    for (const Diagnosis& diagnosis : record.diagnoses)
        if (const std::optional<SafetyIssue> issue = issueOfDiagnosis(diagnosis.type))
            result.fromDiagnosis.insert(*issue);
    std::set<const Clearance*> expired;
    bool anyExpires = false;
    Date earliestExpiry(boost::gregorian::pos_infin);
    for (const auto& [issue, raisedAt] : result.raisedAt) {
        if (issueKind(issue) == IssueKind::Advisory) {
            result.advisories.insert(issue);
            continue;
        }
        // The current clearance that lasts longest covers the issue; lapsed ones matter only
        // when none does.
        const Clearance* best = nullptr;
        std::vector<const Clearance*> lapsed;
        for (const Clearance& clearance : record.clearances) {
            if (!vouchesFor(clearance, issue, raisedAt))
                continue;
            if (!isCurrent(clearance, today)) {
                if (hasLapsed(clearance, today))
                    lapsed.push_back(&clearance);
                continue;
            }
            if (!best || !clearance.lastDay() || (best->lastDay() && *clearance.lastDay() > *best->lastDay()))
                best = &clearance;
        }
        if (!best) {
            result.openIssues.insert(issue);
            expired.insert(lapsed.begin(), lapsed.end());
            continue;
        }
        result.clearedIssues.insert(issue);
        if (best->lastDay()) {
            anyExpires = true;
            earliestExpiry = std::min(earliestExpiry, *best->lastDay());
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
    result.extendableClearanceId = extendableClearance(result, record.clearances, today);
    return result;
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

std::string historyFlagAtVisit(SafetyIssue issue)
{
    return formatMessage(_("\"{}\" is part of the client's history, not asked at a visit: record it on the "
                           "intake form."),
                         labelOf(issue));
}

void requireTreatmentAllowed(const SafetyAssessment& assessment)
{
    if (assessment.status == SafetyStatus::ReferBeforeTreatment)
        throw ValidationError("safety", "refer-before-treatment",
            formatMessage(_("No treatment can be given until a medical clearance is recorded or the "
                            "flag is withdrawn with a reason: {}. Chart this visit as a referral "
                            "visit instead."),
                          issueNames(assessment.openIssues, assessment.fromDiagnosis)));
    if (assessment.status == SafetyStatus::ClearanceRequired)
        throw ValidationError("safety", "clearance-required",
            formatMessage(_("No treatment can be given until a medical clearance is recorded: {}. "
                            "Chart this visit as a referral visit instead."),
                          issueNames(assessment.openIssues, assessment.fromDiagnosis)));
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
        sentence(assessment.precautions.empty() ? _("No red flag or contraindication on record.")
                                                : _("No red flag on record."));
        break;
    case SafetyStatus::ReferBeforeTreatment:
        sentence(formatMessage(_("Refer to a physician before treatment: {}. No treatment note can "
                                 "be signed until a medical clearance is recorded or the flag is "
                                 "withdrawn with a reason; a referral visit can be charted."),
                               issueNames(assessment.openIssues, assessment.fromDiagnosis)));
        break;
    case SafetyStatus::ClearanceRequired:
        sentence(formatMessage(_("Medical clearance required before massage: {}. No treatment note "
                                 "can be signed until it is recorded."),
                               issueNames(assessment.openIssues, assessment.fromDiagnosis)));
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
    if (assessment.extendableClearanceId)
        sentence(_("The clearance on file has lapsed: ask for a new one, or, if nothing new was "
                   "found, extend it once with a reason."));
    else if (!assessment.expiredClearances.empty())
        sentence(_("A clearance on file has expired: ask for a new one."));
    if (!assessment.advisories.empty())
        sentence(formatMessage(_("Suggest a referral (does not stop treatment): {}."),
                               issueNames(assessment.advisories)));
    if (!assessment.precautions.empty())
        sentence(formatMessage(_("Precautions (they change how, not whether, to treat): {}."),
                               precautionsText(assessment.precautions)));
    return text;
}

} // namespace knotwork::clients
