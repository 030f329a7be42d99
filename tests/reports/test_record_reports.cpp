#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/locale_date.h"
#include "pdf_reader.h"
#include "reports/record_reports.h"
#include "reports/sha256.h"
#include "support/sample_note.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

class RecordReportsTest : public ::testing::Test {
protected:
    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    sharing::ReportHeader m_header = knotwork::testing::sampleReportHeader(Date(2026, 11, 30));
};

TEST_F(RecordReportsTest, ANoteCarriesEverySectionItsBodyChartAndItsSignature)
{
    sharing::NoteReportData data{m_header, knotwork::testing::sampleNote(7, Date(2026, 11, 24)),
                                 {clients::HealthFlag::Anticoagulants}};
    data.note.status = sessions::NoteStatus::Signed;
    data.note.signedBy = "Maya Lindqvist, RMT";
    data.note.signedAt = Timestamp::fromIso8601("2026-11-24T16:05:00Z");
    data.note.visitTime = TimeOfDay(15, 30, 0);
    const ReportPages report = layoutNoteReport(data, m_document);
    const WrittenPdf pdf = writeAndRead(report, m_document, m_dir.path(), "note-report");
    // The visit's time as every screen shows it (the PDF's text gives ICU's narrow space as a space).
    std::string shownTime = shortTime(*data.note.visitTime);
    if (const auto narrow = shownTime.find("\u202f"); narrow != std::string::npos)
        shownTime.replace(narrow, std::string("\u202f").size(), " ");
    EXPECT_THAT(pdf.text, HasSubstr(mediumDate(Date(2026, 11, 24)) + " " + shownTime));
    for (const char* text : {"Massage therapy treatment note", "Zoë Thị Nguyễn-Łukasiewicz", "Subjective", "Objective",
                             "Assessment", "Plan", "Headache reproduced by pressure on right suboccipitals.",
                             "Palpation on the body chart", "3 severe", "active trigger point", "by Maya Lindqvist, RMT",
                             "does not diagnose", "Precautions", "Takes anticoagulants (blood thinners) (lighter pressure",
                             "Nothing found. Answered no: Fever"})
        EXPECT_THAT(pdf.text, HasSubstr(text)) << text;
    EXPECT_THAT(textsOutsideMargins(report, m_document, 50), IsEmpty());
}

TEST_F(RecordReportsTest, AReferralVisitIsPrintedAsOneWithTheReferralMade)
{
    sharing::NoteReportData data{m_header, knotwork::testing::sampleNote(7, Date(2026, 11, 24)), {}};
    data.note.kind = sessions::NoteKind::Referral;
    data.note.subjective.rescreen[clients::SafetyIssue::SuddenSevereOnset] = true;
    data.note.plan.techniques.clear();
    data.note.plan.referralMade = true;
    data.note.plan.referredToName = "Dr Amara Okafor";
    data.note.plan.referralMethods = {sessions::ReferralMethod::Letter};
    data.note.status = sessions::NoteStatus::Signed;
    data.note.signedBy = "Maya Lindqvist, RMT";
    data.note.signedAt = Timestamp::fromIso8601("2026-11-24T16:05:00Z");
    const WrittenPdf pdf = writeAndRead(layoutNoteReport(data, m_document), m_document, m_dir.path(), "referral-note");
    std::string text = pdf.text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    for (const char* expected : {"Massage therapy referral visit note", "Referral visit: no treatment was given",
                                 "Present today: Sudden, severe onset", "To Dr Amara Okafor, by Letter"})
        EXPECT_THAT(text, HasSubstr(expected)) << expected;
    EXPECT_THAT(text, Not(HasSubstr("Precautions")));
}

TEST_F(RecordReportsTest, AnIntakeSummaryForTheClientsOwnRecordIsNotAddressedToAnyone)
{
    sharing::IntakeReportData data;
    data.header = m_header;
    data.header.recipient.reset();
    data.header.consent.reset();
    data.chart.client = m_header.client;
    data.chart.intake.headache.onset = "After a rear-end collision in March 2024";
    data.chart.intake.goals = "Drive to work without a headache";
    data.chart.diagnoses = {{clients::HeadacheType::Cervicogenic, 3, "", Date(2024, 4, 2), ""}};
    const ReportPages report = layoutIntakeReport(data, m_document);
    const WrittenPdf pdf = writeAndRead(report, m_document, m_dir.path(), "intake-summary");
    for (const char* text : {"Intake summary", "Copy for the client's record", "Headache history",
                             "After a rear-end collision in March 2024", "Drive to work without a headache",
                             "Cervicogenic headache", "Dr Amara Okafor, PT"})
        EXPECT_THAT(pdf.text, HasSubstr(text)) << text;
    EXPECT_THAT(pdf.text, Not(HasSubstr("consent to share")));
}

TEST(Sha256, MatchesThePublishedTestVector)
{
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(PageImage, ReadsTheSizeOfAPngAndAJpegAndRefusesAnythingElse)
{
    // The smallest valid headers: an 8-byte signature and IHDR (PNG); SOI, then an SOF0 (JPEG).
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x40\0\0\0\x20", 24);
    png += std::string(8, '\0');
    const auto pngImage = pageImage(png);
    ASSERT_TRUE(pngImage);
    EXPECT_EQ(pngImage->format, ImageFormat::Png);
    EXPECT_EQ(pngImage->pixelWidth, 64);
    EXPECT_EQ(pngImage->pixelHeight, 32);

    const std::string jpeg("\xFF\xD8\xFF\xC0\0\x11\x08\0\x30\0\x50\x03\x01\x22\0\x02\x11\x01", 18);
    const auto jpegImage = pageImage(jpeg);
    ASSERT_TRUE(jpegImage);
    EXPECT_EQ(jpegImage->format, ImageFormat::Jpeg);
    EXPECT_EQ(jpegImage->pixelWidth, 80);
    EXPECT_EQ(jpegImage->pixelHeight, 48);

    EXPECT_FALSE(pageImage("GIF89a......"));
}

} // namespace
} // namespace knotwork::reports
