// The demo practice reads true to a physical therapist: each client's intake, notes, measures and
// plan tell one story. Activities and goals fit the client's age and life, the first diary agrees
// with the intake, goals are met when they plausibly could be, the home programme's adherence is
// about what was given, and every range of motion says what measured it.
#include <algorithm>
#include <cmath>
#include <sstream>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "common/text_folding.h"
#include "db/practice_opener.h"
#include "demo/demo_life.h"
#include "plans/goal_progress.h"
#include "plans/plan_service.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::plans;
using boost::gregorian::days;

const Date kDay(2026, 11, 23);
constexpr int kClients = 500;

// One client as a therapist reads them: chart, notes (oldest first), measures and plan.
struct ClientStory {
    clients::ClientChart chart;
    std::vector<sessions::SoapNote> notes;
    std::vector<OutcomeMeasure> measures;
    std::optional<TreatmentPlan> plan;
    ProgressData progress;
};

class DemoStory : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new knotwork::testing::TempDir;
        auto database = openPractice(s_dir->path() / "story.sqlite", OpenMode::CreateIfMissing, "demo").database;
        app::PracticeContext context(*database, "demo", Clock::stoppedOn(kDay));
        ASSERT_TRUE(demo::fillDemoPractice(context.demoStores(), {kClients, 7, kDay}));
        s_stories = new std::vector<ClientStory>;
        for (clients::ClientId id = 1; id <= kClients; ++id) {
            ClientStory story;
            story.chart = context.stores().clients().chart(id);
            const auto history = context.stores().sessions().history(id);
            for (auto summary = history.rbegin(); summary != history.rend(); ++summary)
                story.notes.push_back(context.stores().sessions().note(summary->id));
            std::ranges::sort(story.notes, {}, &sessions::SoapNote::visitDate);
            story.measures = context.stores().plans().measures(id);
            if (const auto plans = context.stores().plans().plans(id); !plans.empty())
                story.plan = context.stores().plans().plan(plans.front().id);
            story.progress = context.planService().progressData(id);
            s_stories->push_back(std::move(story));
        }
    }
    static void TearDownTestSuite()
    {
        delete s_stories;
        delete s_dir;
    }

    static const std::vector<ClientStory>& stories() { return *s_stories; }

    static int ageOn(const ClientStory& story, const Date& day)
    {
        return clients::ageOn(story.chart.client, day).value_or(0);
    }

    static demo::Life lifeOf(const ClientStory& story)
    {
        const demo::Occupation* occupation = demo::occupationTitled(story.chart.client.occupation);
        EXPECT_NE(occupation, nullptr) << story.chart.client.occupation;
        return occupation ? occupation->life : demo::Life::Desk;
    }

    static bool mentions(const std::string& text, std::string_view word)
    {
        return foldForSearch(text).find(foldForSearch(std::string(word))) != std::string::npos;
    }

    static inline knotwork::testing::TempDir* s_dir = nullptr;
    static inline std::vector<ClientStory>* s_stories = nullptr;
};

// The first visit's diary, scaled to 30 days, is the intake's figure within natural variation:
// 2 headache days a month or 20 % of the intake's figure, whichever is more; the average
// intensity within a point of the usual; medication on as large a share of headache days (2 days
// a month or 25 %), none for a client who takes none, and the medicines named are the intake's.
TEST_F(DemoStory, TheFirstDiaryAgreesWithTheIntake)
{
    int compared = 0, named = 0;
    for (const ClientStory& story : stories()) {
        if (story.notes.empty() || !story.notes.front().subjective.headacheDays)
            continue;
        SCOPED_TRACE("client " + std::to_string(story.chart.client.id));
        const clients::HeadacheProfile& intake = story.chart.intake.headache;
        const sessions::Subjective& diary = story.notes.front().subjective;
        const double scale = 30.0 / *diary.diaryDays;
        const double headacheDays = *diary.headacheDays * scale;
        ASSERT_TRUE(intake.headacheDaysPerMonth && intake.usualIntensity);
        EXPECT_LE(std::abs(headacheDays - *intake.headacheDaysPerMonth), std::max(2.0, 0.2 * *intake.headacheDaysPerMonth));
        ASSERT_TRUE(diary.averageIntensity);
        EXPECT_LE(std::abs(*diary.averageIntensity - *intake.usualIntensity), 1);
        const double medicationDays = diary.medicationDays.value_or(0) * scale;
        EXPECT_LE(std::abs(medicationDays - intake.medicationDaysPerMonth.value_or(0)),
                  std::max(2.0, 0.25 * intake.medicationDaysPerMonth.value_or(0)));
        if (intake.medications.empty()) {
            EXPECT_EQ(diary.medicationDays.value_or(0), 0);
        }
        ++compared;
        for (const sessions::SoapNote& note : story.notes) {
            const sessions::Subjective& s = note.subjective;
            EXPECT_EQ(s.medicationsTaken.empty(), s.medicationDays.value_or(0) == 0) << "note of " << isoDate(note.visitDate);
            EXPECT_LE(s.medicationDays.value_or(0), s.headacheDays.value_or(0));
            if (s.medicationsTaken.empty())
                continue;
            std::stringstream medicines(s.medicationsTaken);
            for (std::string medicine; std::getline(medicines, medicine, ',');) {
                const std::string name = medicine.substr(medicine.find_first_not_of(' '));
                EXPECT_TRUE(mentions(intake.medications, name)) << name << " is not on the intake: " << intake.medications;
                ++named;
            }
        }
        if (!intake.medications.empty()) {
            EXPECT_FALSE(intake.acuteMedications.empty()) << "the kinds set the overuse threshold";
        }
    }
    EXPECT_GT(compared, 200);
    EXPECT_GT(named, 500);
}

