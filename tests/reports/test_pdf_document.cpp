#include <algorithm>
#include <regex>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "reports/pdf_document.h"
#include "reports/recorded_page.h"
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

// How much ink a page holds: dark pixels of the page rendered by poppler in grey.
long darkPixels(const std::filesystem::path& pdf, int page)
{
    const auto rendered = knotwork::testing::runProcess(
        {"/usr/bin/pdftoppm", "-gray", "-r", "36", "-f", std::to_string(page), "-l", std::to_string(page),
         "-singlefile", pdf.string(), (pdf.parent_path() / "page").string()});
    EXPECT_EQ(rendered.exitCode, 0) << rendered.err;
    const std::string image = knotwork::testing::readBytes(pdf.parent_path() / "page.pgm");
    // "P5\n<width> <height>\n255\n" then one byte per pixel
    std::size_t start = 0;
    for (int newlines = 0; newlines < 3 && start < image.size(); ++start)
        newlines += image[start] == '\n';
    return std::count_if(image.begin() + static_cast<long>(start), image.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 128; });
}

// Text extraction reads the ToUnicode map, not the drawn glyphs, so it cannot see an accent
// that is missing from the page; the ink can. Each accented letter must print more ink than its
// base letter (a font or subsetting that drops diacritics prints the same, or nothing).
TEST(PdfDocument, AccentsArePrintedNotJustRecorded)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "accents.pdf";
    const std::pair<const char*, const char*> letters[] = {
        {"ễ", "e"}, {"ă", "a"}, {"ë", "e"}, {"ó", "o"}, {"Ł", "L"}, {"ñ", "n"}};
    {
        PdfDocument document;
        HPDF_Font font = document.loadFont(defaultFontPath());
        for (const auto& [accented, base] : letters) {
            document.writeText(document.addPage(PaperSize::A4), font, 200, 100, 400, accented);
            document.writeText(document.addPage(PaperSize::A4), font, 200, 100, 400, base);
        }
        document.save(file);
    }
    int page = 1;
    for (const auto& [accented, base] : letters) {
        const long accentedInk = darkPixels(file, page++);
        const long baseInk = darkPixels(file, page++);
        EXPECT_GT(accentedInk, baseInk + baseInk / 10) << accented << " printed like " << base;
    }
}

enum class Operators { Normalised, AsWritten };

// A page's drawing operators as qpdf reads them back, decompressed, one a line: normalised, each
// operator written again by qpdf (a string of binary bytes in hex), or as the page wrote them.
std::string pageContent(const std::filesystem::path& pdf, Operators operators = Operators::Normalised)
{
    const auto readable = pdf.parent_path() / "readable.pdf";
    const auto decompressed = knotwork::testing::runProcess(
        {"/usr/bin/qpdf", "--qdf", "--object-streams=disable",
         operators == Operators::Normalised ? "--normalize-content=y" : "--normalize-content=n", pdf.string(),
         readable.string()});
    EXPECT_EQ(decompressed.exitCode, 0) << decompressed.err;
    return knotwork::testing::readBytes(readable);
}

// Saves as `file` a document of one report page drawn by `draw` on a RecordedPage.
template <typename Draw>
void saveOnePage(const std::filesystem::path& file, PaperSize size, Draw&& draw)
{
    PdfDocument document;
    RecordedPage page(document);
    draw(page);
    document.addPages({page}, size);
    document.save(file);
}

// A page writes only what changes from one drawing to the next (colours, line styles), so nothing
// a drawing sets may leak into the next: a dashed line's pattern ends with it, a translucent
// fill's colour is set again for an opaque one, and every point is where it was drawn.
TEST(PdfDocument, EachDrawingIsWrittenAsDrawnWhateverWasDrawnBeforeIt)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "drawing.pdf";
    const Colour red{255, 0, 0};
    saveOnePage(file, PaperSize::UsLetter, [&](RecordedPage& page) {  // 792 points high: y 100.5 is 691.5 up
        page.stroke(Path().moveTo({0.125, 100.5}).lineTo({-3.75, 100.5}), Stroke(red, 1.5, {6, 4}));
        page.stroke(Path().moveTo({10, 200}).lineTo({20, 200}), Stroke(red, 1.5));
        page.fill(Path::rectangle({10, 300, 20, 10}), red.withAlpha(128));
        page.fill(Path::rectangle({10, 400, 20, 10}), red);
        page.text("Zoë", {72, 500}, TextStyle{12, false, red});
    });
    const std::string content = pageContent(file);
    EXPECT_THAT(content, HasSubstr("[6 4 ] 0 d\n1 j\n0.125 691.5 m\n-3.75 691.5 l\nS\n"));
    EXPECT_THAT(content, HasSubstr("[] 0 d\n10 592 m\n20 592 l\nS\n")) << "the solid line was drawn dashed";
    std::size_t fills = 0;
    for (std::size_t at = content.find("1 0 0 rg"); at != std::string::npos; at = content.find("1 0 0 rg", at + 1))
        ++fills;
    EXPECT_EQ(fills, 2u) << "the opaque fill took the translucent one's colour, set inside its saved state";
    EXPECT_THAT(content, HasSubstr("1 0 0 rg\n10 392 20 -10 re\nf\n")) << "a rectangle is one operator";
    EXPECT_THAT(content, HasSubstr("1 0 0 1 72 292 Tm"));
    const auto text = knotwork::testing::runProcess({"/usr/bin/pdftotext", file.string(), "-"});
    EXPECT_THAT(text.out, HasSubstr("Zoë"));
}

