// The progress report's screening section: within scope, current, and plain about a precaution
// the record shows was met.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/locale_date.h"
#include "pdf_reader.h"
#include "reports/precaution_watch.h"
#include "reports/progress_report.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using clients::SafetyIssue;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;

std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\f', ' ');
    return text;
}

std::string lower(std::string text)
{
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The last three visits' diaries, oldest first.
void lastDiaries(sharing::ProgressReportData& data, std::array<int, 3> headacheDays, std::array<int, 3> intensity)
{
    for (std::size_t i = 0; i < 3; ++i) {
        sessions::Subjective& s = data.notes[data.notes.size() - 3 + i].subjective;
        s.diaryDays = 14;
        s.headacheDays = headacheDays[i];
        s.averageIntensity = intensity[i];
        s.worstIntensity = std::max(intensity[i], *s.worstIntensity);
    }
}

class ProgressSafetyTest : public ::testing::Test {
protected:
    std::string write(const sharing::ProgressReportData& data, const std::string& name)
    {
        m_report = layoutProgressReport(data, m_document);
        return oneLine(writeAndRead(m_report, m_document, m_dir.path(), name).text);
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    ReportPages m_report;
};

TEST_F(ProgressSafetyTest, SaysWhenTheLastRescreenFoundNoRedFlagsAndWhatItAskedNeverThatTheClientIsClear)
{
    const sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    const std::string text = write(data, "safety-nothing-found");
    const std::string last = mediumDate(data.notes.back().visitDate);
    EXPECT_THAT(text, HasSubstr("No red flags were found at the re-screen of " + last + "."));
    EXPECT_THAT(text, HasSubstr("fever or feeling unwell, weakness or numbness, sudden severe onset"));
    EXPECT_THAT(text, HasSubstr("12 of 12 visits; no red flags found"));
    EXPECT_THAT(text, HasSubstr("No red flag or contraindication on record."));
    EXPECT_THAT(text, Not(HasSubstr("Answered no:"))) << "the run-on list of every question is gone";
    EXPECT_THAT(text, Not(HasSubstr("Status today")));
    EXPECT_THAT(lower(text), Not(HasSubstr("medically clear")));
    EXPECT_THAT(lower(text), Not(HasSubstr("cleared"))) << "no clearance on file, so nothing is called cleared";
}

TEST_F(ProgressSafetyTest, PrintsAProvidersClearanceInFullAsTheProviders)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    clients::Clearance clearance;
    clearance.providerName = "Dr Lee Anders, MD";
    clearance.clearedOn = Date(2026, 4, 20);
    clearance.expiresOn = Date(2026, 10, 20);
    clearance.covers = {SafetyIssue::RecentHeadOrNeckTrauma};
    clearance.conditions = "Massage may continue with light pressure only over the anterior neck; no end-range "
                           "rotation or manipulation; stop and send the client back at once if dizziness, double "
                           "vision or arm tingling appears during or after treatment; review at six months.";
    clearance.letterAttachmentId = 4;
    data.chart.clearances.push_back(clearance);
    const std::string text = write(data, "safety-clearance");
    EXPECT_THAT(text, HasSubstr("Clearance from Dr Lee Anders, MD, dated " + mediumDate(clearance.clearedOn)));
    EXPECT_THAT(text, HasSubstr(clearance.conditions)) << "the conditions in full, not shortened";
    EXPECT_THAT(text, HasSubstr("Recent head or neck injury"));
    EXPECT_THAT(text, HasSubstr(mediumDate(*clearance.expiresOn)));
    EXPECT_THAT(text, HasSubstr("On file; a copy can be sent on request."));
    EXPECT_THAT(lower(text), Not(HasSubstr("medically clear")));
}

TEST_F(ProgressSafetyTest, AFindingIsPrintedWithTheActionTakenAndALapsedClearanceSaysSo)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    sessions::SoapNote& finding = data.notes[9];
    finding.subjective.rescreen[SafetyIssue::VisionChanges] = true;
    finding.kind = sessions::NoteKind::Referral;
    finding.plan.referralMade = true;
    finding.plan.referredToName = "Dr Amara Okafor";
    finding.plan.referralMethods = {sessions::ReferralMethod::Phone};
    clients::Clearance clearance;
    clearance.providerName = "Dr Amara Okafor";
    clearance.clearedOn = finding.visitDate + boost::gregorian::days(3);
    clearance.expiresOn = clearance.clearedOn + boost::gregorian::days(5);
    clearance.covers = {SafetyIssue::VisionChanges};
    data.chart.clearances.push_back(clearance);
    const std::string text = write(data, "safety-finding");
    EXPECT_THAT(text, HasSubstr(mediumDate(finding.visitDate) + ": the re-screen found Vision changes. Action: "
                                "referred to Dr Amara Okafor (Phone call); no massage was given that day; clearance "
                                "from Dr Amara Okafor dated " + mediumDate(clearance.clearedOn) + "."));
    EXPECT_THAT(text, HasSubstr("12 of 12 visits; 1 found something (below)"));
    EXPECT_THAT(text, HasSubstr("None stated."));
    EXPECT_THAT(text, HasSubstr("Lapsed after " + mediumDate(*clearance.expiresOn) + "."));
}