// Outside the age band or life they belong to, whatever list they came from.
bool implausibleActivity(std::string_view activity, int age, demo::Life life)
{
    const bool working = life != demo::Life::Retired && life != demo::Life::Student;
    const std::string text(activity);
    if (age >= 55 && (text.find("toddler") != std::string::npos || text.find("my kids") != std::string::npos))
        return true;
    if (age < 50 && text.find("grandchildren") != std::string::npos)
        return true;
    if (!working && (text.find("work") != std::string::npos || text.find("shift") != std::string::npos))
        return true;
    if (life != demo::Life::Desk && text.find("computer all day") != std::string::npos)
        return true;
    return age > 65 && text.find("Running") != std::string::npos;
}

TEST_F(DemoStory, PsfsActivitiesFitTheClientsAgeAndLife)
{
    int activities = 0, retired = 0, over65 = 0;
    for (const ClientStory& story : stories()) {
        const demo::Life life = lifeOf(story);
        // The activities named at the first PSFS are rated again later, however old the client is then.
        std::optional<int> age;
        for (const OutcomeMeasure& measure : story.measures) {
            if (measure.kind != MeasureKind::Psfs)
                continue;
            if (!age)
                age = ageOn(story, measure.takenOn);
            const std::vector<std::string_view> band = demo::psfsActivitiesFor(*age, life);
            for (const ActivityRating& activity : measure.activities) {
                SCOPED_TRACE(story.chart.client.occupation + ", " + std::to_string(*age) + ": " + activity.activity);
                EXPECT_NE(std::ranges::find(band, activity.activity), band.end()) << "not in the age band's list";
                EXPECT_FALSE(implausibleActivity(activity.activity, *age, life));
                ++activities;
                retired += life == demo::Life::Retired ? 1 : 0;
                over65 += *age > 65 ? 1 : 0;
            }
        }
        if (!story.chart.intake.goals.empty()) {
            EXPECT_FALSE(implausibleActivity(story.chart.intake.goals, ageOn(story, story.chart.screenings.front().screenedAt.utc().date()), life))
                << story.chart.intake.goals << " for a " << story.chart.client.occupation;
        }
    }
    EXPECT_GT(activities, 600);
    EXPECT_GT(retired, 30) << "the caseload has retired clients to check";
    EXPECT_GT(over65, 30);
}

