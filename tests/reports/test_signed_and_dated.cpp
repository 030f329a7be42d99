// Who signed a document and when: the therapist's signature image or "Electronically signed by …
// on …" under a report, and a note that says when it was signed and when this copy was printed.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/date_text.h"
#include "common/locale_date.h"
#include "pdf_reader.h"
#include "reports/progress_report.h"
#include "reports/record_reports.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/sample_note.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The PDF's text gives ICU's narrow space in a time as a space.
std::string asExtracted(std::string text)
{
    for (auto narrow = text.find("\u202f"); narrow != std::string::npos; narrow = text.find("\u202f"))
        text.replace(narrow, std::string("\u202f").size(), " ");
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

class SignedAndDatedTest : public ::testing::Test {
protected:
    SignedAndDatedTest()
    {
        m_data.header.writtenAt = Timestamp::fromIso8601("2026-08-13T16:42:00Z");
        m_data.header.written = m_data.header.writtenAt->local().date();
    }
    std::string printed() const { return asExtracted(momentText(*m_data.header.writtenAt, &mediumDate)); }
    WrittenPdf write(const std::string& name)
    {
        m_report = layoutProgressReport(m_data, m_document);
        WrittenPdf pdf = writeAndRead(m_report, m_document, m_dir.path(), name);
        pdf.text = asExtracted(pdf.text);
        return pdf;
    }
    std::string imagesIn(const WrittenPdf& pdf)
    {
        const auto images = knotwork::testing::runProcess({"/usr/bin/pdfimages", "-list", pdf.file.string()});
        EXPECT_EQ(images.exitCode, 0) << images.err;
        return images.out;
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    ReportPages m_report;
    sharing::ProgressReportData m_data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
};

TEST_F(SignedAndDatedTest, WithoutASignatureImageTheReportIsElectronicallySignedWithTheDateAndTime)
{
    const WrittenPdf pdf = write("signed-electronically");
    EXPECT_THAT(pdf.text, HasSubstr("Electronically signed by Maya Lindqvist, RMT on " + printed()));
    EXPECT_THAT(pdf.text, HasSubstr("Licence M-4821"));
    EXPECT_THAT(imagesIn(pdf), Not(HasSubstr(" image "))) << "no image, no empty signature line";
}

TEST_F(SignedAndDatedTest, TheSignatureImageIsPrintedAboveTheLineOnTheLastPage)
{
    const auto signature = m_dir / "signature.png";
    const auto drawn =
        knotwork::testing::runProcess({"/usr/bin/convert", "-size", "300x90", "xc:#0b2545", signature.string()});
    ASSERT_EQ(drawn.exitCode, 0) << drawn.err;
    m_data.header.signature = knotwork::testing::readBytes(signature);
    const WrittenPdf pdf = write("signed-with-image");
    // pdfimages -list: page, number, type, width, height. The signature, once, on the last page.
    EXPECT_THAT(imagesIn(pdf), HasSubstr("   " + std::to_string(pdf.pageCount) + "     0 image     300    90"));
    EXPECT_THAT(pdf.text, HasSubstr("Maya Lindqvist, RMT · Licence M-4821 Signed " + printed()));
    EXPECT_THAT(pdf.text, Not(HasSubstr("Electronically signed")));
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), ::testing::IsEmpty());
}

TEST_F(SignedAndDatedTest, ANoteSaysWhenItWasSignedAndByWhomAndWhenItWasPrinted)
{
    sharing::NoteReportData data{m_data.header, knotwork::testing::sampleNote(7, Date(2026, 8, 4)), {}};
    data.note.status = sessions::NoteStatus::Signed;
    data.note.signedBy = "Maya Lindqvist, RMT";
    data.note.signedAt = Timestamp::fromIso8601("2026-08-04T19:10:00Z");
    const ReportPages report = layoutNoteReport(data, m_document);
    const std::string text = asExtracted(writeAndRead(report, m_document, m_dir.path(), "note-signed").text);
    const std::string signedAt = asExtracted(momentText(*data.note.signedAt, &mediumDate));
    EXPECT_THAT(text, HasSubstr("Signed " + signedAt + " by Maya Lindqvist, RMT · Printed " + printed()));
    EXPECT_THAT(text, Not(HasSubstr("Written"))) << "the print date never passes for the note's";

    data.note.status = sessions::NoteStatus::Draft;
    data.note.signedAt.reset();
    const std::string draft =
        asExtracted(writeAndRead(layoutNoteReport(data, m_document), m_document, m_dir.path(), "note-draft").text);
    EXPECT_THAT(draft, HasSubstr("Draft — not signed · Printed " + printed()));
}

} // namespace
} // namespace knotwork::reports
