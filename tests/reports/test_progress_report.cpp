#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "common/locale_date.h"
#include "reports/progress_report.h"
#include "sharing/assessment.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

class ProgressReportTest : public ::testing::Test {
protected:
    WrittenPdf write(const sharing::ProgressReportData& data, const std::string& name)
    {
        m_report = layoutProgressReport(data, m_document);
        return writeAndRead(m_report, m_document, m_dir.path(), name);
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    ReportPages m_report;
};

TEST_F(ProgressReportTest, NamesTheClientTheRecipientAndTheDiagnosisAsTyped)
{
    const WrittenPdf pdf = write(knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6)), "progress-report");
    EXPECT_THAT(pdf.text, HasSubstr("Zoë Thị Nguyễn-Łukasiewicz"));
    EXPECT_THAT(pdf.text, HasSubstr("Dr Amara Okafor, PT"));
    EXPECT_THAT(pdf.text, HasSubstr("Riverside Physiotherapy"));
    EXPECT_THAT(pdf.text, HasSubstr("Cervicogenic headache, diagnosed by Dr Amara Okafor, PT"));
    EXPECT_THAT(pdf.text, HasSubstr("Knotwork Test Massage"));
    EXPECT_THAT(pdf.text, HasSubstr("Licence M-4821"));
    EXPECT_THAT(pdf.text, HasSubstr("a massage therapist does not diagnose"));
    EXPECT_THAT(pdf.text, HasSubstr("consent to share records with Dr Amara Okafor, PT"));
}

// The figures follow from the sample: 9 of 14 diary days at the first visit (19.3 a month), 3 by
// the eleventh, 9 of 42 days over the last three (6.4); rotation right 55° → 75°; NDI 30 of 50 →
// 20 (60 % → 40 %); HDI 100 → 50;
// PSFS (3 + 2 + 4) / 3 → (6 + 5 + 7) / 3.
TEST_F(ProgressReportTest, CarriesEveryOutcomeFigureBaselineLatestAndChange)
{
    const WrittenPdf pdf = write(knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6)), "progress-outcomes");
    std::string oneLine = pdf.text;  // a cell's text may wrap
    std::replace(oneLine.begin(), oneLine.end(), '\n', ' ');
    for (const char* figure : {"9 of 14 days", "≈ 19.3 per 30 days, scaled", "9 of 42 days", "≈ 6.4 per 30 days, scaled",
                               "−12.9 per 30 days (67 % fewer): better, a responder", "55°", "75°", "+20°: better",
                               "30/50 (60 %)", "20/50 (40 %)", "−10 points: better", "100/100", "50/100",
                               "−50 points: better", "3/10", "6/10", "+3 points: better",
                               "PSFS: Reversing the car", "responder (62 % fewer days)"})
        EXPECT_THAT(oneLine, HasSubstr(figure)) << figure;
    EXPECT_THAT(pdf.text, HasSubstr("40 ("));  // visits attended
    EXPECT_THAT(pdf.text, HasSubstr("Would you reassess upper cervical mobility"));
}

TEST_F(ProgressReportTest, PrintsTheRescreenReferralsWithdrawalsAndExtensionsOnRecordAndNothingElse)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    data.chart.diagnoses.clear();
    std::string text = write(data, "progress-no-referral").text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    EXPECT_THAT(text, HasSubstr("None on file."));
    EXPECT_THAT(text, Not(HasSubstr("advised")));
    EXPECT_THAT(text, Not(HasSubstr("Referred on")));
    EXPECT_THAT(text, HasSubstr("No red flags were found at the re-screen of"));

    // The last visit: vision changes, referred by phone, no treatment.
    sessions::SoapNote& last = data.notes.back();
    last.kind = sessions::NoteKind::Referral;
    last.subjective.rescreen[clients::SafetyIssue::VisionChanges] = true;
    last.plan.techniques.clear();
    last.plan.regions.clear();
    last.plan.referralMade = true;
    last.plan.referredToName = "Dr Amara Okafor";
    last.plan.referralMethods = {sessions::ReferralMethod::Phone};
    clients::FlagWithdrawal withdrawal;
    withdrawal.issue = clients::SafetyIssue::FeverOrSystemicIllness;
    withdrawal.reason = clients::WithdrawalReason::EnteredInError;
    withdrawal.details = "Ticked for the wrong client";
    withdrawal.withdrawnAt = Timestamp::fromIso8601("2026-09-20T15:00:00Z");
    data.chart.withdrawals.push_back(withdrawal);
    clients::Clearance clearance;
    clearance.providerName = "Dr Lee";
    clearance.clearedOn = Date(2026, 6, 1);
    clearance.expiresOn = Date(2026, 9, 1);
    clearance.covers = {clients::SafetyIssue::RecentHeadOrNeckTrauma};
    clearance.extension = clients::ClearanceExtension{Date(2026, 10, 15), "Unchanged; new letter requested",
                                                      Timestamp::fromIso8601("2026-09-02T15:00:00Z"), "Maya"};
    data.chart.clearances.push_back(clearance);
    data.chart.intake.health.flags = {clients::HealthFlag::Osteoporosis};
    data.safety = clients::assessSafety(data.chart.safetyRecord(), Date(2026, 11, 1));
    text = write(data, "progress-referral").text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    EXPECT_THAT(text, HasSubstr("referred to a provider"));
    EXPECT_THAT(text, HasSubstr("Referral visits"));
    EXPECT_THAT(text, HasSubstr("Action: referred to Dr Amara Okafor (Phone call); no massage was given that day."));
    EXPECT_THAT(text, HasSubstr(", the client reported: Vision changes."));
    EXPECT_THAT(text, HasSubstr("Fever or feeling systemically unwell withdrawn on"));
    EXPECT_THAT(text, HasSubstr("Entered in error — Ticked for the wrong client"));
    EXPECT_THAT(text, HasSubstr("extended once by the therapist on"));
    EXPECT_THAT(text, HasSubstr("Unchanged; new letter requested"));
    EXPECT_THAT(text, HasSubstr("Osteoporosis (lighter pressure, no"));
}

