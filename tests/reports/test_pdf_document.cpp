#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "reports/pdf_document.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;

TEST(PdfDocument, PrintsNamesInAnyScriptAsTypedInACompressedFile)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "names.pdf";
    {
        PdfDocument document;
        HPDF_Font font = document.loadFont(defaultFontPath());
        HPDF_Page page = document.addPage(PaperSize::A4);
        document.writeText(page, font, 12, 72, 760, "Zoë Martin, Łukasz Wójcik, Nguyễn Văn An");
        document.save(file);
    }
    const std::string bytes = knotwork::testing::readBytes(file);
    EXPECT_TRUE(bytes.starts_with("%PDF-"));
    EXPECT_LT(bytes.size(), 200u * 1024) << "the embedded font should be compressed";
    EXPECT_FALSE(std::filesystem::exists(dir / "names.pdf.partial"));

    const auto text = knotwork::testing::runProcess({"/usr/bin/pdftotext", file.string(), "-"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("Zoë Martin, Łukasz Wójcik, Nguyễn Văn An"));
}

TEST(PdfDocument, PagesHaveThePaperSizeOfThePractice)
{
    PdfDocument document;
    HPDF_Page a4 = document.addPage(PaperSize::A4);
    HPDF_Page letter = document.addPage(PaperSize::UsLetter);
    EXPECT_NEAR(HPDF_Page_GetWidth(a4), 595.3, 0.5);
    EXPECT_NEAR(HPDF_Page_GetHeight(a4), 841.9, 0.5);
    EXPECT_NEAR(HPDF_Page_GetWidth(letter), 612, 0.5);
    EXPECT_NEAR(HPDF_Page_GetHeight(letter), 792, 0.5);
}

TEST(PdfDocument, MeasuresTextSoLayoutsCanWrapAndAlign)
{
    PdfDocument document;
    HPDF_Font font = document.loadFont(defaultFontPath());
    HPDF_Page page = document.addPage(PaperSize::A4);
    const float short_ = document.textWidth(page, font, 10, "Zoë");
    const float long_ = document.textWidth(page, font, 10, "Zoë Martin");
    EXPECT_GT(short_, 0);
    EXPECT_GT(long_, short_);
    EXPECT_NEAR(document.textWidth(page, font, 20, "Zoë"), 2 * short_, 0.01);
}

TEST(PdfDocument, AMissingFontIsNamedInTheError)
{
    PdfDocument document;
    try {
        document.loadFont("/nowhere/NoSuchFont.ttf");
        FAIL() << "loaded a missing font";
    } catch (const ReportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("/nowhere/NoSuchFont.ttf"));
    }
}

TEST(PdfDocument, ALibharuFailureBecomesAnExceptionAndTheDocumentStaysUsable)
{
    knotwork::testing::TempDir dir;
    PdfDocument document;
    HPDF_Font font = document.loadFont(defaultFontPath());
    HPDF_Page page = document.addPage(PaperSize::A4);
    EXPECT_THROW(document.writeText(page, font, -5, 72, 700, "negative size"), ReportError);
    document.writeText(page, font, 12, 72, 700, "still fine");
    document.save(dir / "after-error.pdf");
    EXPECT_TRUE(std::filesystem::exists(dir / "after-error.pdf"));
}

TEST(PdfDocument, AReportThatCannotBeWrittenLeavesNothingBehind)
{
    knotwork::testing::TempDir dir;
    PdfDocument document;
    document.addPage(PaperSize::A4);
    const auto destination = dir / "missing-folder" / "report.pdf";
    EXPECT_THROW(document.save(destination), ReportError);
    EXPECT_FALSE(std::filesystem::exists(destination));
}

} // namespace
} // namespace knotwork::reports
