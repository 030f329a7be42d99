#include "sessions/note_validation.h"

#include <set>

#include "common/i18n.h"
#include "sessions/note_rules.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions {

namespace {

constexpr std::size_t kShortText = 500;
constexpr std::size_t kLongText = 4000;

std::string romKey(RomDirection direction, const char* when)
{
    return "objective.rom." + std::string(keyOf(direction)) + "." + when;
}

std::string adherenceKey(HomeCare item)
{
    return "subjective.home_care_adherence." + std::string(keyOf(item));
}

void validateSubjective(const Subjective& s, Validator& v)
{
    v.inRange(s.diaryDays, 1, kLongestDiary, "subjective.diary_days", _("Diary period (days)"));
    const int period = std::clamp(s.diaryDays.value_or(kLongestDiary), 1, kLongestDiary);
    v.inRange(s.headacheDays, 0, period, "subjective.headache_days", _("Headache days"));
    v.inRange(s.averageIntensity, 0, 10, "subjective.average_intensity", _("Average intensity"));
    v.inRange(s.worstIntensity, 0, 10, "subjective.worst_intensity", _("Worst intensity"));
    if (s.averageIntensity && s.worstIntensity && *s.worstIntensity < *s.averageIntensity)
        v.add("subjective.worst_intensity", "not-below-average",
              formatMessage(_("Worst intensity ({}) cannot be lower than the average ({})."),
                            *s.worstIntensity, *s.averageIntensity));
    if (s.headacheDays == 0 && (s.averageIntensity.value_or(0) > 0 || s.worstIntensity.value_or(0) > 0))
        v.add("subjective.average_intensity", "no-headache-days",
              _("Intensity is given but there were no headache days: leave intensity empty or "
                "count the headache days."));
    v.inRange(s.usualDurationHours, 0.0, 168.0, "subjective.usual_duration_hours",
              _("Usual duration (hours)"));
    v.inRange(s.medicationDays, 0, period, "subjective.medication_days", _("Medication days"));
    v.multiLine(s.medicationsTaken, kShortText, "subjective.medications_taken", _("Medicines taken"));
    v.inRange(s.reliefDays, 0.0, 90.0, "subjective.relief_days", _("Relief lasted (days)"));
    v.inRange(s.sleepHours, 0.0, 24.0, "subjective.sleep_hours", _("Sleep (hours a night)"));
    v.inRange(s.caffeineServings, 0, 30, "subjective.caffeine_servings",
              _("Caffeine (servings a day)"));
    v.inRange(s.stress, 0, 10, "subjective.stress", _("Stress"));
    std::set<HomeCare> answered;
    for (const HomeCareAdherence& answer : s.homeCareAdherence)
        if (!answered.insert(answer.item).second)
            v.add(adherenceKey(answer.item), "duplicate",
                  formatMessage(_("Home programme since the last visit: {} is answered twice; keep one answer "
                                  "per item."),
                                labelOf(answer.item)));
    v.multiLine(s.adherenceNotes, kShortText, "subjective.adherence_notes", _("Home programme comment"));
    for (const auto& [issue, answer] : s.rescreen)
        if (!clients::isCurrentFlag(issue) && answer)
            v.add("subjective.rescreen." + std::string(keyOf(issue)), "history-flag",
                  clients::historyFlagAtVisit(issue));
    v.multiLine(s.goalToday, kShortText, "subjective.goal_today", _("Goal for today"));
    v.multiLine(s.notes, kLongText, "subjective.notes", _("Subjective notes"));
}

void validateObjective(const Objective& o, Validator& v)
{
    v.multiLine(o.postureNotes, kShortText, "objective.posture_notes", _("Posture notes"));
    for (const auto& [direction, measure] : o.rom) {
        const int highest = romLimits(direction).highest;
        const std::string label = labelOf(direction);
        v.inRange(measure.before, 0, highest, romKey(direction, "before"),
                  formatMessage(_("{} before treatment (degrees)"), label));
        v.inRange(measure.after, 0, highest, romKey(direction, "after"),
                  formatMessage(_("{} after treatment (degrees)"), label));
    }
    v.inRange(o.cfrtLeft, 0, kCfrtHighest, "objective.cfrt_left",
              _("Flexion-rotation test, left (degrees)"));
    v.inRange(o.cfrtRight, 0, kCfrtHighest, "objective.cfrt_right",
              _("Flexion-rotation test, right (degrees)"));
    std::set<MuscleSite> seen;
    for (std::size_t i = 0; i < o.palpation.size(); ++i) {
        const PalpationFinding& finding = o.palpation[i];
        const std::string key = "objective.palpation[" + std::to_string(i) + "]";
        const std::string site =
            formatMessage(_("{} ({})"), labelOf(finding.site.muscle), labelOf(finding.site.side));
        v.inRange(std::optional<int>(finding.tenderness), 0, 3, key + ".tenderness",
                  formatMessage(_("Tenderness of {}"), site));
        if (!seen.insert(finding.site).second)
            v.add(key, "duplicate",
                  formatMessage(_("{} is recorded twice: keep one finding per muscle and side."),
                                site));
    }
    v.multiLine(o.notes, kLongText, "objective.notes", _("Objective notes"));
}

void validateAssessment(const Assessment& a, Validator& v)
{
    v.inRange(a.painBefore, 0, 10, "assessment.pain_before", _("Pain before treatment"));
    v.inRange(a.painAfter, 0, 10, "assessment.pain_after", _("Pain after treatment"));
    v.multiLine(a.notes, kLongText, "assessment.notes", _("Assessment notes"));
}

void validatePlan(const Plan& p, Validator& v)
{
    v.inRange(p.durationMinutes, 5, 180, "plan.duration_minutes", _("Duration (minutes)"));
    v.multiLine(p.homeCareNotes, kShortText, "plan.home_care_notes", _("Home care notes"));
    v.inRange(p.nextVisitInWeeks, 1, 26, "plan.next_visit_in_weeks", _("Next visit (weeks)"));
    if (!p.referralMade
        && (p.referredTo || !p.referredToName.empty() || !p.referralMethods.empty() || !p.referralNotes.empty()))
        v.add("plan.referral_made", "referral-not-marked",
              _("A referral is described but \"Referral made\" is not ticked."));
    v.singleLine(p.referredToName, kShortText, "plan.referred_to_name", _("Referred to"));
    v.multiLine(p.referralNotes, kShortText, "plan.referral_notes", _("Referral notes"));
    v.multiLine(p.notes, kLongText, "plan.notes", _("Plan notes"));
}

// A referral visit says what was seen and where the client was sent, and that nothing was done.
void validateReferralVisit(const SoapNote& note, Validator& v)
{
    v.required(note.objective.notes, "objective.notes", _("What was observed"));
    const Plan& p = note.plan;
    if (!p.referralMade)
        v.add("plan.referral_made", "required-for-referral",
              _("A referral visit records the referral made: tick \"Referral made\"."));
    if (!p.referredTo && p.referredToName.empty())
        v.add("plan.referred_to_name", "required-for-referral",
              _("Referred to: choose the provider, or type who the client was referred to."));
    if (p.referralMethods.empty())
        v.add("plan.referral_methods", "required-for-referral",
              _("How the referral was made: tick at least one (letter, phone call, fax, told the client)."));
    const char* const treatment = N_("A referral visit records that no treatment was given: clear {}, "
                                     "or chart the visit as a treatment once it is safe to treat.");
    auto noTreatment = [&](bool given, const char* field, const std::string& label) {
        if (given)
            v.add(field, "no-treatment-in-referral", formatMessage(_(treatment), label));
    };
    noTreatment(!p.techniques.empty(), "plan.techniques", _("Techniques"));
    noTreatment(!p.regions.empty(), "plan.regions", _("Regions treated"));
    noTreatment(!p.musclesTreated.empty(), "plan.muscles_treated", _("Muscles treated"));
    noTreatment(p.pressure.has_value(), "plan.pressure", _("Pressure"));
    noTreatment(p.durationMinutes.has_value(), "plan.duration_minutes", _("Duration (minutes)"));
    noTreatment(note.assessment.painAfter.has_value(), "assessment.pain_after", _("Pain after treatment"));
    for (const auto& [direction, measure] : note.objective.rom)
        noTreatment(measure.after.has_value(), romKey(direction, "after").c_str(),
                    formatMessage(_("{} after treatment (degrees)"), labelOf(direction)));
}

} // namespace

