#include <gtest/gtest.h>

#include <boost/date_time/c_local_time_adjustor.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "sessions/note_rules.h"
#include "support/sample_note.h"

namespace knotwork::sessions {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using clients::SafetyIssue;

// The UTC moment at which this computer's clock shows `local`.
Timestamp atLocal(const ptime& local)
{
    using LocalAdjustor = boost::date_time::c_local_adjustor<ptime>;
    const ptime guess = local;  // correct by the offset the adjustor reports for that moment
    const auto offset = LocalAdjustor::utc_to_local(guess) - guess;
    return Timestamp(local - offset);
}

TEST(RomChanges, ListsOnlyDirectionsMeasuredBeforeAndAfterInTheFormsOrder)
{
    Objective objective;
    objective.rom[RomDirection::RotationRight] = {55, 66};
    objective.rom[RomDirection::Flexion] = {45, 50};
    objective.rom[RomDirection::Extension] = {60, std::nullopt};
    const auto changes = romChanges(objective);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].direction, RomDirection::Flexion);
    EXPECT_EQ(changes[0].change.delta(), 5);
    EXPECT_EQ(changes[1].direction, RomDirection::RotationRight);
    EXPECT_EQ(changes[1].change.delta(), 11);
}

TEST(PainChange, NeedsBothScores)
{
    Assessment assessment;
    assessment.painBefore = 6;
    EXPECT_FALSE(painChange(assessment));
    assessment.painAfter = 2;
    ASSERT_TRUE(painChange(assessment));
    EXPECT_EQ(painChange(assessment)->delta(), -4);
}

TEST(Cfrt, ASideAtTheCutOffOrLessIsRestricted)
{
    // Hall et al. 2010: about 44° without symptoms; 30° or less is restricted.
    EXPECT_TRUE(assessCfrt(30, std::nullopt, 30).left.restricted());
    EXPECT_TRUE(assessCfrt(22, std::nullopt, 30).left.restricted());
    EXPECT_FALSE(assessCfrt(31, std::nullopt, 30).left.restricted());
    EXPECT_FALSE(assessCfrt(std::nullopt, 44, 30).right.restricted());
    // A practice choosing Hall's other cut-off calls 31° and 32° restricted too.
    EXPECT_TRUE(assessCfrt(std::nullopt, 32, 32).right.restricted());
    EXPECT_FALSE(assessCfrt(std::nullopt, 33, 32).right.restricted());
}

TEST(Cfrt, TenDegreesBelowTheOtherSideIsRestrictedWhateverTheCutOff)
{
    const CfrtResult tenApart = assessCfrt(44, 34, 30);
    EXPECT_EQ(tenApart.difference, 10);
    EXPECT_TRUE(tenApart.differenceMeaningful());
    EXPECT_FALSE(tenApart.right.atOrBelowCutoff);
    EXPECT_TRUE(tenApart.right.restricted());
    EXPECT_FALSE(tenApart.left.restricted());
    EXPECT_EQ(tenApart.restrictedSide(), BodySide::Right);

    const CfrtResult nineApart = assessCfrt(44, 35, 30);
    EXPECT_EQ(nineApart.difference, 9);
    EXPECT_FALSE(nineApart.differenceMeaningful());
    EXPECT_FALSE(nineApart.right.restricted());
    EXPECT_FALSE(nineApart.restrictedSide());
}

TEST(Cfrt, TheLowerSideIsTheOneToWorkOnWhenBothAreRestricted)
{
    EXPECT_EQ(assessCfrt(20, 26, 30).restrictedSide(), BodySide::Left);
    EXPECT_EQ(assessCfrt(28, 18, 30).restrictedSide(), BodySide::Right);
}

TEST(Cfrt, OnlyHallsTwoCutOffsAreAPracticeSetting)
{
    EXPECT_TRUE(cfrtCutoffAllowed(30));
    EXPECT_TRUE(cfrtCutoffAllowed(32));
    EXPECT_FALSE(cfrtCutoffAllowed(31));
    EXPECT_FALSE(cfrtCutoffAllowed(44));
    Objective older;  // recorded before the setting existed
    EXPECT_EQ(cfrtCutoffOf(older), 30);
    older.cfrtCutoff = 32;
    EXPECT_EQ(cfrtCutoffOf(older), 32);
}

