// The outcomes and goals of a progress report in honest numbers (issue 20): the diary as raw
// counts with the days they cover, scaled figures marked, the intake's own figure beside a
// baseline it differs from, medication named, one threshold per measure (a range-of-motion change
// under the practice's figure is no meaningful change), a recent turn for the worse said, the
// column since the last report to this recipient, and goals met late. Read with pdftotext, as the
// recipient's software would; the pages are kept as PNGs.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "reports/progress_report.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using boost::gregorian::days;

class HonestNumbersTest : public ::testing::Test {
protected:
    // The report's text with each wrapped cell joined up again: pdftotext -layout would put the
    // columns side by side, so the plain text is read and its line breaks made spaces.
    std::string write(const sharing::ProgressReportData& data, const std::string& name)
    {
        PdfDocument document;  // one document per report: a document keeps the pages it wrote
        m_report = layoutProgressReport(data, document);
        std::string text = writeAndRead(m_report, document, m_dir.path(), name).text;
        std::replace(text.begin(), text.end(), '\n', ' ');
        return text;
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    ReportPages m_report;
};

// The sample: 40 visits 9 days apart from 6 Jan 2025, each with a 14-day diary; 9 headache days
// at the first, 3 from the eleventh on; 2 medication days at each; the intake said 17 a month.
TEST_F(HonestNumbersTest, TheDiaryShowsRawCountsWithTheirDaysAndMarksScaledFigures)
{
    const std::string text = write(knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6)), "honest-diary");
    EXPECT_THAT(text, HasSubstr("9 of 14 days")) << "the first visit's diary, as recorded";
    EXPECT_THAT(text, HasSubstr("\u2248 19.3 per 30 days, scaled"));
    EXPECT_THAT(text, HasSubstr("intake: 17 per month")) << "the intake's own figure beside the baseline";
    EXPECT_THAT(text, HasSubstr("9 of 42 days")) << "the last three visits' diaries added up";
    EXPECT_THAT(text, HasSubstr("Now: last 3 visits"));
    EXPECT_THAT(text, HasSubstr("2 of 14 days")) << "medication days as counted";
    EXPECT_THAT(text, Not(HasSubstr("Headache days per month 19.3 days"))) << "no scaled figure passed off as counted";
}

TEST_F(HonestNumbersTest, AnIntakeFigureThatAgreesWithTheBaselineIsNotRepeated)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2025, 1, 6));
    data.chart.intake.headache.headacheDaysPerMonth = 19;  // 19.3 is shown; 19 differs
    EXPECT_THAT(write(data, "honest-intake-differs"), HasSubstr("intake: 19 per month"));
    for (sessions::VisitFindings& visit : data.progress.visits)
        visit.diaryDays = 30;
    data.chart.intake.headache.headacheDaysPerMonth = 9;  // the first diary: 9 of 30 days
    const std::string text = write(data, "honest-intake-agrees");
    EXPECT_THAT(text, Not(HasSubstr("intake: 9 per month")));
    EXPECT_THAT(text, HasSubstr("9 of 30 days"));
    EXPECT_THAT(text, Not(HasSubstr("9 of 30 days \u2248"))) << "a 30-day diary needs no scaling";
}

TEST_F(HonestNumbersTest, MedicationIsNamedFromTheIntakeAndTheNotes)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    data.chart.intake.headache.medications = "Ibuprofen as needed";
    data.chart.intake.headache.acuteMedications = {clients::AcuteMedication::SimplePainkiller};
    data.notes[1].subjective.medicationsTaken = "ibuprofen 400 mg";
    data.notes[3].subjective.medicationsTaken = "Ibuprofen 400 mg ";
    data.notes[4].subjective.medicationsTaken = "sumatriptan 50 mg; ibuprofen 400 mg";
    const std::string text = write(data, "honest-medication");
    EXPECT_THAT(text, HasSubstr("Medication at intake"));
    EXPECT_THAT(text, HasSubstr("Ibuprofen as needed (Simple painkiller"));
    EXPECT_THAT(text, HasSubstr("Medication named at visits"));
    EXPECT_THAT(text, HasSubstr("ibuprofen 400 mg (3 visits), sumatriptan 50 mg (1 visit)"))
        << "two medicines named at one visit are counted each";
}

