// Every document sent out carries the record chain's head in small type at the foot of each page,
// so its recipient holds a witness of the record as it was; a practice without a chain prints none.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "reports/home_care_handout.h"
#include "reports/progress_report.h"
#include "reports/record_reports.h"
#include "support/sample_note.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr const char* kWitness = "chain 1234 · 9f3a1b2c4d5e6f70";

int occurrences(const std::string& text, const std::string& piece)
{
    int found = 0;
    for (auto at = text.find(piece); at != std::string::npos; at = text.find(piece, at + piece.size()))
        ++found;
    return found;
}

class ChainWitness : public ::testing::Test {
protected:
    sharing::NoteReportData signedNote()
    {
        sharing::NoteReportData data{m_header, knotwork::testing::sampleNote(7, Date(2026, 11, 24)), {}};
        data.note.status = sessions::NoteStatus::Signed;
        data.note.signedBy = "Maya Lindqvist, RMT";
        data.note.signedAt = Timestamp::fromIso8601("2026-11-24T16:05:00Z");
        return data;
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    sharing::ReportHeader m_header = [] {
        sharing::ReportHeader header = knotwork::testing::sampleReportHeader(Date(2026, 11, 30));
        header.chainWitness = kWitness;
        return header;
    }();
};

TEST_F(ChainWitness, AProgressReportPrintsItOnEveryPageInsideTheMargins)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(8, Date(2026, 9, 1));
    data.header.chainWitness = kWitness;
    const ReportPages report = layoutProgressReport(data, m_document);
    const WrittenPdf pdf = writeAndRead(report, m_document, m_dir.path(), "witness-progress");
    ASSERT_GT(pdf.pageCount, 1);
    EXPECT_EQ(occurrences(pdf.text, std::string("Record witness: ") + kWitness), pdf.pageCount) << pdf.text;
    EXPECT_THAT(textsOutsideMargins(report, m_document, 20), IsEmpty());
}

TEST_F(ChainWitness, ANoteReportAndAHandoutPrintIt)
{
    const WrittenPdf note = writeAndRead(layoutNoteReport(signedNote(), m_document), m_document, m_dir.path(),
                                         "witness-note");
    EXPECT_EQ(occurrences(note.text, std::string("Record witness: ") + kWitness), note.pageCount);
    PdfDocument handoutDocument;
    const ReportPages handout = layoutHomeCareHandout(signedNote(), handoutDocument);
    const WrittenPdf handoutPdf = writeAndRead(handout, handoutDocument, m_dir.path(), "witness-handout");
    EXPECT_THAT(handoutPdf.text, HasSubstr("Questions?"));
    EXPECT_EQ(occurrences(handoutPdf.text, std::string("Record witness: ") + kWitness), handoutPdf.pageCount);
    EXPECT_THAT(textsOutsideMargins(handout, handoutDocument, 20), IsEmpty());
}

TEST_F(ChainWitness, WithoutAChainNothingIsPrinted)
{
    sharing::NoteReportData data = signedNote();
    data.header.chainWitness.clear();
    const WrittenPdf pdf = writeAndRead(layoutNoteReport(data, m_document), m_document, m_dir.path(), "no-witness");
    EXPECT_THAT(pdf.text, Not(HasSubstr("Record witness")));
}

} // namespace
} // namespace knotwork::reports
