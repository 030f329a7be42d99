#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "sessions/note_validation.h"
#include "sessions/session_choices.h"
#include "support/sample_note.h"

namespace knotwork::sessions {
namespace {

using ::testing::Contains;
using ::testing::Field;
using ::testing::IsEmpty;

const Date kToday(2026, 11, 24);

std::vector<FieldProblem> problemsOf(const SoapNote& note)
{
    Validator validator;
    validateNote(note, kToday, validator);
    return validator.problems();
}

const FieldProblem* problemOn(const std::vector<FieldProblem>& problems, const std::string& field)
{
    for (const FieldProblem& problem : problems)
        if (problem.field == field)
            return &problem;
    return nullptr;
}

TEST(NoteValidation, AFullSampleNoteIsValid)
{
    EXPECT_THAT(problemsOf(testing::sampleNote(1, kToday)), IsEmpty());
}

TEST(NoteValidation, AnEmptyDraftIsValidExceptForSigning)
{
    SoapNote note;
    note.clientId = 1;
    note.visitDate = kToday;
    EXPECT_THAT(problemsOf(note), IsEmpty());
    Validator forSigning;
    validateForSigning(note, kToday, forSigning);
    std::vector<std::string> fields;
    for (const FieldProblem& problem : forSigning.problems())
        fields.push_back(problem.field + " " + problem.rule);
    std::vector<std::string> expected = {"subjective.diary_days required"};
    for (const clients::SafetyIssue flag : clients::currentFlags())
        expected.push_back("subjective.rescreen." + std::string(keyOf(flag)) + " unanswered");
    expected.push_back("plan.techniques required-for-signing");
    EXPECT_EQ(fields, expected);
}

TEST(NoteValidation, AReferralVisitRecordsTheReferralAndNoTreatment)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.kind = NoteKind::Referral;
    note.objective.notes.clear();
    Validator problems;
    validateForSigning(note, kToday, problems);
    std::set<std::string> fields;
    for (const FieldProblem& problem : problems.problems())
        fields.insert(problem.field + " " + problem.rule);
    for (const char* expected : {"objective.notes required", "plan.referral_made required-for-referral",
                                 "plan.referred_to_name required-for-referral", "plan.referral_methods required-for-referral",
                                 "plan.techniques no-treatment-in-referral", "plan.regions no-treatment-in-referral",
                                 "plan.muscles_treated no-treatment-in-referral", "plan.pressure no-treatment-in-referral",
                                 "plan.duration_minutes no-treatment-in-referral", "assessment.pain_after no-treatment-in-referral"})
        EXPECT_TRUE(fields.contains(expected)) << expected;
}

TEST(NoteValidation, IntensityIsZeroToTenAndWorstNotBelowAverage)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.subjective.averageIntensity = 11;
    auto problems = problemsOf(note);
    const FieldProblem* problem = problemOn(problems, "subjective.average_intensity");
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->rule, "range");
    EXPECT_EQ(problem->message, "Average intensity must be between 0 and 10; 11 is outside.");

    note.subjective.averageIntensity = 6;
    note.subjective.worstIntensity = 4;
    problems = problemsOf(note);
    problem = problemOn(problems, "subjective.worst_intensity");
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->rule, "not-below-average");
    EXPECT_EQ(problem->message, "Worst intensity (4) cannot be lower than the average (6).");
}

TEST(NoteValidation, DaysCannotExceedTheDiaryPeriod)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.subjective.diaryDays = 7;
    note.subjective.headacheDays = 8;
    note.subjective.medicationDays = 9;
    const auto problems = problemsOf(note);
    ASSERT_NE(problemOn(problems, "subjective.headache_days"), nullptr);
    EXPECT_EQ(problemOn(problems, "subjective.headache_days")->message,
              "Headache days must be between 0 and 7; 8 is outside.");
    EXPECT_NE(problemOn(problems, "subjective.medication_days"), nullptr);
}

TEST(NoteValidation, RomRangesNameDirectionAndWhen)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.objective.rom[RomDirection::RotationRight].after = 140;
    const auto problems = problemsOf(note);
    const FieldProblem* problem = problemOn(problems, "objective.rom.rotation_right.after");
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->message,
              "Rotation right after treatment (degrees) must be between 0 and 100; 140 is outside.");
}

TEST(NoteValidation, PalpationTendernessIsZeroToThreeOncePerSite)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.objective.palpation[1].tenderness = 4;
    note.objective.palpation.push_back(note.objective.palpation[0]);
    const auto problems = problemsOf(note);
    EXPECT_NE(problemOn(problems, "objective.palpation[1].tenderness"), nullptr);
    const FieldProblem* duplicate = problemOn(problems, "objective.palpation[4]");
    ASSERT_NE(duplicate, nullptr);
    EXPECT_EQ(duplicate->rule, "duplicate");
    EXPECT_EQ(duplicate->message,
              "Suboccipitals (Right) is recorded twice: keep one finding per muscle and side.");
}

TEST(NoteValidation, TheVisitCannotBeInTheFuture)
{
    const auto problems = problemsOf(testing::sampleNote(1, kToday + boost::gregorian::days(1)));
    ASSERT_NE(problemOn(problems, "visit_date"), nullptr);
    EXPECT_EQ(problemOn(problems, "visit_date")->rule, "not-in-future");
    EXPECT_THAT(problemOn(problems, "visit_date")->message, ::testing::StartsWith("Visit date cannot be in the future"));
    EXPECT_EQ(problemOn(problemsOf(testing::sampleNote(1, kToday - boost::gregorian::days(1))), "visit_date"), nullptr)
        << "yesterday's visit is charted this morning";
}