void validateNote(const SoapNote& note, const Date& today, Validator& validator)
{
    if (note.visitDate.is_special())
        validator.add("visit_date", "required", _("Visit date is required."));
    else if (note.visitDate > today)
        validator.add("visit_date", "not-in-future",
                      _("Visit date cannot be in the future: a note records a visit that has taken place."));
    else
        validator.plausibleDate(note.visitDate, today, "visit_date", _("Visit date"));
    if (note.visitTime && (note.visitTime->is_negative() || note.visitTime->hours() >= 24))
        validator.add("visit_time", "time", _("Visit time must be a time of day, like 10:30."));
    validator.inRange(note.visitMinutes, 5, 240, "visit_minutes", _("Visit length (minutes)"));
    validateSubjective(note.subjective, validator);
    validateObjective(note.objective, validator);
    validateAssessment(note.assessment, validator);
    validatePlan(note.plan, validator);
}

void validateAdherence(const Subjective& subjective, const std::optional<std::set<HomeCare>>& givenLastVisit,
                       Validator& validator)
{
    for (const HomeCareAdherence& answer : subjective.homeCareAdherence) {
        if (!givenLastVisit)
            validator.add(adherenceKey(answer.item), "no-last-visit",
                          formatMessage(_("Home programme since the last visit: {} has an answer, but this is the "
                                          "client's first visit: there is no home programme to answer for."),
                                        labelOf(answer.item)));
        else if (!givenLastVisit->contains(answer.item))
            validator.add(adherenceKey(answer.item), "not-given",
                          formatMessage(_("Home programme since the last visit: {} was not given at the last visit; "
                                          "answer only the items given then."),
                                        labelOf(answer.item)));
    }
}

void validateForSigning(const SoapNote& note, const Date& today, Validator& validator)
{
    validateNote(note, today, validator);
    // A count of days needs the period it was counted over; a treatment note always records one.
    const Subjective& s = note.subjective;
    if (!s.diaryDays && (!note.referralVisit() || s.headacheDays || s.medicationDays))
        validator.add("subjective.diary_days", "required",
                      _("Diary period (days) is required before signing: how many days the client's "
                        "headache diary covers (since the last visit, or at a first visit the period "
                        "the client reports on)."));
    for (const clients::SafetyIssue flag : clients::currentFlags())
        if (!note.subjective.rescreen.contains(flag))
            validator.add("subjective.rescreen." + std::string(keyOf(flag)), "unanswered",
                          formatMessage(_("Re-screen: ask \"{}\" and answer yes or no before signing."),
                                        labelOf(flag)));
    if (note.referralVisit())
        validateReferralVisit(note, validator);
    else if (note.plan.techniques.empty() && note.plan.regions.empty())
        validator.add("plan.techniques", "required-for-signing",
                      _("Record at least one technique or region treated before signing."));
}

void validateAddendum(const std::string& text, Validator& validator)
{
    validator.required(text, "addendum", _("Addendum"));
    validator.multiLine(text, kLongText, "addendum", _("Addendum"));
}

} // namespace knotwork::sessions