TEST_F(ProgressSafetyTest, CallsOutRisingHeadacheDaysThatThePlansPrecautionNames)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.plan->plan.precautions = "Re-screen for red flags at every visit; stop and refer if the headache pattern "
                                  "changes. Light pressure over the front of the neck.";
    lastDiaries(data, {2, 4, 6}, {3, 3, 4});
    const std::string text = write(data, "safety-precaution-met");
    const auto on = [&](std::size_t fromEnd) { return mediumDate(data.notes[data.notes.size() - fromEnd].visitDate); };
    EXPECT_THAT(text, HasSubstr("The plan's precaution “stop and refer if the headache pattern changes” applies:"));
    EXPECT_THAT(text, HasSubstr("Headache days rose over the last three visits: 2 in 14 days (" + on(3) + "), 4 in 14 "
                                "days (" + on(2) + "), 6 in 14 days (" + on(1) + ")."));
    EXPECT_THAT(text, Not(HasSubstr("intensity rose"))) << "3 → 4 is within the NPRS's error";
}

TEST_F(ProgressSafetyTest, SaysNothingOfThePrecautionWhenTheRecordDoesNotShowTheChange)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.plan->plan.precautions = "Stop and refer if the headache pattern changes, or on dizziness.";
    lastDiaries(data, {6, 4, 5}, {5, 4, 4});  // up at the last visit, but not a rise over the three
    const std::string text = write(data, "safety-precaution-not-met");
    EXPECT_THAT(text, Not(HasSubstr("precaution")));
    EXPECT_THAT(text, Not(HasSubstr("rose over")));
}

TEST_F(ProgressSafetyTest, ARescreenYesThePrecautionNamesIsCalledOutAndOneItDoesNotNameIsOnlyListed)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.plan->plan.precautions = "Follow the clearance's conditions; no end-range neck work when movement reproduces "
                                  "dizziness or arm symptoms. Re-screen every visit.";
    data.notes[10].subjective.rescreen[SafetyIssue::ArterySymptomsWithNeckPain] = true;
    data.notes[11].subjective.rescreen[SafetyIssue::FeverOrSystemicIllness] = true;
    const std::string text = write(data, "safety-precaution-rescreen");
    const std::string on = mediumDate(data.notes[10].visitDate);
    EXPECT_THAT(text, HasSubstr("The plan's precaution “no end-range neck work when movement reproduces dizziness or "
                                "arm symptoms” applies:"));
    EXPECT_THAT(text, HasSubstr("The re-screen of " + on + " found: Dizziness, double vision or trouble speaking or "
                                "swallowing with acute neck pain."));
    EXPECT_THAT(text, HasSubstr("the re-screen found Fever or feeling systemically unwell. No action is recorded."));
    EXPECT_THAT(text, Not(HasSubstr("found: Fever"))) << "no precaution names a fever";
    EXPECT_THAT(text, HasSubstr("At the re-screen of " + mediumDate(data.notes[11].visitDate)
                                + ", the client reported: Fever or feeling systemically unwell."));
}

sessions::SoapNote diary(const Date& on, int headacheDays, int intensity)
{
    sessions::SoapNote note;
    note.visitDate = on;
    note.subjective.diaryDays = 28;
    note.subjective.headacheDays = headacheDays;
    note.subjective.averageIntensity = intensity;
    return note;
}

TEST(PrecautionWatch, ReadsTheTrendOverTheLastThreeDiariesOnly)
{
    const std::string precautions = "Stop and refer if the headache pattern changes.";
    std::vector<sessions::SoapNote> notes{diary(Date(2026, 1, 5), 9, 8), diary(Date(2026, 2, 2), 2, 2),
                                          diary(Date(2026, 3, 2), 2, 3), diary(Date(2026, 3, 30), 3, 5)};
    // Intensity 2 → 3 → 5 rises by 3 points; days 2 → 2 → 3 in 28 days rise by about 1 a month.
    const std::vector<PrecautionAlert> alerts = precautionAlerts(precautions, notes);
    ASSERT_THAT(alerts, SizeIs(1));
    EXPECT_EQ(alerts[0].precaution, "Stop and refer if the headache pattern changes");
    ASSERT_THAT(alerts[0].evidence, SizeIs(1));
    EXPECT_THAT(alerts[0].evidence[0], HasSubstr("Average headache intensity rose over the last three visits: 2/10"));

    notes.back().subjective.averageIntensity = 2;  // fell back: no rise over the three
    EXPECT_THAT(precautionAlerts(precautions, notes), IsEmpty());
    notes.pop_back();  // 9 → 2 → 2: a first-versus-last fall is not a rise
    EXPECT_THAT(precautionAlerts(precautions, notes), IsEmpty());
}

TEST(PrecautionWatch, WatchesOnlyWhatThePrecautionsName)
{
    std::vector<sessions::SoapNote> notes{diary(Date(2026, 3, 2), 1, 2), diary(Date(2026, 3, 30), 4, 3),
                                          diary(Date(2026, 4, 27), 8, 6)};
    notes[1].subjective.rescreen[SafetyIssue::VisionChanges] = true;
    EXPECT_THAT(precautionAlerts("Light pressure over the front of the neck.", notes), IsEmpty());
    EXPECT_THAT(precautionAlerts("", notes), IsEmpty());
    const std::vector<PrecautionAlert> alerts =
        precautionAlerts("Light pressure. Refer at once on any VISION change", notes);
    ASSERT_THAT(alerts, SizeIs(1));
    EXPECT_EQ(alerts[0].precaution, "Refer at once on any VISION change");
    EXPECT_THAT(alerts[0].evidence, ::testing::ElementsAre(HasSubstr("found: Vision changes")));
}

} // namespace
} // namespace knotwork::reports