// Retired from 60, a student until 30; screen work a trigger only with hours at a screen; an onset
// at a desk or computer only for a desk job; work goals only for someone who works (a musician too).
TEST_F(DemoStory, TheOccupationFitsTheIntakeStory)
{
    std::map<demo::Life, int> lives;
    for (const ClientStory& story : stories()) {
        const clients::Client& client = story.chart.client;
        const clients::HeadacheProfile& headache = story.chart.intake.headache;
        SCOPED_TRACE(client.occupation + ": " + headache.onset);
        const demo::Life life = lifeOf(story);
        ++lives[life];
        const int age = ageOn(story, kDay);
        const int ageAtIntake = ageOn(story, story.chart.screenings.front().screenedAt.utc().date());
        EXPECT_GE(ageAtIntake, 18) << "adults only";
        if (life == demo::Life::Retired) {
            EXPECT_GE(age, 60);
        }
        if (life == demo::Life::Student) {
            EXPECT_LE(age, 30);
        }
        if (age >= 70) {
            EXPECT_EQ(life, demo::Life::Retired);
        }
        if (headache.triggers.contains(clients::HeadacheTrigger::ScreenWork)) {
            EXPECT_GE(client.screenHoursPerDay.value_or(0), 4);
        }
        if (mentions(headache.onset, "desk") || mentions(headache.onset, "computer")) {
            EXPECT_EQ(life, demo::Life::Desk);
        }
        if (mentions(headache.onset, "university") || mentions(headache.onset, "exams")) {
            EXPECT_EQ(life, demo::Life::Student);
        }
        if (life == demo::Life::Retired || life == demo::Life::Student) {
            EXPECT_FALSE(mentions(story.chart.intake.goals, "work")) << story.chart.intake.goals;
        }
        if (mentions(story.chart.intake.goals, "painkillers")) {
            EXPECT_FALSE(headache.medications.empty());
        }
        for (const sessions::SoapNote& note : story.notes)
            if (life == demo::Life::Retired) {
                EXPECT_FALSE(mentions(note.subjective.goalToday, "work")) << note.subjective.goalToday;
            }
    }
    for (const demo::Life life : {demo::Life::Desk, demo::Life::OnTheirFeet, demo::Life::Driving, demo::Life::Music,
                                  demo::Life::Student, demo::Life::Retired})
        EXPECT_GT(lives[life], 5) << static_cast<int>(life);
}

// A goal met "since" a day sooner than a third of its time frame after the start (and sooner
// than three weeks) reads false: no six-week goal met at the second visit, no 18-week goal in a
// few weeks.
TEST_F(DemoStory, NoGoalIsMetBeforeItPlausiblyCould)
{
    int met = 0, goals = 0;
    std::map<GoalMetric, int> metrics;
    for (const ClientStory& story : stories()) {
        if (!story.plan)
            continue;
        for (const GoalProgress& progress : progressOf(*story.plan, story.progress)) {
            ++goals;
            ++metrics[progress.goal.metric];
            if (!progress.met)
                continue;
            ++met;
            ASSERT_TRUE(progress.goal.targetDate);
            const long timeFrame = (*progress.goal.targetDate - story.plan->startDate).days();
            const long earliest = std::max(21L, timeFrame / 3);
            EXPECT_GE((*progress.metSince - story.plan->startDate).days(), earliest)
                << "client " << story.chart.client.id << ", goal " << describeGoal(progress.goal);
        }
    }
    EXPECT_GT(met, 100);
    EXPECT_GT(goals, 600);
    EXPECT_GT(metrics[GoalMetric::Nprs], 20) << "neck plans have an NPRS goal";
}

// A target in the measure's better direction, not past its range; a completed plan had most
// goals met; a discontinued one says why, in words that fit the course.
TEST_F(DemoStory, PlansEndAsTheirCoursesDid)
{
    std::map<PlanStatus, int> statuses;
    int discharged = 0;
    for (const ClientStory& story : stories()) {
        if (!story.plan)
            continue;
        const TreatmentPlan& plan = *story.plan;
        SCOPED_TRACE("client " + std::to_string(story.chart.client.id) + ": " + plan.statusReason);
        ++statuses[plan.status];
        const std::vector<GoalProgress> progress = progressOf(plan, story.progress);
        for (const Goal& goal : plan.goals) {
            EXPECT_NE(goal.target, goal.baseline);
            EXPECT_EQ(goal.target < goal.baseline, lowerIsBetter(goal.metric)) << describeGoal(goal);
        }
        const auto met = std::ranges::count_if(progress, &GoalProgress::met);
        const bool referred = !story.notes.empty() && story.notes.back().plan.referralMade;
        if (plan.status == PlanStatus::Completed) {
            EXPECT_GT(2 * met, static_cast<long>(progress.size())) << "completed with most goals met";
            EXPECT_FALSE(referred);
        }
        if (plan.status == PlanStatus::Discontinued) {
            EXPECT_FALSE(plan.statusReason.empty());
        }
        if (referred) {
            EXPECT_NE(plan.statusReason.find("referred back"), std::string::npos);
        }
        if (story.chart.client.archived && story.chart.client.archiveReason == "Finished treatment") {
            EXPECT_EQ(plan.status, PlanStatus::Completed);
        }
        if (!story.notes.empty() && mentions(story.notes.back().plan.notes, "discharged")) {
            ++discharged;
            EXPECT_FALSE(plan.open()) << "the discharge visit closed the plan";
            EXPECT_FALSE(story.notes.back().plan.nextVisitInWeeks);
            EXPECT_TRUE(std::ranges::any_of(story.measures, [&](const OutcomeMeasure& m) {
                return m.kind == MeasureKind::Psfs && m.takenOn == story.notes.back().visitDate;
            })) << "measured again at discharge";
        }
        if (plan.open() && !story.notes.empty()) {
            EXPECT_GE(story.notes.back().visitDate, kDay - days(26 * 7)) << "an open plan is still being seen";
        }
    }
    EXPECT_GT(statuses[PlanStatus::Completed], 5);
    EXPECT_GT(statuses[PlanStatus::Discontinued], 30);
    EXPECT_GT(statuses[PlanStatus::Active], 50);
    EXPECT_GT(discharged, 10);
}

