#include "demo/demo_notes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <map>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "clients/consent.h"
#include <fmt/format.h>

#include "common/number_text.h"
#include "demo/demo_baseline.h"
#include "demo/demo_intake.h"
#include "demo/demo_life.h"
#include "sessions/note_rules.h"
#include "sessions/visit_findings.h"

namespace knotwork::demo {

using namespace knotwork::sessions;
using clients::HeadacheType;
using boost::gregorian::days;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;

namespace {

constexpr const char* kAddenda[] = {
    "Client phoned two days later: relief lasted until the weekend.",
    "Correction: home care given was the ball release, not stretches.",
    "Client emailed: headache returned after a long drive, eased with the ball release.",
};

// The first note's figures, which the plan's goals start from (plan_template.h's rules): the
// demo keeps a goal from being met before it plausibly could be (earliestMet).
struct FirstVisit {
    Date day{boost::gregorian::not_a_date_time};
    double headacheDaysPerMonth = 0;  // as shown, one decimal
    std::optional<int> averageIntensity;
    std::map<RomDirection, int> romBefore;
};

int towards(std::pair<int, int> range, double progress, int noise)
{
    return static_cast<int>(std::lround(range.first + (range.second - range.first) * progress)) + noise;
}

// The rhythm of visits: weekly, then every two weeks, then every 4–6 weeks (DOMAIN.md).
int weeksToNext(DemoRandom& random, CourseKind kind, int visit)
{
    if (kind == CourseKind::NotImproving)
        return visit < 4 ? 1 : 2;
    if (visit < 6)
        return 1;
    if (visit < 12)
        return 2;
    return random.between(4, 6);
}

// A count of days with its fraction kept by chance: 2.4 expected days are 2 or 3, on average 2.4.
int roundedByChance(DemoRandom& random, double expected)
{
    return static_cast<int>(std::floor(std::max(0.0, expected) + random.below(1000) / 1000.0));
}

// How many days before a goal could plausibly be met: a third of its time frame, and three weeks
// at the least (goals of the built-in templates: 6 or 18 weeks).
int earliestMet(int goalWeeks)
{
    return std::max(21, goalWeeks * 7 / 3);
}
constexpr int kShortGoalWeeks = 6;   // intensity, ROM, CFRT, NPRS
constexpr int kLongGoalWeeks = 18;   // headache days, NDI, HDI, PSFS

// The headache days of a diary: at the first visit the intake's figure over 28 days; later
// falling as the course goes, never halved (the plan's goal) sooner than plausible.
int headacheDaysIn(DemoRandom& random, const Baseline& base, double progress, int diaryDays,
                   const FirstVisit* first, const Date& day)
{
    if (!first) {
        const int spread = base.headacheDays >= 12 ? random.between(-1, 1) : 0;
        return std::clamp(roundedByChance(random, base.headacheDays * diaryDays / 30.0) + spread, 0, diaryDays);
    }
    int count = std::min(diaryDays, roundedByChance(random, base.headacheDays * (1.0 - 0.8 * progress) * diaryDays / 30.0));
    if ((day - first->day).days() < earliestMet(kLongGoalWeeks)) {
        const double target = std::floor(first->headacheDaysPerMonth * 0.5 + 1e-9);
        while (count < diaryDays && roundedNumber(count * 30.0 / diaryDays) <= target)
            ++count;
    }
    return count;
}

// The medicines named for a diary's medication days: the intake's, the first always, a second
// one (for the other kind of headache, or when the first does not help) often over several days.
std::string medicinesTaken(DemoRandom& random, const Baseline& base, int medicationDays)
{
    std::string named(base.medicines.front().name);
    if (base.medicines.size() > 1 && medicationDays > 1 && random.percent(60))
        named += ", " + std::string(base.medicines[1].name);
    return named;
}

void fillDiary(DemoRandom& random, const Baseline& base, CourseKind kind, const Date& day, int diaryDays,
               const FirstVisit* first, Subjective& s)
{
    const double progress = courseProgress(kind, first ? static_cast<int>((day - first->day).days()) : 0);
    s.diaryDays = diaryDays;
    s.headacheDays = headacheDaysIn(random, base, progress, diaryDays, first, day);
    s.medicationDays = 0;
    if (*s.headacheDays == 0)
        return;
    int average = std::clamp(static_cast<int>(std::lround(base.intensity * (1.0 - 0.5 * progress)))
                                 + random.between(-1, 1), 1, 9);
    // The plan's intensity goal is two points below the first visit's average.
    if (first && first->averageIntensity && (day - first->day).days() < earliestMet(kShortGoalWeeks))
        average = std::max(average, *first->averageIntensity - 1);
    s.averageIntensity = average;
    s.worstIntensity = std::min(10, average + random.between(1, 3));
    s.usualDurationHours = std::max(0.5, std::round(base.durationHours * (1.0 - 0.4 * progress)
                                                        * random.between(80, 120) / 50.0) / 2.0);
    const double share = base.medicationShare * (1.0 - 0.3 * progress);
    s.medicationDays = std::min(*s.headacheDays, roundedByChance(random, *s.headacheDays * share));
    if (*s.medicationDays > 0)
        s.medicationsTaken = medicinesTaken(random, base, *s.medicationDays);
}

// What the client says: the diary since the last visit, how they kept their home care, and the
// rest of their week.
void fillSubjective(DemoRandom& random, const Baseline& base, CourseKind kind, int visit, const Date& day,
                    int diaryDays, const FirstVisit* first, const SoapNote* previous,
                    const clients::ClientStore::ImportedClient& file, Subjective& s)
{
    fillDiary(random, base, kind, day, diaryDays, first, s);
    const clients::Intake& intake = file.record.intake;
    s.triggers = intake.headache.triggers;
    if (previous) {
        s.responseToLastTreatment = kind == CourseKind::NotImproving
            ? (random.percent(70) ? TreatmentResponse::Same : TreatmentResponse::Worse)
            : (random.percent(85) ? TreatmentResponse::Better : TreatmentResponse::Same);
        if (s.responseToLastTreatment == TreatmentResponse::Better)
            s.reliefDays = random.between(1, 7);
        fillAdherence(random, base, visit, *previous, s);
    }
    s.sleepHours = std::clamp(intake.lifestyle.sleepHours.value_or(7) + random.between(-1, 1) / 2.0, 4.0, 10.0);
    s.hydration = random.percent(60) ? Rating::Good : Rating::Fair;
    s.caffeineServings = std::max(0, intake.lifestyle.caffeineServingsPerDay.value_or(2) + random.between(-1, 1));
    s.stress = std::clamp(intake.lifestyle.stress.value_or(5) + random.between(-2, 1), 0, 10);
    // Asked at every visit; what was found at intake has been seen to by the clearance.
    for (const clients::SafetyIssue flag : clients::currentFlags())
        s.rescreen[flag] = false;
    if (random.percent(20))
        s.goalToday = random.pick(visitGoalsFor(base.life));
}

// A visual estimate is read to the nearest 5°.
int asRead(int degrees, RomInstrument instrument)
{
    return instrument == RomInstrument::VisualEstimate ? static_cast<int>(std::lround(degrees / 5.0)) * 5 : degrees;
}

void fillRom(DemoRandom& random, const Baseline& base, double progress, const Date& day, const FirstVisit* first,
             Objective& o)
{
    // The practice measures with a goniometer; now and then, with the client short of time, by eye.
    o.romInstrument = random.percent(93) ? RomInstrument::Goniometer : RomInstrument::VisualEstimate;
    const bool early = first && (day - first->day).days() < earliestMet(kShortGoalWeeks);
    for (const auto& [direction, range] : base.rom) {
        const int highest = romLimits(direction).highest;
        int before = std::clamp(towards(range, progress, random.between(-3, 3)), 10, highest);
        // The plan's rotation goals: 15° more than at the first visit, up to the typical range.
        if (early && first->romBefore.contains(direction)) {
            const int from = first->romBefore.at(direction);
            const int target = std::min(from + 15, sessions::typicalRomForAge(direction, base.ageYears));
            if (target > from)
                before = std::min(before, target - 1);
        }
        before = asRead(before, *o.romInstrument);
        const int after = std::min(highest, asRead(before + random.between(2, 9), *o.romInstrument));
        o.rom[direction] = {before, after};
    }
}

SoapNote visitNote(DemoRandom& random, const Baseline& base, CourseKind kind, int visit, const Date& day,
                   int diaryDays, const FirstVisit* first, const SoapNote* previous,
                   const clients::ClientStore::ImportedClient& file)
{
    const double progress = courseProgress(kind, first ? static_cast<int>((day - first->day).days()) : 0);
    SoapNote note;
    note.visitDate = day;
    note.visitTime = hours(random.between(9, 17));
    fillSubjective(random, base, kind, visit, day, diaryDays, first, previous, file, note.subjective);
    const Subjective& s = note.subjective;

    Objective& o = note.objective;
    o.posture = file.record.intake.headache.posture;
    fillRom(random, base, progress, day, first, o);
    if (base.cfrt && visit % 4 == 0) {
        const int worse = std::clamp(towards(*base.cfrt, progress, random.between(-2, 2)), 10, kCfrtHighest);
        const int better = std::max(worse, towards(base.cfrtOtherSide, progress, random.between(-2, 2)));
        o.cfrtLeft = base.worseSide == BodySide::Left ? worse : better;
        o.cfrtRight = base.worseSide == BodySide::Right ? worse : better;
    }
    for (PalpationFinding finding : base.palpation) {
        finding.tenderness = std::clamp(static_cast<int>(std::lround(finding.tenderness * (1.0 - 0.7 * progress)))
                                            + (random.percent(15) ? 1 : 0), 0, 3);
        finding.hypertonic = finding.tenderness >= 2;
        if (progress > 0.6 && finding.triggerPoint == TriggerPoint::Active)
            finding.triggerPoint = TriggerPoint::Latent;
        if (progress > 0.85)
            finding.triggerPoint = TriggerPoint::None;
        finding.reproducesHeadache = finding.reproducesHeadache && finding.tenderness >= 2;
        o.palpation.push_back(finding);
    }

    const int painBefore = s.averageIntensity.value_or(random.between(1, 3));
    note.assessment.painBefore = painBefore;
    note.assessment.painAfter = std::max(0, painBefore - random.between(1, 3));
    note.assessment.tolerance = random.percent(90) ? Rating::Good : Rating::Fair;

    Plan& p = note.plan;
    p.techniques = base.techniques;
    p.regions = base.regions;
    for (const PalpationFinding& finding : o.palpation)
        if (finding.tenderness > 0)
            p.musclesTreated.insert(finding.site.muscle);
    p.pressure = file.record.intake.preferredPressure.value_or(clients::PressurePreference::Moderate);
    p.durationMinutes = base.durationMinutes;
    p.homeCare = base.homeCare;
    if (base.addedLater && visit >= 6)
        p.homeCare.insert(*base.addedLater);
    return note;
}

// Headache days at half the first visit's or fewer in this diary and the one before.
bool settled(const FirstVisit& first, const SoapNote& previous, const SoapNote& now)
{
    for (const SoapNote* note : {&previous, &now}) {
        const auto perMonth = scaledToMonth(note->subjective.headacheDays, note->subjective.diaryDays.value_or(0));
        if (!perMonth || *perMonth > first.headacheDaysPerMonth / 2)
            return false;
    }
    return true;
}

FirstVisit firstVisitOf(const SoapNote& note)
{
    FirstVisit first;
    first.day = note.visitDate;
    first.headacheDaysPerMonth = roundedNumber(scaledToMonth(note.subjective.headacheDays, *note.subjective.diaryDays).value_or(0));
    first.averageIntensity = note.subjective.averageIntensity;
    for (const auto& [direction, measure] : note.objective.rom)
        if (measure.before)
            first.romBefore[direction] = *measure.before;
    return first;
}

// When treatment may begin and must end: after consent and any clearance, before archiving or
// (unless the span's clearances are renewed) a lapsed clearance.
std::optional<std::pair<Date, Date>> treatmentWindow(const clients::ClientStore::ImportedClient& file,
                                                     const Date& referenceDay, const std::optional<CourseSpan>& span)
{
    const Date firstVisit = file.screenings.front().screenedAt.utc().date();
    if (!clients::hasTreatmentConsent(file.consents, firstVisit))
        return std::nullopt;
    Date start = firstVisit;
    Date end = referenceDay;
    if (!file.clearances.empty()) {
        start = std::max(start, file.clearances.front().clearedOn);
        if (const auto& expires = file.clearances.front().expiresOn; expires && !span)
            end = std::min(end, *expires);
    } else if (span ? clients::assessSafety(safetyRecordOf(file), firstVisit).blocksTreatment()
                    : file.assessment.blocksTreatment()) {
        return std::nullopt;
    }
    if (span)
        start = std::max(start, span->from);
    if (file.record.client.archivedOn)
        end = std::min(end, *file.record.client.archivedOn);
    if (end < start)
        return std::nullopt;
    return std::pair{start, end};
}

// The stored moment (UTC) of a wall-clock time on this computer, where the visit took place.
Timestamp atLocalTime(const ptime& local)
{
    std::tm parts = boost::posix_time::to_tm(local);
    parts.tm_isdst = -1;  // the time zone decides whether summer time applies that day
    return Timestamp(boost::posix_time::from_time_t(std::mktime(&parts)));
}

// Opened as the client arrives and signed a little after they leave; now and then charted a day
// or more later (a late entry, never after the reference day), and now and then given an addendum
// after signing.
void sign(DemoRandom& random, SoapNote& note, const std::string& therapist, const Date& referenceDay)
{
    const ptime visitBegan(note.visitDate, *note.visitTime);
    const ptime visitEnd = visitBegan + minutes(note.plan.durationMinutes.value_or(60));
    const bool late = random.percent(4) && note.visitDate + days(4) < referenceDay;
    const ptime signedLocal = late ? visitEnd + hours(24 * random.between(1, 3))
                                   : visitEnd + minutes(random.between(3, 40));
    note.createdAt = atLocalTime(late ? signedLocal - minutes(random.between(10, 30))
                                      : visitBegan + minutes(random.between(0, 5)));
    note.status = NoteStatus::Signed;
    note.signedAt = atLocalTime(signedLocal);
    note.signedBy = therapist;
    note.lateEntry = isLateEntry(note.visitDate, note.visitTime, *note.signedAt);
    if (random.percent(3) && signedLocal.date() + days(5) < referenceDay)
        note.addenda.push_back({0, atLocalTime(signedLocal + hours(24 * random.between(1, 4))), therapist,
                                random.pick(kAddenda)});
}

} // namespace

double courseProgress(CourseKind kind, int daysSinceFirstVisit)
{
    const double weeks = std::max(0, daysSinceFirstVisit) / 7.0;
    if (kind == CourseKind::NotImproving)
        return 0.05 * std::min(weeks, 4.0);
    return 1.0 - std::exp(-weeks / 8.0);
}

DemoCourse makeDemoCourse(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                          clients::ClientId id, const std::string& therapist, const Date& referenceDay,
                          const std::optional<CourseSpan>& span)
{
    DemoCourse course;
    const int roll = random.below(100);
    course.kind = roll < 55 ? CourseKind::Improving : roll < 80 ? CourseKind::NotImproving : CourseKind::DroppedOut;
    const auto window = treatmentWindow(file, referenceDay, span);
    if (!window)
        return course;
    const Baseline base = drawBaseline(random, file);
    const int lastVisit = course.kind == CourseKind::DroppedOut ? random.between(1, 4)
                        : course.kind == CourseKind::NotImproving ? random.between(8, 14)
                                                                   : 1000;
    // Some improving clients are discharged once their headaches have settled; in a practice with
    // years of history every improving plan ends, once settled or at the latest five visits on.
    const bool improving = course.kind == CourseKind::Improving;
    const int dischargeFrom = span ? (improving ? random.between(10, 12) : 1000)
                                   : (improving && random.percent(45) ? random.between(14, 22) : 1000);
    const int dischargeBy = span ? dischargeFrom + 4 : 1000;
    Date day = window->first;
    Date until = window->second;
    std::size_t ofPlan = 0;  // notes of the plan's course, once it ended with maintenance to follow
    std::optional<FirstVisit> first;
    for (int visit = 0; visit <= lastVisit && day <= until; ++visit) {
        const int diaryDays = course.notes.empty() ? 28 : std::min(kLongestDiary, static_cast<int>((day - course.notes.back().visitDate).days()));
        const SoapNote* previous = course.notes.empty() ? nullptr : &course.notes.back();
        SoapNote note = visitNote(random, base, course.kind, visit, day, diaryDays, first ? &*first : nullptr,
                                  previous, file);
        note.clientId = id;
        note.plan.nextVisitInWeeks = weeksToNext(random, course.kind, visit);
        const bool last = visit == lastVisit;
        if (last && course.kind == CourseKind::NotImproving) {
            note.plan.referralMade = true;
            note.plan.referralNotes = fmt::format("Little change after {} visits over {} weeks: referred back to "
                                                  "the referring provider for review.",
                                                  visit + 1, (day - window->first).days() / 7);
        }
        if (day < referenceDay) {
            sign(random, note, therapist, referenceDay);
        } else {
            // Today's visits: a few are on the table and being charted; the others come later
            // today and have no note yet (signing them would put a signature in the future).
            if (!random.percent(30))
                break;
            note.visitTime = hours(random.between(8, 10));
            note.createdAt = atLocalTime(ptime(day, *note.visitTime));
        }
        if (!first)
            first = firstVisitOf(note);
        const bool ends = !course.discharged && visit >= dischargeFrom && note.signedNote();
        const bool hasSettled = ends && settled(*first, *previous, note);
        if (ends && (hasSettled || visit >= dischargeBy)) {
            course.discharged = true;
            if (span && span->maintenanceWeeks > 0) {
                note.plan.nextVisitInWeeks = random.between(4, 6);
                note.plan.notes = "The plan's course is complete: maintenance visits every 4–6 weeks from now on.";
                course.notes.push_back(std::move(note));
                ofPlan = course.notes.size();
                until = std::min(until, day + days(7 * span->maintenanceWeeks));
                day += days(7 * *course.notes.back().plan.nextVisitInWeeks + random.between(-1, 1));
                continue;
            }
            note.plan.nextVisitInWeeks.reset();
            note.plan.notes = hasSettled
                ? "Headaches have settled: discharged to the home programme; to book again if they return."
                : "The plan's course is complete: discharged to the home programme; to book again if the "
                  "headaches return.";
            course.notes.push_back(std::move(note));
            break;
        }
        course.notes.push_back(std::move(note));
        day += days(7 * course.notes.back().plan.nextVisitInWeeks.value_or(1) + random.between(-1, 1));
    }
    if (ofPlan > 0)
        course.maintenanceVisits = course.notes.size() - ofPlan;
    return course;
}

} // namespace knotwork::demo
