// The progress report's home programme (issue 20): each item given with how the client said it
// was kept over the period's visits, and the client's own comments; nothing about keeping it when
// nothing was asked.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "reports/progress_report.h"
#include "support/sample_report.h"

namespace knotwork::reports {
namespace {

using sessions::Adherence;
using sessions::HomeCare;
using ::testing::HasSubstr;
using ::testing::Not;

std::string reportText(const sharing::ProgressReportData& data)
{
    PdfDocument measurer;
    return drawnText(layoutProgressReport(data, measurer), " ");
}

TEST(ProgressHomeProgramme, GivesHowEachItemWasKeptOverTheVisitsThatAnswered)
{
    // Six visits, each giving the ball release and hydration (the sample's home care).
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    const Adherence ball[] = {Adherence::Daily, Adherence::Daily, Adherence::SomeDays, Adherence::NotAtAll,
                              Adherence::Daily};
    for (std::size_t visit = 1; visit < data.notes.size(); ++visit)
        data.notes[visit].subjective.homeCareAdherence = {{HomeCare::SuboccipitalBallRelease, ball[visit - 1]}};
    data.notes[3].subjective.adherenceNotes = "Forgot the ball on the work trip";
    const std::string text = reportText(data);

    EXPECT_THAT(text, HasSubstr("Home programme given and kept"));
    EXPECT_THAT(text, HasSubstr("Suboccipital self-release with a ball: given at 6 of 6 visits; kept daily at 3, "
                                "some days at 1, not at all at 1 of 5 answers"));
    EXPECT_THAT(text, HasSubstr("Hydration: given at 6 of 6 visits; how it was kept is not recorded"));
    EXPECT_THAT(text, HasSubstr("What the client said about the home programme"));
    EXPECT_THAT(text, HasSubstr("Forgot the ball on the work trip"));
}

TEST(ProgressHomeProgramme, WithoutAnswersNothingIsClaimedAboutKeepingIt)
{
    const std::string text = reportText(knotwork::testing::sampleProgressReport(3, Date(2026, 9, 7)));
    EXPECT_THAT(text, HasSubstr("Hydration: given at 3 of 3 visits; how it was kept is not recorded"));
    EXPECT_THAT(text, Not(HasSubstr("kept daily")));
    EXPECT_THAT(text, Not(HasSubstr("What the client said about the home programme")));
}

TEST(ProgressHomeProgramme, AnItemGivenBeforeThePeriodIsListedByHowItWasKept)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(2, Date(2026, 9, 7));
    data.notes[0].subjective.homeCareAdherence = {{HomeCare::Stretches, Adherence::SomeDays}};
    const std::string text = reportText(data);
    EXPECT_THAT(text, HasSubstr("Neck and shoulder stretches: given before this period; kept some days at 1 of 1 "
                                "answer"));
    EXPECT_THAT(text, Not(HasSubstr("Neck and shoulder stretches: given at")));
    EXPECT_THAT(text, Not(HasSubstr("daily at 0"))) << "an answer never given is left out";
}

} // namespace
} // namespace knotwork::reports
