#include "demo/demo_notes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <map>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "clients/consent.h"
#include "sessions/note_rules.h"

namespace knotwork::demo {

using namespace knotwork::sessions;
using clients::HeadacheType;
using boost::gregorian::days;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;

namespace {

constexpr Muscle kOftenInvolved[] = {
    Muscle::Sternocleidomastoid, Muscle::LevatorScapulae, Muscle::SpleniusCapitis,
    Muscle::SemispinalisCapitis, Muscle::Temporalis,      Muscle::Masseter,
    Muscle::Scalenes,            Muscle::PectoralisMinor, Muscle::Rhomboids,
};

constexpr const char* kGoals[] = {
    "Get through the work week without a headache",
    "Turn my head when reversing the car",
    "Sleep through the night",
    "Less pain at the base of the skull",
};

constexpr const char* kAddenda[] = {
    "Client phoned two days later: relief lasted until the weekend.",
    "Correction: home care given was the ball release, not stretches.",
    "Client emailed: headache returned after a long drive, eased with the ball release.",
};

// Where the client starts and where an improving course ends up.
struct Baseline {
    double headacheDays = 12;  // per month
    double intensity = 6;
    std::map<RomDirection, std::pair<int, int>> rom;  // start, end
    std::optional<std::pair<int, int>> cfrt;          // cervicogenic: start, end (worse side)
    BodySide worseSide = BodySide::Right;
    std::vector<PalpationFinding> palpation;          // at the first visit
    std::set<Technique> techniques;
    std::set<TreatedRegion> regions;
    std::set<HomeCare> homeCare;
    int durationMinutes = 60;
};

bool hasType(const clients::ClientStore::ImportedClient& file, HeadacheType type)
{
    return std::any_of(file.record.diagnoses.begin(), file.record.diagnoses.end(),
                       [type](const clients::Diagnosis& d) { return d.type == type; });
}

Baseline drawBaseline(DemoRandom& random, const clients::ClientStore::ImportedClient& file)
{
    const clients::HeadacheProfile& headache = file.record.intake.headache;
    Baseline base;
    base.headacheDays = headache.headacheDaysPerMonth.value_or(random.between(6, 20));
    base.intensity = headache.usualIntensity.value_or(random.between(4, 7));
    base.worseSide = random.percent(50) ? BodySide::Left : BodySide::Right;
    const bool leftWorse = base.worseSide == BodySide::Left;
    const int rotation = random.between(50, 64);
    const int lateral = random.between(28, 36);
    base.rom = {
        {RomDirection::Flexion, {random.between(34, 44), random.between(48, 55)}},
        {RomDirection::Extension, {random.between(48, 62), random.between(70, 80)}},
        {RomDirection::RotationLeft, {rotation - (leftWorse ? 8 : 0), random.between(74, 82)}},
        {RomDirection::RotationRight, {rotation - (leftWorse ? 0 : 8), random.between(74, 82)}},
        {RomDirection::LateralFlexionLeft, {lateral - (leftWorse ? 5 : 0), random.between(40, 46)}},
        {RomDirection::LateralFlexionRight, {lateral - (leftWorse ? 0 : 5), random.between(40, 46)}},
    };
    if (hasType(file, HeadacheType::Cervicogenic))
        base.cfrt = std::pair{random.between(20, 30), random.between(38, 44)};

    auto add = [&](Muscle muscle, int tenderness, TriggerPoint point, bool reproduces) {
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const bool worse = side == base.worseSide;
            base.palpation.push_back({{muscle, side}, std::max(0, tenderness - (worse ? 0 : 1)),
                                      tenderness >= 2, worse ? point : TriggerPoint::None,
                                      worse && reproduces});
        }
    };
    add(Muscle::Suboccipitals, 3, TriggerPoint::Active, true);
    add(Muscle::UpperTrapezius, random.between(2, 3), TriggerPoint::Active, random.percent(60));
    std::set<Muscle> more;
    for (int i = random.between(1, 3); i > 0; --i)
        more.insert(random.pick(kOftenInvolved));
    for (Muscle muscle : more)
        add(muscle, random.between(1, 2), random.percent(40) ? TriggerPoint::Latent : TriggerPoint::None, false);