TEST_F(ProgressReportTest, NumbersEveryPageOutOfTheTotalAndFillsInTheProperties)
{
    const WrittenPdf pdf = write(knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6)), "progress-pages");
    ASSERT_GE(pdf.pageCount, 2);
    for (int page = 1; page <= pdf.pageCount; ++page)
        EXPECT_THAT(pdf.text, HasSubstr("Page " + std::to_string(page) + " of " + std::to_string(pdf.pageCount)));
    EXPECT_THAT(pdfInfo(pdf.file, "Title"), HasSubstr("Massage therapy progress report"));
    EXPECT_THAT(pdfInfo(pdf.file, "Author"), HasSubstr("Maya Lindqvist"));
    EXPECT_THAT(pdfInfo(pdf.file, "Subject"), HasSubstr("Dr Amara Okafor"));
    EXPECT_THAT(pdfInfo(pdf.file, "CreationDate"), Not(IsEmpty()));
}

TEST_F(ProgressReportTest, PassesQpdfsStructureCheck)
{
    const WrittenPdf pdf = write(knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4)), "progress-short");
    const auto check = knotwork::testing::runProcess({"/usr/bin/qpdf", "--check", pdf.file.string()});
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
    EXPECT_THAT(check.out, HasSubstr("No syntax or stream encoding errors"));
}

TEST_F(ProgressReportTest, ALongHistorySpansPagesWithNothingOutsideTheMargins)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(80, Date(2024, 11, 1));
    for (int i = 0; i < 12; ++i)
        data.recommendations += "Keep the home programme going between visits, especially after long days at the "
                                "screen; suboccipital self-release before bed. ";
    const WrittenPdf pdf = write(data, "progress-long");
    EXPECT_GE(pdf.pageCount, 3);
    EXPECT_THAT(pdf.text, HasSubstr("80 ("));
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), IsEmpty());
    EXPECT_LT(pdf.bytes.size(), 300u * 1024);
}

TEST_F(ProgressReportTest, IsPrintedOnThePracticesPaper)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.header.practice.paperSize = PaperSize::UsLetter;
    const WrittenPdf letter = write(data, "progress-letter");
    EXPECT_THAT(pdfInfo(letter.file, "Page size"), HasSubstr("612 x 792"));
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), IsEmpty());
}

TEST_F(ProgressReportTest, ThePracticesLogoHeadsTheFirstPageOnly)
{
    const auto logo = m_dir / "logo.png";
    const auto drawn = knotwork::testing::runProcess({"/usr/bin/convert", "-size", "240x120", "xc:#1c547a", logo.string()});
    ASSERT_EQ(drawn.exitCode, 0) << drawn.err;
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6));
    data.header.logo = knotwork::testing::readBytes(logo);
    const WrittenPdf pdf = write(data, "progress-logo");
    const auto images = knotwork::testing::runProcess({"/usr/bin/pdfimages", "-list", pdf.file.string()});
    ASSERT_EQ(images.exitCode, 0) << images.err;
    // A header line, a rule, then one line per image placed: the logo, once, on page 1.
    EXPECT_THAT(images.out, HasSubstr("   1     0 image     240   120"));
    EXPECT_THAT(images.out, Not(HasSubstr("   2     ")));
    EXPECT_THAT(pdf.text, HasSubstr("Knotwork Test Massage")) << "the logo does not push the name out";
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), IsEmpty());
}

TEST_F(ProgressReportTest, APeriodWithoutVisitsSaysSoInsteadOfShowingEmptyTables)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.notes.clear();
    data.from = data.to = Date(2027, 1, 1);
    const WrittenPdf pdf = write(data, "progress-empty");
    EXPECT_THAT(pdf.text, HasSubstr("No visits in this period."));
    EXPECT_THAT(pdf.text, HasSubstr("Nothing was measured in this period."));
}

