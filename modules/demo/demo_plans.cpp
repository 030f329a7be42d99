#include "demo/demo_plans.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "plans/goal_progress.h"
#include "plans/measure_scoring.h"
#include "plans/plan_template.h"
#include "sessions/visit_findings.h"

namespace knotwork::demo {

using namespace knotwork::plans;
using boost::gregorian::weeks;

namespace {

constexpr int kVisitsBetweenMeasures = 6;

constexpr const char* kActivities[] = {
    "Reading for an hour",         "Working at the computer all day", "Driving with shoulder checks",
    "Sleeping through the night",  "Lifting my toddler",              "Running 5 km",
    "Playing the guitar",          "Swimming front crawl",            "Gardening",
};

// How much better the client is at this visit, 0 … 1, from the headache days of the notes.
double improvementAt(const sessions::VisitFindings& first, const sessions::VisitFindings& now)
{
    const auto before = first.headacheDaysPerMonth();
    const auto after = now.headacheDaysPerMonth();
    if (!before || !after || *before <= 0)
        return 0;
    return std::clamp(1 - *after / *before, 0.0, 1.0);
}

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

struct ClientMeasures {
    int ndiRaw = 0;   // at the first visit
    int hdiTotal = 0;
    std::array<const char*, 3> activities{};
    std::array<int, 3> ratings{};
};

ClientMeasures drawBaselines(DemoRandom& random)
{
    ClientMeasures baseline;
    baseline.ndiRaw = random.between(10, 24);
    baseline.hdiTotal = 2 * random.between(18, 32);
    int first = random.below(static_cast<int>(std::size(kActivities)));
    for (std::size_t i = 0; i < baseline.activities.size(); ++i) {
        baseline.activities[i] = kActivities[(first + 3 * i) % std::size(kActivities)];
        baseline.ratings[i] = random.between(2, 5);
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

// Returns the first PSFS activity as rated at the first visit, when measures were taken.
std::optional<ActivityRating> addMeasures(DemoRandom& random, clients::ClientId id, PlanFocus focus,
                                          const DemoCourse& course, const std::string& therapist,
                                          DemoPlanRecords& into)
{
    std::optional<ActivityRating> firstActivity;
    const ClientMeasures baseline = drawBaselines(random);
    const sessions::VisitFindings first = sessions::findingsOf(course.notes.front());
    for (std::size_t visit = 0; visit < course.notes.size(); visit += kVisitsBetweenMeasures) {
        const sessions::SoapNote& note = course.notes[visit];
        if (!note.signedNote())
            break;
        const double better = improvementAt(first, sessions::findingsOf(note));
        if (focus != PlanFocus::TensionType) {
            OutcomeMeasure ndi = measureOn(id, MeasureKind::Ndi, note, therapist);
            ndi.answers = ndiAnswers(random, static_cast<int>(std::lround(baseline.ndiRaw * (1 - 0.7 * better))));
            into.measures.push_back(std::move(ndi));
        }
        if (focus != PlanFocus::Cervicogenic) {
            OutcomeMeasure hdi = measureOn(id, MeasureKind::Hdi, note, therapist);
            hdi.answers = hdiAnswers(random, 2 * static_cast<int>(std::lround(baseline.hdiTotal * (1 - 0.75 * better) / 2)));
            into.measures.push_back(std::move(hdi));
        }
        OutcomeMeasure psfs = measureOn(id, MeasureKind::Psfs, note, therapist);
        for (std::size_t i = 0; i < baseline.activities.size(); ++i) {
            const int rating = baseline.ratings[i] + static_cast<int>(std::lround((9 - baseline.ratings[i]) * better));
            psfs.activities.push_back({baseline.activities[i], std::clamp(rating + random.between(-1, 0), 0, 10)});
        }
        if (!firstActivity)
            firstActivity = psfs.activities.front();
        into.measures.push_back(std::move(psfs));
    }
    return firstActivity;
}

Goal activityGoal(const ActivityRating& activity, int id, const Date& start)
{
    Goal goal;
    goal.id = id;
    goal.metric = GoalMetric::PsfsActivity;
    goal.activity = activity.activity;
    goal.baseline = activity.rating;
    goal.target = std::min(10, activity.rating + 4);
    goal.targetDate = start + weeks(18);
    goal.phase = 1;
    return goal;
}

ProgressData progressOf(const DemoCourse& course, const DemoPlanRecords& records, std::size_t firstMeasure)
{
    ProgressData data;
    for (const sessions::SoapNote& note : course.notes)
        if (note.signedNote())
            data.visits.push_back(sessions::findingsOf(note));
    data.measures.assign(records.measures.begin() + static_cast<std::ptrdiff_t>(firstMeasure),
                         records.measures.end());
    return data;
}

// The phase the notes' rhythm reached: weekly for six visits, every two weeks for six more.
void advancePhases(TreatmentPlan& plan, const DemoCourse& course)
{
    const int signedVisits = static_cast<int>(std::ranges::count_if(course.notes, &sessions::SoapNote::signedNote));
    for (int phase = 1; phase < static_cast<int>(plan.phases.size()); ++phase) {
        const int visitsBefore = 6 * phase;
        if (signedVisits <= visitsBefore)
            break;
        plan.currentPhase = phase;
        plan.phaseStartedOn = course.notes[visitsBefore].visitDate;
    }
    // Reviewed every six weeks of the phase, and in maintenance a quarter after the last visit.
    plan.reviewDate = plan.phaseStartedOn + weeks(6);
    const auto lastSigned = std::ranges::find_if(course.notes.rbegin(), course.notes.rend(),
                                                 &sessions::SoapNote::signedNote);
    if (plan.currentPhase == 2 && lastSigned != course.notes.rend())
        plan.reviewDate = std::max(plan.reviewDate, lastSigned->visitDate + weeks(12));
}

// Improving clients who stopped coming half a year ago were discharged to self-care.
constexpr int kDischargedAfterWeeks = 26;

void closeAsTheCourseEnded(TreatmentPlan& plan, const clients::ClientStore::ImportedClient& file,
                           const DemoCourse& course, const Date& referenceDay)
{
    const CourseKind kind = course.kind;
    const Date lastVisit = course.notes.back().visitDate;
    if (kind == CourseKind::NotImproving) {
        plan.status = PlanStatus::Discontinued;
        plan.statusReason = "Little change after three months; referred back to the physician.";
    } else if (kind == CourseKind::DroppedOut) {
        plan.status = PlanStatus::Discontinued;
        plan.statusReason = "The client stopped coming.";
    } else if (file.record.client.archivedOn || lastVisit < referenceDay - weeks(kDischargedAfterWeeks)) {
        plan.status = PlanStatus::Completed;
        plan.statusReason = "Improved; discharged to self-care with the home programme.";
    }
    // Referred back at the last visit; otherwise closed when the client was archived, or when the
    // therapist noticed, weeks after the last visit.
    if (!plan.open())
        plan.statusChangedOn = std::min(kind == CourseKind::NotImproving
                                            ? lastVisit
                                            : file.record.client.archivedOn.value_or(lastVisit + weeks(6)),
                                        referenceDay);
}

} // namespace

void addDemoPlan(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                 clients::ClientId id, const DemoCourse& course, const std::string& therapist,
                 const Date& referenceDay, DemoPlanRecords& into)
{
    const auto focus = focusFromDiagnoses(file.record.diagnoses);
    if (!focus || course.notes.empty())
        return;
    const std::size_t firstMeasure = into.measures.size();
    const std::optional<ActivityRating> activity = addMeasures(random, id, *focus, course, therapist, into);

    const Date start = course.notes.front().visitDate;
    const IntakeBaselines intake{file.record.intake.headache.headacheDaysPerMonth,
                                 file.record.intake.headache.usualIntensity,
                                 clients::ageOn(file.record.client, start), clients::kCfrtDefaultCutoff};
    const PlanTemplate base = builtInTemplates()[*focus == PlanFocus::Cervicogenic ? 1 : 0];
    InstantiatedPlan started = instantiate(base, id, start, progressOf(course, into, firstMeasure), intake);
    TreatmentPlan& plan = started.plan;
    plan.focus = *focus;
    if (activity && activity->rating < 10)
        plan.goals.push_back(activityGoal(*activity, static_cast<int>(plan.goals.size()) + 1, start));
    advancePhases(plan, course);
    closeAsTheCourseEnded(plan, file, course, referenceDay);
    plan.createdAt = course.notes.front().signedAt;
    into.plans.push_back(std::move(plan));
}

} // namespace knotwork::demo
