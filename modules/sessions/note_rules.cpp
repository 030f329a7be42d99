#include "sessions/note_rules.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <boost/date_time/c_local_time_adjustor.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "sessions/session_choices.h"
#include "sessions/visit_findings.h"

namespace knotwork::sessions {

RomLimits romLimits(RomDirection direction)
{
    switch (direction) {
    case RomDirection::Flexion:
        return {50, 90};
    case RomDirection::Extension:
        return {80, 110};
    case RomDirection::RotationLeft:
    case RomDirection::RotationRight:
        return {80, 100};
    case RomDirection::LateralFlexionLeft:
    case RomDirection::LateralFlexionRight:
        return {45, 70};
    }
    return {};
}

int typicalRomForAge(RomDirection direction, const std::optional<int>& ageYears)
{
    const int adult = romLimits(direction).typical;
    const double share = !ageYears || *ageYears < 40 ? 1.0 : *ageYears < 60 ? 0.9 : 0.8;
    return static_cast<int>(std::lround(adult * share / 5.0)) * 5;
}

std::optional<BodySide> CfrtResult::restrictedSide() const
{
    if (left.restricted() && (!right.restricted() || *left.degrees <= *right.degrees))
        return BodySide::Left;
    if (right.restricted())
        return BodySide::Right;
    return std::nullopt;
}

CfrtResult assessCfrt(const std::optional<int>& left, const std::optional<int>& right, int cutoff)
{
    CfrtResult result;
    result.left.degrees = left;
    result.right.degrees = right;
    result.left.atOrBelowCutoff = left && *left <= cutoff;
    result.right.atOrBelowCutoff = right && *right <= cutoff;
    if (left && right) {
        result.difference = std::abs(*left - *right);
        result.left.belowOtherSide = *right - *left >= kCfrtMeaningfulDifference;
        result.right.belowOtherSide = *left - *right >= kCfrtMeaningfulDifference;
    }
    return result;
}

int cfrtCutoffOf(const Objective& objective)
{
    return objective.cfrtCutoff.value_or(kCfrtDefaultCutoff);
}

std::vector<RomChange> romChanges(const Objective& objective)
{
    std::vector<RomChange> changes;
    for (const auto& choice : choices<RomDirection>()) {
        auto measure = objective.rom.find(choice.value);
        if (measure != objective.rom.end() && measure->second.before && measure->second.after)
            changes.push_back({choice.value, {*measure->second.before, *measure->second.after}});
    }
    return changes;
}

std::optional<Change> painChange(const Assessment& assessment)
{
    if (!assessment.painBefore || !assessment.painAfter)
        return std::nullopt;
    return Change{*assessment.painBefore, *assessment.painAfter};
}

std::optional<double> headacheDaysPerMonth(const Subjective& subjective)
{
    return scaledToMonth(subjective.headacheDays, subjective.diaryDays.value_or(0));
}

std::set<clients::SafetyIssue> rescreenFound(const std::map<clients::SafetyIssue, bool>& rescreen)
{
    std::set<clients::SafetyIssue> found;
    for (const auto& [issue, yes] : rescreen)
        if (yes)
            found.insert(issue);
    return found;
}

std::set<clients::SafetyIssue> newRedFlags(const std::map<clients::SafetyIssue, bool>& rescreen,
                                           const std::set<clients::SafetyIssue>& onRecord)
{
    std::set<clients::SafetyIssue> found;
    for (clients::SafetyIssue issue : rescreenFound(rescreen))
        if (clients::issueKind(issue) != clients::IssueKind::Advisory && !onRecord.contains(issue))
            found.insert(issue);
    return found;
}

bool isLateEntry(const Date& visitDate,
                 const std::optional<TimeOfDay>& visitTime,
                 const Timestamp& signedAt)
{
    using namespace boost::posix_time;
    using LocalAdjustor = boost::date_time::c_local_adjustor<ptime>;
    const ptime visitBegan(visitDate, visitTime.value_or(hours(24)));
    const ptime signedLocal = LocalAdjustor::utc_to_local(signedAt.utc());
    return signedLocal - visitBegan > hours(24);
}

std::optional<int> keyRom(const Objective& objective, RomDirection direction)
{
    auto measure = objective.rom.find(direction);
    if (measure == objective.rom.end())
        return std::nullopt;
    return measure->second.after ? measure->second.after : measure->second.before;
}

NoteSummary summarize(const SoapNote& note)
{
    NoteSummary summary;
    summary.id = note.id;
    summary.visitDate = note.visitDate;
    summary.status = note.status;
    summary.diaryDays = note.subjective.diaryDays.value_or(0);
    summary.headacheDays = note.subjective.headacheDays;
    summary.averageIntensity = note.subjective.averageIntensity;
    summary.worstIntensity = note.subjective.worstIntensity;
    summary.rotationLeft = keyRom(note.objective, RomDirection::RotationLeft);
    summary.rotationRight = keyRom(note.objective, RomDirection::RotationRight);
    summary.lateEntry = note.lateEntry;
    summary.addendumCount = static_cast<int>(note.addenda.size());
    summary.signedAt = note.signedAt;
    return summary;
}

SoapNote asNewDraft(SoapNote note)
{
    note.status = NoteStatus::Draft;
    note.signedAt.reset();
    note.signedBy.clear();
    note.lateEntry = false;
    note.overrideReason.clear();
    note.addenda.clear();
    return note;
}

} // namespace knotwork::sessions