TEST_F(ProgressReportTest, TheAttendanceLineNamesOnlyTheKindsOfVisitThatHappened)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    const WrittenPdf booksElsewhere = write(data, "progress-attendance-none");
    EXPECT_THAT(booksElsewhere.text, Not(HasSubstr("Booked appointments"))) << "nothing on the book: nothing said";

    data.attendance = schedule::Attendance{9, 1, 1, 1};
    const WrittenPdf missed = write(data, "progress-attendance");
    EXPECT_THAT(missed.text, HasSubstr("Booked appointments"));
    EXPECT_THAT(missed.text, HasSubstr("9 attended, 1 cancelled with notice, 1 late cancellation, 1 no-show"));
}

TEST_F(ProgressReportTest, TheAttendanceLineLeavesOutTheKindsThatDidNotHappen)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.attendance = schedule::Attendance{11, 0, 2, 0};
    const WrittenPdf late = write(data, "progress-attendance-late");
    EXPECT_THAT(late.text, HasSubstr("11 attended, 2 late cancellations"));
    EXPECT_THAT(late.text, Not(HasSubstr("no-show")));
    EXPECT_THAT(late.text, Not(HasSubstr("with notice")));
}

// An open plan: the therapist's assessment in place of a bare plan, and nothing about discharge.
TEST_F(ProgressReportTest, AnOpenPlanPrintsTheTherapistsAssessmentAndPlanAndNeverSaysDischarge)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6));
    data.assessment = {"Headache days fell from 17 to 3 a month; she reads for an hour again.",
                       "Rotation is 5° short of its target.", "Rotation right 70° by the next review.",
                       "Rotation still limits reversing the car."};
    const WrittenPdf pdf = write(data, "progress-assessment");
    std::string text = pdf.text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    EXPECT_THAT(text, HasSubstr("Massage therapy progress report"));
    EXPECT_THAT(text, HasSubstr("Assessment and plan"));
    EXPECT_THAT(text, HasSubstr("she reads for an hour again"));
    EXPECT_THAT(text, HasSubstr("2 of 3 goals met"));
    EXPECT_THAT(text, HasSubstr("Rotation is 5° short of its target."));
    EXPECT_THAT(text, HasSubstr("Rotation right 70° by the next review."));
    EXPECT_THAT(text, HasSubstr("Why care continues"));
    EXPECT_THAT(text, HasSubstr("Rotation still limits reversing the car."));
    EXPECT_THAT(text, HasSubstr("Would you reassess upper cervical mobility"));
    EXPECT_THAT(text, Not(HasSubstr("Current plan and recommendations")));
    EXPECT_THAT(text, Not(HasSubstr("ischarge")));
}

// A completed or discontinued plan: a discharge summary with the end date (not the start), the
// reason, each goal's outcome and the home programme to keep.
TEST_F(ProgressReportTest, AClosedPlanGivesADischargeSummaryInsteadOfAnAssessmentAndPlan)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6));
    plans::PlanProgress& plan = *data.plan;
    plan.plan.status = plans::PlanStatus::Discontinued;
    plan.plan.statusReason = "Referred back to the physician: little change in rotation.";
    plan.plan.statusChangedOn = data.header.written - boost::gregorian::days(1);
    plan.goals[0].met = true;
    plan.goals[0].metSince = *plan.goals[0].goal.targetDate + boost::gregorian::days(10);
    plan.goals[1].met = false;
    data.notes.back().plan.homeCareNotes = "Chin tucks, ten twice a day.";
    data.to = plan.plan.statusChangedOn.value();
    data.discharge = sharing::dischargeOf(data.plan, data.planHomeProgrammeNotes, data.notes, data.header.written);
    data.assessment = {"Headaches much better; rotation unchanged.", "", "Return if headaches exceed 4 days a month.",
                       "Rotation needs a physician's review."};
    const WrittenPdf pdf = write(data, "progress-discharge");
    std::string text = pdf.text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    const std::string ended = mediumDate(*plan.plan.statusChangedOn);
    EXPECT_THAT(text, HasSubstr("Massage therapy discharge summary"));
    EXPECT_THAT(text, HasSubstr("Discharge summary"));
    EXPECT_THAT(text, HasSubstr("Discontinued on"));  // the label; its value is the plan's end
    EXPECT_THAT(text, HasSubstr("Period " + mediumDate(data.from) + " to " + ended));
    EXPECT_THAT(text, HasSubstr(mediumDate(plan.plan.startDate) + " to " + ended));
    EXPECT_THAT(text, HasSubstr("Referred back to the physician: little change in rotation."));
    EXPECT_THAT(text, HasSubstr("Final outcomes against the goals"));
    EXPECT_THAT(text, HasSubstr("met late"));
    EXPECT_THAT(text, HasSubstr("not met"));
    EXPECT_THAT(text, HasSubstr("The home programme to keep"));
    EXPECT_THAT(text, HasSubstr("Suboccipital"));
    EXPECT_THAT(text, HasSubstr("Chin tucks, ten twice a day."));
    EXPECT_THAT(text, HasSubstr("Headaches much better; rotation unchanged."));
    EXPECT_THAT(text, HasSubstr("Return if headaches exceed 4 days a month."));
    EXPECT_THAT(text, Not(HasSubstr("Assessment and plan")));
    EXPECT_THAT(text, Not(HasSubstr("Why care continues")));
}

} // namespace
} // namespace knotwork::reports