TEST(RomLimits, TypicalAdultNormsFromTheDomain)
{
    EXPECT_EQ(romLimits(RomDirection::Flexion).typical, 50);
    EXPECT_EQ(romLimits(RomDirection::Extension).typical, 80);
    EXPECT_EQ(romLimits(RomDirection::RotationLeft).typical, 80);
    EXPECT_EQ(romLimits(RomDirection::LateralFlexionRight).typical, 45);
    for (RomDirection d : {RomDirection::Flexion, RomDirection::Extension, RomDirection::RotationLeft,
                           RomDirection::RotationRight, RomDirection::LateralFlexionLeft,
                           RomDirection::LateralFlexionRight})
        EXPECT_GT(romLimits(d).highest, romLimits(d).typical);
}

TEST(HeadacheDaysPerMonth, ScalesTheDiaryToThirtyDays)
{
    Subjective s;
    s.diaryDays = 14;
    EXPECT_FALSE(headacheDaysPerMonth(s));
    s.headacheDays = 7;
    EXPECT_DOUBLE_EQ(*headacheDaysPerMonth(s), 15.0);
}

TEST(NewRedFlags, AreBlockingFlagsAnsweredYesThatAreNotOnRecord)
{
    const std::set<SafetyIssue> onRecord = {SafetyIssue::VisionChanges};
    EXPECT_TRUE(newRedFlags({{SafetyIssue::VisionChanges, true}}, onRecord).empty());
    EXPECT_TRUE(newRedFlags({{SafetyIssue::FeverOrSystemicIllness, false}}, onRecord).empty())
        << "a no is not a finding";
    EXPECT_TRUE(newRedFlags({{SafetyIssue::PainkillerOveruse, true}}, onRecord).empty())
        << "painkiller overuse is advisory, not a red flag";
    EXPECT_EQ(newRedFlags({{SafetyIssue::VisionChanges, true}, {SafetyIssue::Positional, true}}, onRecord),
              std::set<SafetyIssue>{SafetyIssue::Positional});
    EXPECT_EQ(rescreenFound({{SafetyIssue::VisionChanges, true}, {SafetyIssue::Positional, false}}),
              std::set<SafetyIssue>{SafetyIssue::VisionChanges});
}

TEST(LateEntry, IsMoreThanTwentyFourHoursAfterTheVisitBegan)
{
    const Date visit(2026, 11, 20);
    const auto tenThirty = std::optional(hours(10) + minutes(30));
    EXPECT_FALSE(isLateEntry(visit, tenThirty, atLocal(ptime(visit, hours(11)))));
    EXPECT_FALSE(isLateEntry(visit, tenThirty, atLocal(ptime(Date(2026, 11, 21), hours(10)))));
    EXPECT_TRUE(isLateEntry(visit, tenThirty, atLocal(ptime(Date(2026, 11, 21), hours(11)))));
}

TEST(LateEntry, WithoutAVisitTimeCountsFromTheEndOfTheVisitDay)
{
    const Date visit(2026, 11, 20);
    EXPECT_FALSE(isLateEntry(visit, std::nullopt, atLocal(ptime(Date(2026, 11, 21), hours(23)))));
    EXPECT_TRUE(isLateEntry(visit, std::nullopt, atLocal(ptime(Date(2026, 11, 22), hours(1)))));
}

TEST(Summary, CarriesTheHistoryColumnsAndPrefersRomAfterTreatment)
{
    SoapNote note = testing::sampleNote(7, Date(2026, 11, 20));
    note.objective.rom[RomDirection::RotationRight] = {55, std::nullopt};
    const NoteSummary summary = summarize(note);
    EXPECT_EQ(summary.visitDate, Date(2026, 11, 20));
    EXPECT_EQ(summary.diaryDays, 14);
    EXPECT_EQ(summary.headacheDays, 4);
    EXPECT_EQ(summary.averageIntensity, 4);
    EXPECT_EQ(summary.worstIntensity, 7);
    EXPECT_EQ(summary.rotationLeft, 70);
    EXPECT_EQ(summary.rotationRight, 55);
}

} // namespace
} // namespace knotwork::sessions