TEST_F(HonestNumbersTest, ARangeOfMotionChangeUnderThePracticesFigureIsNoMeaningfulChange)
{
    // Six visits: rotation right 55° → 65°, the last three averaging 63°: +8°.
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    std::string text = write(data, "honest-rom-default");
    EXPECT_THAT(text, HasSubstr("+8\u00b0: no meaningful change"));
    EXPECT_THAT(text, Not(HasSubstr("+8\u00b0: better")));
    EXPECT_THAT(text, HasSubstr("Neck range of motion and the flexion-rotation test: 10\u00b0"))
        << "the rule stated once";

    data.progress.thresholds.romDegrees = 5;  // the practice's own figure
    text = write(data, "honest-rom-practice");
    EXPECT_THAT(text, HasSubstr("+8\u00b0: better"));
    EXPECT_THAT(text, HasSubstr("flexion-rotation test: 5\u00b0"));
}

TEST_F(HonestNumbersTest, TheRomInstrumentIsPrintedWithTheCountOfVisits)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    for (std::size_t i = 0; i < data.notes.size(); ++i)
        if (i != 2)
            data.notes[i].objective.romInstrument =
                i < 4 ? sessions::RomInstrument::Goniometer : sessions::RomInstrument::VisualEstimate;
    const std::string text = write(data, "honest-rom-instrument");
    EXPECT_THAT(text, HasSubstr("Range of motion measured with"));
    EXPECT_THAT(text, HasSubstr("Goniometer at 3 visits, Visual estimate at 2 visits, not recorded at 1 visit"));
}

TEST_F(HonestNumbersTest, ARecentTurnForTheWorseIsSaid)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2025, 1, 6));
    // Rotation right climbs to 71° by the ninth visit, then the last three fall back to 57°: +2°
    // against the start says little, the 12° fall against the three visits before says it.
    const std::size_t count = data.progress.visits.size();
    for (std::size_t i = count - 3; i < count; ++i)
        data.progress.visits[i].rom[sessions::RomDirection::RotationRight] = {57, 60};
    const std::string text = write(data, "honest-recent-worse");
    EXPECT_THAT(text, HasSubstr("worse over the last 3 visits"));
}

TEST_F(HonestNumbersTest, WithAnEarlierReportTheTableShowsItsColumnWithoutItSaysFirstReport)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6));
    std::string text = write(data, "honest-first-report");
    EXPECT_THAT(text, HasSubstr("This is the first progress report to Dr Amara Okafor, PT"));
    EXPECT_THAT(text, Not(HasSubstr("Last report, to")));
    EXPECT_THAT(text, Not(HasSubstr("since last report")));

    // Sent on 3 Apr 2025, covering 6 Jan to 31 Mar: the eleventh visit (1 Apr) came after it.
    data.lastReport = sharing::EarlierReport{Date(2025, 4, 3), Date(2025, 1, 6), Date(2025, 3, 31)};
    text = write(data, "honest-since-last-report");
    EXPECT_THAT(text, HasSubstr("Last report, to Mar 31, 2025"));
    EXPECT_THAT(text, HasSubstr("The last report to Dr Amara Okafor, PT was sent on Apr 3, 2025"));
    EXPECT_THAT(text, HasSubstr("since last report: better")) << "headache days and rotation improved after it";
    EXPECT_THAT(text, Not(HasSubstr("first progress report")));
}

TEST_F(HonestNumbersTest, TheTableFitsLetterPaperWithTheLastReportColumn)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6));
    data.header.practice.paperSize = clients::PaperSize::UsLetter;
    data.lastReport = sharing::EarlierReport{Date(2025, 4, 3), Date(2025, 1, 6), Date(2025, 3, 31)};
    m_report = layoutProgressReport(data, m_document);
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), ::testing::IsEmpty());
    writeAndRead(m_report, m_document, m_dir.path(), "honest-letter");
}

TEST_F(HonestNumbersTest, AGoalReachedAfterItsTargetDateIsMetLate)
{
    // The sample's headache-day goal: 8 days by 31 Mar 2025, first reached on 28 Mar. Moved to
    // an earlier target date, it was met late.
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6));
    data.plan->plan.goals[0].targetDate = Date(2025, 3, 1);
    data.plan->goals[0].goal.targetDate = Date(2025, 3, 1);
    std::string text = write(data, "honest-met-late");
    EXPECT_THAT(text, HasSubstr("Met late: reached on Mar 28, 2025, target date Mar 1, 2025"));

    data.plan->goals[0].goal.targetDate = Date(2025, 4, 30);
    text = write(data, "honest-met");
    EXPECT_THAT(text, HasSubstr("Met since Mar 28, 2025"));
    EXPECT_THAT(text, Not(HasSubstr("Met late")));
}

} // namespace
} // namespace knotwork::reports
