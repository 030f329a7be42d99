#include "demo/demo_plans.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "demo/demo_life.h"
#include "plans/goal_progress.h"
#include "plans/measure_scoring.h"
#include "plans/plan_template.h"
#include "sessions/visit_findings.h"

namespace knotwork::demo {

using namespace knotwork::plans;
using boost::gregorian::weeks;

namespace {

constexpr int kVisitsBetweenMeasures = 6;

// Ten NDI sections adding up to `raw`, spread evenly from a random section.
std::vector<std::optional<int>> ndiAnswers(DemoRandom& random, int raw)
{
    std::vector<std::optional<int>> answers(kNdiSections, 0);
    const int start = random.below(kNdiSections);
    for (int i = 0; i < kNdiSections; ++i)
        answers[(start + i) % kNdiSections] = std::min(5, raw / kNdiSections + (i < raw % kNdiSections ? 1 : 0));
    return answers;
}

// Twenty-five HDI answers (4, 2 or 0) adding up to the even `total`.
std::vector<std::optional<int>> hdiAnswers(DemoRandom& random, int total)
{
    std::vector<std::optional<int>> answers(kHdiItems, 0);
    const int start = random.below(kHdiItems);
    int left = total;
    for (int i = 0; i < kHdiItems && left > 0; ++i) {
        const int answer = left >= 4 ? 4 : 2;
        answers[(start + i * 7) % kHdiItems] = answer;  // 7 is coprime with 25: every item once
        left -= answer;
    }
    return answers;
}

// The client's measures at the first visit, as their intake tells it: more headache days and a
// stronger usual headache mean more disability and lower activity ratings; activities they could
// name at their age and in their life.
struct ClientMeasures {
    int ndiRaw = 0;
    int hdiTotal = 0;
    int nprs = 0;  // neck pain
    std::vector<std::string_view> activities;
    std::vector<int> ratings;
};

ClientMeasures drawBaselines(DemoRandom& random, const clients::ClientStore::ImportedClient& file, const Date& start)
{
    const clients::HeadacheProfile& headache = file.record.intake.headache;
    const double days = headache.headacheDaysPerMonth.value_or(10);
    const double intensity = headache.usualIntensity.value_or(5);
    ClientMeasures baseline;
    baseline.hdiTotal = 2 * std::clamp(static_cast<int>(std::lround((14 + 1.2 * days + 3 * intensity) / 2)) + random.between(-2, 2), 8, 42);
    baseline.ndiRaw = std::clamp(static_cast<int>(std::lround(4 + 1.6 * intensity + 1.5 * headache.aggravatingMovements.size()))
                                     + random.between(-2, 2), 5, 30);
    baseline.nprs = std::clamp(static_cast<int>(intensity) - 1 + random.between(-1, 1), 2, 8);
    const Occupation* occupation = occupationTitled(file.record.client.occupation);
    std::vector<std::string_view> open = psfsActivitiesFor(clients::ageOn(file.record.client, start).value_or(40),
                                                           occupation ? occupation->life : Life::Desk);
    for (int i = 0; i < 3 && !open.empty(); ++i) {
        const auto chosen = open.begin() + random.below(static_cast<int>(open.size()));
        baseline.activities.push_back(*chosen);
        open.erase(chosen);
        baseline.ratings.push_back(std::clamp(static_cast<int>(std::lround(7 - intensity / 2)) + random.between(-1, 1), 1, 7));
    }
    return baseline;
}

OutcomeMeasure measureOn(clients::ClientId id, MeasureKind kind, const sessions::SoapNote& note,
                         const std::string& therapist)
{
    OutcomeMeasure measure;
    measure.clientId = id;
    measure.kind = kind;
    measure.takenOn = note.visitDate;
    measure.enteredAt = note.signedAt;
    measure.enteredBy = therapist;
    return measure;
}

// The goals' time frames in the built-in templates, and the days before which a goal of that time
// frame is not yet met (demo_notes.h keeps the notes' goals the same way).
constexpr int kEarliestShortGoal = 21;  // 6-week goals: NPRS
constexpr int kEarliestLongGoal = 42;   // 18-week goals: NDI, HDI, PSFS

struct MeasureDay {
    const sessions::SoapNote& note;
    double progress;  // of the course, 0 … 1
    int days;         // since the first visit
};

void addNdi(DemoRandom& random, clients::ClientId id, const ClientMeasures& baseline, const MeasureDay& at,
            const std::string& therapist, DemoPlanRecords& into)
{
    int raw = static_cast<int>(std::lround(baseline.ndiRaw * (1 - 0.6 * at.progress))) + (at.days > 0 ? random.between(-1, 1) : 0);
    if (at.days < kEarliestLongGoal)
        raw = std::max(raw, baseline.ndiRaw - 4);  // the goal: 10 percentage points, 5 raw
    OutcomeMeasure ndi = measureOn(id, MeasureKind::Ndi, at.note, therapist);
    ndi.answers = ndiAnswers(random, std::clamp(raw, 0, 5 * kNdiSections));
    into.measures.push_back(std::move(ndi));
}

void addHdi(DemoRandom& random, clients::ClientId id, const ClientMeasures& baseline, const MeasureDay& at,
            const std::string& therapist, DemoPlanRecords& into)
{
    int total = 2 * static_cast<int>(std::lround(baseline.hdiTotal * (1 - 0.8 * at.progress) / 2))
                + (at.days > 0 ? 2 * random.between(-1, 1) : 0);
    if (at.days < kEarliestLongGoal)
        total = std::max(total, baseline.hdiTotal - 28);  // the goal: the 29-point detectable change
    OutcomeMeasure hdi = measureOn(id, MeasureKind::Hdi, at.note, therapist);
    hdi.answers = hdiAnswers(random, std::clamp(total, 0, 4 * kHdiItems));
    into.measures.push_back(std::move(hdi));
}

void addNprs(DemoRandom& random, clients::ClientId id, const ClientMeasures& baseline, const MeasureDay& at,
             const std::string& therapist, DemoPlanRecords& into)
{
    int pain = static_cast<int>(std::lround(baseline.nprs * (1 - 0.6 * at.progress))) + (at.days > 0 ? random.between(-1, 1) : 0);
    if (at.days < kEarliestShortGoal)
        pain = std::max(pain, baseline.nprs - 1);  // the goal: two points less
    OutcomeMeasure nprs = measureOn(id, MeasureKind::Nprs, at.note, therapist);
    nprs.total = std::clamp(pain, 0, 10);
    into.measures.push_back(std::move(nprs));
}

void addPsfs(DemoRandom& random, clients::ClientId id, const ClientMeasures& baseline, const MeasureDay& at,
             const std::string& therapist, DemoPlanRecords& into)
{
    OutcomeMeasure psfs = measureOn(id, MeasureKind::Psfs, at.note, therapist);
    for (std::size_t i = 0; i < baseline.activities.size(); ++i) {
        const int from = baseline.ratings[i];
        int rating = at.days == 0 ? from : from + static_cast<int>(std::lround((9 - from) * at.progress)) + random.between(-1, 0);
        if (at.days < kEarliestLongGoal)
            rating = std::min(rating, from + 3);  // the goal: four points more
        psfs.activities.push_back({std::string(baseline.activities[i]), std::clamp(rating, 0, 10)});
    }
    into.measures.push_back(std::move(psfs));
}

// The measures of the course: an NDI (neck focus), an HDI (headache focus) and a PSFS at the first
// visit, every sixth after and at a discharge or referral back, the neck-pain NPRS (neck focus)
// every third; all moving as the course does. Returns the baselines.
ClientMeasures addMeasures(DemoRandom& random, const clients::ClientStore::ImportedClient& file, clients::ClientId id,
                           PlanFocus focus, const DemoCourse& course, const std::string& therapist,
                           DemoPlanRecords& into)
{
    const Date start = course.ofPlan().front().visitDate;
    const ClientMeasures baseline = drawBaselines(random, file, start);
    // At a discharge or a referral back the measures are taken again, to report where care ended.
    const std::size_t last = course.ofPlan().size() - 1;
    const bool closing = course.discharged || course.ofPlan().back().plan.referralMade;
    std::vector<std::size_t> measured;
    for (std::size_t visit = 0; visit <= last; visit += 3)
        measured.push_back(visit);
    if (closing && measured.back() != last)
        measured.push_back(last);
    for (const std::size_t visit : measured) {
        const sessions::SoapNote& note = course.ofPlan()[visit];
        if (!note.signedNote())
            break;
        const int days = static_cast<int>((note.visitDate - start).days());
        const MeasureDay at{note, courseProgress(course.kind, days), days};
        if (focus != PlanFocus::TensionType)
            addNprs(random, id, baseline, at, therapist, into);
        if (visit % kVisitsBetweenMeasures != 0 && !(closing && visit == last))
            continue;
        if (focus != PlanFocus::TensionType)
            addNdi(random, id, baseline, at, therapist, into);
        if (focus != PlanFocus::Cervicogenic)
            addHdi(random, id, baseline, at, therapist, into);
        addPsfs(random, id, baseline, at, therapist, into);
    }
    return baseline;
}

Goal activityGoal(std::string_view activity, int rating, int id, const Date& start)
{
    Goal goal;
    goal.id = id;
    goal.metric = GoalMetric::PsfsActivity;
    goal.activity = activity;
    goal.baseline = rating;
    goal.target = std::min(10, rating + 4);
    goal.targetDate = start + weeks(18);
    goal.phase = 1;
    return goal;
}

// Neck pain two points lower (above the NPRS's 1.5-point meaningful change) in six weeks.
Goal nprsGoal(int pain, int id, const Date& start)
{
    Goal goal;
    goal.id = id;
    goal.metric = GoalMetric::Nprs;
    goal.baseline = pain;
    goal.target = pain - 2;
    goal.targetDate = start + weeks(6);
    goal.phase = 0;
    return goal;
}

ProgressData progressOf(const DemoCourse& course, const DemoPlanRecords& records, std::size_t firstMeasure)
{
    ProgressData data;
    for (const sessions::SoapNote& note : course.ofPlan())
        if (note.signedNote())
            data.visits.push_back(sessions::findingsOf(note));
    data.measures.assign(records.measures.begin() + static_cast<std::ptrdiff_t>(firstMeasure),
                         records.measures.end());
    return data;
}

// The plan's course's last signed visit, none before one was signed.
const sessions::SoapNote* lastSignedOf(const DemoCourse& course)
{
    const std::span<const sessions::SoapNote> notes = course.ofPlan();
    const auto found = std::ranges::find_if(notes.rbegin(), notes.rend(), &sessions::SoapNote::signedNote);
    return found == notes.rend() ? nullptr : &*found;
}

// The phase the notes' rhythm reached: weekly for six visits, every two weeks for six more.
void advancePhases(TreatmentPlan& plan, const DemoCourse& course)
{
    const int signedVisits = static_cast<int>(std::ranges::count_if(course.ofPlan(), &sessions::SoapNote::signedNote));
    for (int phase = 1; phase < static_cast<int>(plan.phases.size()); ++phase) {
        const int visitsBefore = 6 * phase;
        if (signedVisits <= visitsBefore)
            break;
        plan.currentPhase = phase;
        plan.phaseStartedOn = course.ofPlan()[visitsBefore].visitDate;
    }
    // Reviewed every six weeks of the phase, and in maintenance a quarter after the last visit.
    plan.reviewDate = plan.phaseStartedOn + weeks(6);
    const sessions::SoapNote* lastSigned = lastSignedOf(course);
    if (plan.currentPhase == 2 && lastSigned)
        plan.reviewDate = std::max(plan.reviewDate, lastSigned->visitDate + weeks(12));
}

// Improving clients who stopped coming half a year ago were discharged to self-care; a client
// not seen for six weeks after they stopped booking is followed up, then the plan is closed.
constexpr int kDischargedAfterWeeks = 26;
constexpr int kFollowedUpAfterWeeks = 6;

bool clearanceLapsed(const clients::ClientStore::ImportedClient& file, const Date& referenceDay)
{
    // The latest clearance: over years of history the first is renewed as the visits need it.
    return !file.clearances.empty() && file.clearances.back().expiresOn
           && *file.clearances.back().expiresOn < referenceDay;
}

int visitCount(const DemoCourse& course)
{
    return static_cast<int>(std::ranges::count_if(course.ofPlan(), &sessions::SoapNote::signedNote));
}

// Why care ended before the goals were met, as the chart tells it.
std::string whyCareEnded(const clients::ClientStore::ImportedClient& file, const DemoCourse& course,
                         const Date& referenceDay)
{
    if (file.record.client.archivedOn)
        return fmt::format("The client moved away after {} visits.", visitCount(course));
    if (clearanceLapsed(file, referenceDay))
        return "The referrer's clearance lapsed and has not been renewed; care is paused.";
    return fmt::format("The client stopped booking after {} visits and did not answer two follow-up calls.",
                       visitCount(course));
}

void closeAsTheCourseEnded(TreatmentPlan& plan, const clients::ClientStore::ImportedClient& file,
                           const DemoCourse& course, const ProgressData& data, const Date& referenceDay)
{
    const sessions::SoapNote* lastSigned = lastSignedOf(course);
    if (!lastSigned)
        return;
    const Date lastVisit = lastSigned->visitDate;
    const bool archived = file.record.client.archivedOn.has_value();
    const bool quiet = lastVisit < referenceDay - weeks(kFollowedUpAfterWeeks);
    // A plan stays open until the follow-up after the last visit, not until the client moves away.
    const Date followedUp = lastVisit + weeks(kFollowedUpAfterWeeks);
    Date closedOn = std::min(referenceDay, course.discharged ? lastVisit
                                           : archived   ? std::min(*file.record.client.archivedOn, followedUp)
                                                        : followedUp);
    if (course.kind == CourseKind::NotImproving && lastSigned->plan.referralMade) {
        plan.status = PlanStatus::Discontinued;
        plan.statusReason = fmt::format("Little change after {} visits over {} weeks; referred back to the "
                                        "referring provider for review.",
                                        visitCount(course), (lastVisit - plan.startDate).days() / 7);
        closedOn = lastVisit;
    } else if (course.kind == CourseKind::Improving && !course.discharged && !archived
               && !clearanceLapsed(file, referenceDay) && lastVisit >= referenceDay - weeks(kDischargedAfterWeeks)) {
        return;  // still coming, every four to six weeks
    } else if (course.discharged || archived || quiet) {
        const std::vector<GoalProgress> goals = progressOf(plan, data);
        const auto met = std::ranges::count_if(goals, &GoalProgress::met);
        const bool mostMet = !goals.empty() && 2 * met > static_cast<long>(goals.size());
        if (course.kind == CourseKind::Improving && mostMet) {
            plan.status = PlanStatus::Completed;
            plan.statusReason = fmt::format("{} of {} goals met; discharged to the home programme.", met, goals.size());
        } else if (course.discharged) {
            plan.status = PlanStatus::Discontinued;
            plan.statusReason = fmt::format("Headaches settled; discharged at the client's wish with {} of {} goals met.",
                                            met, goals.size());
        } else {
            plan.status = PlanStatus::Discontinued;
            plan.statusReason = whyCareEnded(file, course, referenceDay);
        }
    } else {
        return;
    }
    plan.statusChangedOn = closedOn;
    plan.updatedAt = Timestamp(boost::posix_time::ptime(closedOn, boost::posix_time::hours(18)));
}

} // namespace

void addDemoPlan(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                 clients::ClientId id, const DemoCourse& course, const std::string& therapist,
                 const Date& referenceDay, DemoPlanRecords& into)
{
    const auto focus = focusFromDiagnoses(file.record.diagnoses);
    if (!focus || course.ofPlan().empty())
        return;
    const std::size_t firstMeasure = into.measures.size();
    const ClientMeasures baseline = addMeasures(random, file, id, *focus, course, therapist, into);

    const Date start = course.ofPlan().front().visitDate;
    const IntakeBaselines intake{file.record.intake.headache.headacheDaysPerMonth,
                                 file.record.intake.headache.usualIntensity,
                                 clients::ageOn(file.record.client, start), clients::kCfrtDefaultCutoff};
    const PlanTemplate base = builtInTemplates()[*focus == PlanFocus::Cervicogenic ? 1 : 0];
    const ProgressData data = progressOf(course, into, firstMeasure);
    InstantiatedPlan started = instantiate(base, id, start, data, intake);
    TreatmentPlan& plan = started.plan;
    plan.focus = *focus;
    const bool measured = course.ofPlan().front().signedNote();
    if (measured && *focus != PlanFocus::TensionType && baseline.nprs >= 3
        && std::ranges::none_of(plan.goals, [](const Goal& goal) { return goal.metric == GoalMetric::Nprs; }))
        plan.goals.push_back(nprsGoal(baseline.nprs, static_cast<int>(plan.goals.size()) + 1, start));
    if (measured && !baseline.activities.empty())
        plan.goals.push_back(activityGoal(baseline.activities.front(), baseline.ratings.front(),
                                          static_cast<int>(plan.goals.size()) + 1, start));
    advancePhases(plan, course);
    closeAsTheCourseEnded(plan, file, course, data, referenceDay);
    plan.createdAt = course.ofPlan().front().signedAt;
    into.plans.push_back(std::move(plan));
}

} // namespace knotwork::demo