TEST(NoteValidation, TheVisitLastsFiveMinutesToFourHours)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.visitMinutes = 300;
    const auto problems = problemsOf(note);
    const FieldProblem* problem = problemOn(problems, "visit_minutes");
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->message, "Visit length (minutes) must be between 5 and 240; 300 is outside.");
}

TEST(NoteValidation, SigningNeedsTheDiaryPeriodAFirstVisitLeavesEmpty)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.subjective.diaryDays.reset();
    EXPECT_EQ(problemOn(problemsOf(note), "subjective.diary_days"), nullptr) << "a draft may lack it";
    EXPECT_EQ(problemOn(problemsOf(note), "subjective.headache_days"), nullptr);
    Validator signing;
    validateForSigning(note, kToday, signing);
    const FieldProblem* problem = problemOn(signing.problems(), "subjective.diary_days");
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->rule, "required");
    EXPECT_THAT(problem->message, ::testing::StartsWith("Diary period (days) is required before signing"));
}

TEST(NoteValidation, AReferralDescribedMustBeMarkedAsMade)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.plan.referralNotes = "To her physician about the new dizziness";
    EXPECT_THAT(problemsOf(note), Contains(Field(&FieldProblem::field, "plan.referral_made")));
    note.plan.referralMade = true;
    EXPECT_THAT(problemsOf(note), IsEmpty());
}

TEST(NoteValidation, PlanNumbersKeepTheirRanges)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.plan.durationMinutes = 2;
    note.plan.nextVisitInWeeks = 0;
    note.objective.cfrtLeft = 75;
    note.assessment.painAfter = -1;
    const auto problems = problemsOf(note);
    EXPECT_NE(problemOn(problems, "plan.duration_minutes"), nullptr);
    EXPECT_NE(problemOn(problems, "plan.next_visit_in_weeks"), nullptr);
    EXPECT_NE(problemOn(problems, "objective.cfrt_left"), nullptr);
    EXPECT_NE(problemOn(problems, "assessment.pain_after"), nullptr);
}

TEST(AddendumValidation, TextIsRequired)
{
    Validator validator;
    validateAddendum("   ", validator);
    ASSERT_EQ(validator.problems().size(), 1u);
    EXPECT_EQ(validator.problems()[0].field, "addendum");
    EXPECT_EQ(validator.problems()[0].rule, "required");
}

TEST(NoteValidation, EachHomeCareItemIsAnsweredOnceAndTheWordsKeepTheirLength)
{
    SoapNote note = testing::sampleNote(1, kToday);
    note.subjective.homeCareAdherence = {{HomeCare::Hydration, Adherence::Daily},
                                         {HomeCare::Hydration, Adherence::NotAtAll}};
    note.subjective.adherenceNotes = std::string(501, 'x');
    note.subjective.medicationsTaken = std::string(501, 'x');
    const auto problems = problemsOf(note);
    const FieldProblem* twice = problemOn(problems, "subjective.home_care_adherence.hydration");
    ASSERT_NE(twice, nullptr);
    EXPECT_EQ(twice->rule, "duplicate");
    EXPECT_EQ(twice->message, "Home programme since the last visit: Hydration is answered twice; keep one answer per item.");
    ASSERT_NE(problemOn(problems, "subjective.adherence_notes"), nullptr);
    EXPECT_NE(problemOn(problems, "subjective.adherence_notes")->message.find("Home programme comment"), std::string::npos);
    ASSERT_NE(problemOn(problems, "subjective.medications_taken"), nullptr);
    EXPECT_NE(problemOn(problems, "subjective.medications_taken")->message.find("Medicines taken"), std::string::npos);
}

TEST(NoteValidation, HowTheHomeProgrammeWasKeptIsAnsweredOnlyForWhatTheLastVisitGave)
{
    Subjective s;
    s.homeCareAdherence = {{HomeCare::SuboccipitalBallRelease, Adherence::SomeDays},
                           {HomeCare::Sleep, Adherence::Daily}};
    Validator given;
    validateAdherence(s, std::set<HomeCare>{HomeCare::SuboccipitalBallRelease, HomeCare::Hydration}, given);
    ASSERT_EQ(given.problems().size(), 1u);
    EXPECT_EQ(given.problems()[0].field, "subjective.home_care_adherence.sleep");
    EXPECT_EQ(given.problems()[0].rule, "not-given");
    EXPECT_EQ(given.problems()[0].message, "Home programme since the last visit: Sleep 7–9 hours was not given at the "
                                           "last visit; answer only the items given then.");

    Validator firstVisit;
    validateAdherence(s, std::nullopt, firstVisit);
    ASSERT_EQ(firstVisit.problems().size(), 2u);
    EXPECT_EQ(firstVisit.problems()[0].rule, "no-last-visit");

    Validator none;
    validateAdherence(Subjective{}, std::nullopt, none);
    EXPECT_THAT(none.problems(), IsEmpty());
}

} // namespace
} // namespace knotwork::sessions