    base.techniques = {Technique::SuboccipitalRelease, Technique::TriggerPointPressure};
    if (random.percent(60)) base.techniques.insert(Technique::MyofascialRelease);
    if (random.percent(50)) base.techniques.insert(Technique::Swedish);
    if (random.percent(40)) base.techniques.insert(Technique::Stretching);
    if (random.percent(20)) base.techniques.insert(Technique::Heat);
    if (random.percent(15)) base.techniques.insert(Technique::MuscleEnergyTechnique);
    base.regions = {TreatedRegion::BackOfNeck, TreatedRegion::Shoulders};
    if (more.contains(Muscle::Masseter)) base.regions.insert(TreatedRegion::Jaw);
    if (more.contains(Muscle::Temporalis)) base.regions.insert(TreatedRegion::Head);
    if (more.contains(Muscle::PectoralisMinor)) base.regions.insert(TreatedRegion::Chest);
    if (more.contains(Muscle::Rhomboids) || random.percent(40)) base.regions.insert(TreatedRegion::UpperBack);
    base.homeCare = {HomeCare::SuboccipitalBallRelease, HomeCare::Hydration};
    if (random.percent(50)) base.homeCare.insert(HomeCare::Stretches);
    if (random.percent(40)) base.homeCare.insert(HomeCare::Sleep);
    if (random.percent(30)) base.homeCare.insert(HomeCare::StressReduction);
    if (random.percent(20)) base.homeCare.insert(HomeCare::PhysicalActivity);
    base.durationMinutes = random.pick(std::array{45, 60, 60, 75});
    return base;
}

// How far along the course is after `visit` visits: 0 at the start, near 1 once improved.
double progressAt(CourseKind kind, int visit)
{
    if (kind == CourseKind::NotImproving)
        return 0.08 * std::min(visit, 3);
    return 1.0 - std::exp(-visit / 4.0);
}

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

SoapNote visitNote(DemoRandom& random, const Baseline& base, CourseKind kind, int visit,
                   const Date& day, int diaryDays, const clients::ClientStore::ImportedClient& file)
{
    const double progress = progressAt(kind, visit);
    SoapNote note;
    note.visitDate = day;
    note.visitTime = hours(random.between(9, 17));

    Subjective& s = note.subjective;
    s.diaryDays = diaryDays;
    const double perMonth =
        std::max(0.0, base.headacheDays * (1.0 - 0.8 * progress) + random.between(-2, 2));
    s.headacheDays = std::clamp(static_cast<int>(std::lround(perMonth * diaryDays / 30.0)), 0, diaryDays);
    if (*s.headacheDays > 0) {
        const int average = std::clamp(static_cast<int>(std::lround(base.intensity * (1.0 - 0.55 * progress)))
                                           + random.between(-1, 1), 1, 9);
        s.averageIntensity = average;
        s.worstIntensity = std::min(10, average + random.between(1, 3));
        s.usualDurationHours = random.between(2, 12);
        s.medicationDays = random.between(0, *s.headacheDays);
    } else {
        s.medicationDays = 0;
    }
    s.triggers = file.record.intake.headache.triggers;
    if (visit > 0) {
        s.responseToLastTreatment = kind == CourseKind::NotImproving
            ? (random.percent(70) ? TreatmentResponse::Same : TreatmentResponse::Worse)
            : (random.percent(85) ? TreatmentResponse::Better : TreatmentResponse::Same);
        if (s.responseToLastTreatment == TreatmentResponse::Better)
            s.reliefDays = random.between(1, 7);
    }
    s.sleepHours = random.between(11, 16) / 2.0;
    s.hydration = random.percent(60) ? Rating::Good : Rating::Fair;
    s.caffeineServings = random.between(0, 4);
    s.stress = random.between(2, 8);
    // Asked at every visit; what was found at intake has been seen to by the clearance.
    for (const clients::SafetyIssue flag : clients::currentFlags())
        s.rescreen[flag] = false;
    if (random.percent(20))
        s.goalToday = random.pick(kGoals);

    Objective& o = note.objective;
    o.posture = file.record.intake.headache.posture;
    for (const auto& [direction, range] : base.rom) {
        const int before = towards(range, progress, random.between(-3, 3));
        const int after = std::min(romLimits(direction).highest, before + random.between(2, 9));
        o.rom[direction] = {std::clamp(before, 10, romLimits(direction).highest), after};
    }
    if (base.cfrt && visit % 4 == 0) {
        const int worse = std::clamp(towards(*base.cfrt, progress, random.between(-2, 2)), 10, kCfrtHighest);
        const int better = std::clamp(worse + random.between(6, 14), 10, kCfrtHighest);
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
    return note;
}

// When treatment may begin and must end: after consent and any clearance, before archiving or
// a lapsed clearance.
std::optional<std::pair<Date, Date>> treatmentWindow(const clients::ClientStore::ImportedClient& file,
                                                     const Date& referenceDay)
{
    const Date firstVisit = file.screenings.front().screenedAt.utc().date();
    if (!clients::hasTreatmentConsent(file.consents, firstVisit))
        return std::nullopt;
    Date start = firstVisit;
    Date end = referenceDay;
    if (!file.clearances.empty()) {
        start = std::max(start, file.clearances.front().clearedOn);
        if (const auto& expires = file.clearances.front().expiresOn)
            end = std::min(end, *expires);
    } else if (file.assessment.blocksTreatment()) {
        return std::nullopt;
    }
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

DemoCourse makeDemoCourse(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                          clients::ClientId id, const std::string& therapist, const Date& referenceDay)
{
    DemoCourse course;
    const int roll = random.below(100);
    course.kind = roll < 55 ? CourseKind::Improving : roll < 80 ? CourseKind::NotImproving : CourseKind::DroppedOut;
    const auto window = treatmentWindow(file, referenceDay);
    if (!window)
        return course;
    const Baseline base = drawBaseline(random, file);
    const int lastVisit = course.kind == CourseKind::DroppedOut ? random.between(1, 4)
                        : course.kind == CourseKind::NotImproving ? random.between(8, 14)
                                                                   : 1000;
    Date day = window->first;
    for (int visit = 0; visit <= lastVisit && day <= window->second; ++visit) {
        const int diaryDays = course.notes.empty() ? 28 : std::min(90, static_cast<int>((day - course.notes.back().visitDate).days()));
        SoapNote note = visitNote(random, base, course.kind, visit, day, diaryDays, file);
        note.clientId = id;
        note.plan.nextVisitInWeeks = weeksToNext(random, course.kind, visit);
        const bool last = visit == lastVisit;
        if (last && course.kind == CourseKind::NotImproving) {
            note.plan.referralMade = true;
            note.plan.referralNotes = "Little change after three months: referred back to the physician for review.";
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
        course.notes.push_back(std::move(note));
        day += days(7 * course.notes.back().plan.nextVisitInWeeks.value_or(1) + random.between(-1, 1));
    }
    return course;
}

} // namespace knotwork::demo