// A chart's round marker is a line of no length with round ends, as wide as the circle.
TEST(PdfDocument, ACircleIsFilledAsOneRoundDot)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "dot.pdf";
    saveOnePage(file, PaperSize::UsLetter,
                [](RecordedPage& page) { page.fill(Path::ellipse({100.25, 200}, 3, 3), Colour{255, 0, 0}); });
    EXPECT_THAT(pageContent(file), HasSubstr("1 0 0 RG\n6 w\n1 J\n100.25 592 m\n100.25 592 l\nS\n"));
}

// The strings the text operators of a PDF's pages show, in order, as qpdf reads them back: in hex,
// however the page wrote them (qpdf may break the line after a string that held an end of line).
std::vector<std::string> shownTexts(const std::filesystem::path& pdf)
{
    static const std::regex shownString(R"(<([0-9a-f]*)>\s*Tj)");
    const std::string content = pageContent(pdf);
    std::vector<std::string> shown;
    for (auto match = std::sregex_iterator(content.begin(), content.end(), shownString); match != std::sregex_iterator();
         ++match)
        shown.push_back((*match)[1]);
    return shown;
}

// A report's page writes its text itself, without libharu measuring it glyph by glyph again: each
// run must be the same glyph codes libharu writes, in any script, and text libharu encodes its own
// way (beyond U+FFFF, broken UTF-8) is left to libharu. The page writes a literal string where
// libharu writes hex: a code byte that is a delimiter, the escape or an end of line (ĨĩŜ are 0x0128,
// 0x0129, 0x015C; č and Ċ 0x010D and 0x010A) must read back as the same code.
TEST(PdfDocument, TextIsWrittenInTheCodesLibharuWrites)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "text.pdf";
    const std::vector<std::string> runs = {"Zoë Łukasz Nguyễn Văn An · 5 → 3", "Ωμέγα Жанна", "a\xF0\x9F\x98\x80" "b", "x\xE2\x80" "y",
                                           "O'Brien (née Ĩĩ) \\ Ŝ", "Čeněk Ċ", "a\rb\r\nc\n"};
    {
        PdfDocument document;
        RecordedPage page(document);
        for (std::size_t i = 0; i < runs.size(); ++i)
            page.text(runs[i], {72, 100 + 20.0 * static_cast<double>(i)}, TextStyle{12, false, {}});
        document.addPages({page}, PaperSize::A4);
        HPDF_Page byLibharu = document.addPage(PaperSize::A4);
        for (const std::string& run : runs)
            document.writeText(byLibharu, document.reportFont(false), 12, 72, 700, run);
        document.save(file);
    }
    const std::vector<std::string> shown = shownTexts(file);
    ASSERT_EQ(shown.size(), 2 * runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i)
        EXPECT_EQ(shown[i], shown[runs.size() + i]) << runs[i];
    const auto text = knotwork::testing::runProcess({"/usr/bin/pdftotext", file.string(), "-"});
    EXPECT_THAT(text.out, HasSubstr("Zoë Łukasz Nguyễn Văn An · 5 → 3"));
    EXPECT_THAT(text.out, HasSubstr("Ωμέγα Жанна"));
    EXPECT_THAT(text.out, HasSubstr("O'Brien (née Ĩĩ) \\ Ŝ"));
    EXPECT_THAT(text.out, HasSubstr("Čeněk Ċ"));
}

// Two bytes a character in a literal string, half of libharu's four hex digits to compress; a CR
// escaped, as a reader would read it as LF.
TEST(PdfDocument, AReportPageWritesItsTextAsLiteralStrings)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "literal.pdf";
    saveOnePage(file, PaperSize::A4,
                [](RecordedPage& page) { page.text("(a\\b\r)", {72, 100}, TextStyle{12, false, {}}); });
    using namespace std::string_literals;
    EXPECT_THAT(pageContent(file, Operators::AsWritten), HasSubstr("(\0\\(\0a\0\\\\\0b\0\\r\0\\)) Tj\n"s));
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

TEST(PdfDocument, ADrawingLibharuRefusesIsAnExceptionSayingWhatWasDrawn)
{
    PdfDocument document;
    RecordedPage page(document);
    page.text("negative size", {72, 100}, TextStyle{-5, false, {}});
    try {
        document.addPages({page}, PaperSize::A4);
        FAIL() << "drew text of a negative size";
    } catch (const ReportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("write text"));
    }
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