// Adherence is asked about the home care given at the previous visit, and only that; it falls a
// little over a long course.
TEST_F(DemoStory, AdherenceIsForTheHomeCareGivenLastTime)
{
    int early = 0, earlyDaily = 0, late = 0, lateDaily = 0, comments = 0;
    for (const ClientStory& story : stories()) {
        for (std::size_t i = 0; i < story.notes.size(); ++i) {
            const sessions::Subjective& s = story.notes[i].subjective;
            if (i == 0) {
                EXPECT_TRUE(s.homeCareAdherence.empty()) << "nothing was given before the first visit";
                continue;
            }
            std::set<sessions::HomeCare> asked;
            for (const sessions::HomeCareAdherence& kept : s.homeCareAdherence) {
                EXPECT_TRUE(story.notes[i - 1].plan.homeCare.contains(kept.item)) << "not given at the previous visit";
                EXPECT_TRUE(asked.insert(kept.item).second) << "one answer per item";
                const bool daily = kept.done == sessions::Adherence::Daily;
                (i <= 6 ? early : late) += 1;
                (i <= 6 ? earlyDaily : lateDaily) += daily ? 1 : 0;
            }
            EXPECT_EQ(asked, story.notes[i - 1].plan.homeCare) << "every item given is asked about";
            comments += s.adherenceNotes.empty() ? 0 : 1;
        }
    }
    ASSERT_GT(early, 500);
    ASSERT_GT(late, 500);
    EXPECT_GT(double(earlyDaily) / early, double(lateDaily) / late + 0.05);
    EXPECT_GT(comments, 20);
}

TEST_F(DemoStory, EveryRangeOfMotionSaysWhatMeasuredIt)
{
    std::map<sessions::RomInstrument, int> instruments;
    for (const ClientStory& story : stories())
        for (const sessions::SoapNote& note : story.notes) {
            if (note.objective.rom.empty())
                continue;
            ASSERT_TRUE(note.objective.romInstrument) << "note of client " << story.chart.client.id;
            ++instruments[*note.objective.romInstrument];
            if (note.objective.romInstrument != sessions::RomInstrument::VisualEstimate)
                continue;
            for (const auto& [direction, measure] : note.objective.rom) {
                EXPECT_EQ(*measure.before % 5, 0) << "an estimate by eye is read to 5°";
            }
        }
    const int goniometer = instruments[sessions::RomInstrument::Goniometer];
    EXPECT_GT(goniometer, 10 * instruments[sessions::RomInstrument::VisualEstimate] / 2) << "mostly one instrument";
    EXPECT_GT(instruments[sessions::RomInstrument::VisualEstimate], 0);
}

// The neck's pain scale is measured where a plan has a goal for it, from the first visit on.
TEST_F(DemoStory, NeckPlansMeasureTheNeckPainTheirGoalNames)
{
    int plansWithGoal = 0;
    for (const ClientStory& story : stories()) {
        if (!story.plan)
            continue;
        for (const Goal& goal : story.plan->goals) {
            if (goal.metric != GoalMetric::Nprs)
                continue;
            ++plansWithGoal;
            const auto nprs = std::ranges::count_if(story.measures, [](const OutcomeMeasure& m) { return m.kind == MeasureKind::Nprs; });
            EXPECT_GT(nprs, 0);
            const auto baseline = baselineFor(goal, story.progress, story.plan->startDate);
            ASSERT_TRUE(baseline);
            EXPECT_DOUBLE_EQ(goal.baseline, *baseline);
            EXPECT_GE(goal.baseline, 3);
        }
    }
    EXPECT_GT(plansWithGoal, 20);
}

} // namespace
} // namespace knotwork::db
