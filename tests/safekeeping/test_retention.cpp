#include <gtest/gtest.h>

#include "safekeeping/retention.h"

namespace knotwork::safekeeping {
namespace {

using clients::RetentionRule;
using clients::RetentionSettings;

Date day(int year, int month, int dayOfMonth)
{
    return Date(year, month, dayOfMonth);
}

const RetentionSettings kOntario{RetentionRule::Ontario, 10};

RetentionSettings yearsAfter(int years)
{
    return {RetentionRule::YearsAfterLastVisit, years};
}

TEST(Retention, AnAdultsRecordUnderOntariosRuleEndsTenYearsAfterTheLastVisit)
{
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), day(1980, 3, 2), kOntario), day(2030, 5, 14));
}

TEST(Retention, AMinorsRecordIsKeptUntilTenYearsAfterTheir18thBirthday)
{
    // Last seen at 12: ten years after the visit they are 22; ten years after turning 18, 28.
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), day(2008, 9, 1), kOntario), day(2036, 9, 1));
}

TEST(Retention, AClientSeenAfterTurning18CountsFromTheLastVisitWhenThatIsLater)
{
    // Turned 18 in 2010 (ten years later: 2020); last seen 2015 (ten years later: 2025).
    EXPECT_EQ(retentionEndsOn(day(2015, 1, 10), day(1992, 6, 30), kOntario), day(2025, 1, 10));
}

TEST(Retention, WithoutADateOfBirthOntariosRuleCountsFromTheLastVisitOnly)
{
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), std::nullopt, kOntario), day(2030, 5, 14));
}

TEST(Retention, OntariosRuleKeepsTenYearsWhateverNumberTheSettingsHold)
{
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), std::nullopt, RetentionSettings{RetentionRule::Ontario, 3}),
              day(2030, 5, 14));
}

TEST(Retention, ThePlainRuleCountsTheSettingsYearsAfterTheLastVisitWhateverTheAge)
{
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), day(2015, 1, 1), yearsAfter(7)), day(2027, 5, 14));
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), std::nullopt, yearsAfter(1)), day(2021, 5, 14));
    EXPECT_EQ(retentionEndsOn(day(2020, 5, 14), std::nullopt, yearsAfter(100)), day(2120, 5, 14));
}

TEST(Retention, AFebruary29thBirthdayTurns18OnMarch1stInAYearWithoutOne)
{
    // Born 2008-02-29: 18 on 2026-03-01 (as ageOn counts), ten years after that 2036-03-01.
    EXPECT_EQ(retentionEndsOn(day(2012, 1, 1), day(2008, 2, 29), kOntario), day(2036, 3, 1));
    // Born 2004-02-29: 18 on 2022-03-01; ten years later, 2032-03-01 (2032 has a 29th, but the
    // count starts from the birthday they had).
    EXPECT_EQ(retentionEndsOn(day(2012, 1, 1), day(2004, 2, 29), kOntario), day(2032, 3, 1));
}

TEST(Retention, AVisitOnFebruary29thIsKeptUntilMarch1stInAYearWithoutOne)
{
    EXPECT_EQ(retentionEndsOn(day(2024, 2, 29), std::nullopt, kOntario), day(2034, 3, 1));
    EXPECT_EQ(retentionEndsOn(day(2024, 2, 29), std::nullopt, yearsAfter(4)), day(2028, 2, 29));
}

TEST(Retention, AddYearsKeepsTheDayAndMovesOnlyFebruary29th)
{
    EXPECT_EQ(addYears(day(2023, 12, 31), 1), day(2024, 12, 31));
    EXPECT_EQ(addYears(day(2024, 2, 28), 1), day(2025, 2, 28));
    EXPECT_EQ(addYears(day(2024, 2, 29), 1), day(2025, 3, 1));
    EXPECT_EQ(addYears(day(2024, 2, 29), 4), day(2028, 2, 29));
}

// The query finds records by cut-off dates; these must pick exactly the records whose retention
// has ended on that day (the day the retention ends is the first day the record is past it).
void expectCutoffsAgreeWithTheRule(const RetentionSettings& settings, const Date& asOf)
{
    const RetentionCutoffs cutoffs = retentionCutoffs(asOf, settings);
    const std::optional<Date> births[] = {std::nullopt, day(1990, 7, 4), asOf - boost::gregorian::years(28),
                                          cutoffs.bornOnOrBefore.value_or(asOf),
                                          cutoffs.bornOnOrBefore.value_or(asOf) + boost::gregorian::days(1),
                                          day(2004, 2, 29), day(2008, 2, 29), day(2000, 2, 29)};
    for (Date lastVisit = asOf - boost::gregorian::years(settings.years + 12) - boost::gregorian::days(3);
         lastVisit <= asOf - boost::gregorian::years(settings.rule == RetentionRule::Ontario ? 9 : settings.years - 1);
         lastVisit += boost::gregorian::days(1)) {
        for (const std::optional<Date>& born : births) {
            const bool past = retentionEndsOn(lastVisit, born, settings) <= asOf;
            const bool found = lastVisit <= cutoffs.lastVisitOnOrBefore
                               && (!cutoffs.bornOnOrBefore || !born || *born <= *cutoffs.bornOnOrBefore);
            ASSERT_EQ(found, past) << "as of " << isoDate(asOf) << ", last visit " << isoDate(lastVisit)
                                   << ", born " << (born ? isoDate(*born) : "unknown");
        }
    }
}

TEST(Retention, TheCutoffsFindExactlyTheRecordsWhoseRetentionHasEnded)
{
    for (const Date asOf : {day(2026, 12, 6), day(2036, 2, 29), day(2035, 2, 28), day(2035, 3, 1), day(2034, 3, 1),
                            day(2032, 2, 29), day(2033, 1, 1)}) {
        expectCutoffsAgreeWithTheRule(kOntario, asOf);
        expectCutoffsAgreeWithTheRule(yearsAfter(4), asOf);
        expectCutoffsAgreeWithTheRule(yearsAfter(7), asOf);
    }
}

TEST(Retention, ThePlainRuleHasNoDateOfBirthCutoff)
{
    EXPECT_FALSE(retentionCutoffs(day(2026, 12, 6), yearsAfter(10)).bornOnOrBefore);
    EXPECT_EQ(retentionCutoffs(day(2026, 12, 6), yearsAfter(10)).lastVisitOnOrBefore, day(2016, 12, 6));
    EXPECT_EQ(retentionCutoffs(day(2026, 12, 6), kOntario).bornOnOrBefore, day(1998, 12, 6));
}

TEST(Retention, TheRuleIsPutInWords)
{
    EXPECT_NE(describeRetention(kOntario).find("18th birthday"), std::string::npos);
    EXPECT_NE(describeRetention(yearsAfter(7)).find("7 years after the last visit"), std::string::npos);
    EXPECT_NE(describeRetention(yearsAfter(1)).find("1 year after the last visit"), std::string::npos);
}

} // namespace
} // namespace knotwork::safekeeping
