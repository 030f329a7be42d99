#include "pdf_reader.h"

#include <gtest/gtest.h>
#include <sstream>

#include "support/practice_files.h"
#include "support/process.h"

namespace knotwork::reports {

namespace fs = std::filesystem;

namespace {

// Checks each text against the page's margins as it is replayed.
class MarginCheck : public PageCanvas {
public:
    MarginCheck(TextMeasurer& measurer, Rect allowed, std::vector<std::string>& outside)
        : m_measurer(measurer), m_allowed(allowed), m_outside(outside)
    {
    }
    void fill(const Path&, const Colour&) override {}
    void stroke(const Path&, const Stroke&) override {}
    void image(const PageImage&, const Rect&) override {}
    double textWidth(const std::string& utf8, const TextStyle& style) override { return m_measurer.width(utf8, style); }
    void text(const std::string& utf8, Point at, const TextStyle& style) override
    {
        const double width = textWidth(utf8, style);
        const double left = style.align == TextAlign::Left ? at.x : style.align == TextAlign::Centre ? at.x - width / 2
                                                                                                      : at.x - width;
        const bool inside = left >= m_allowed.x - 0.5 && left + width <= m_allowed.x + m_allowed.width + 0.5
                            && at.y - style.size >= m_allowed.y - 0.5 && at.y <= m_allowed.y + m_allowed.height + 0.5;
        if (!inside)
            m_outside.push_back(utf8);
    }

private:
    TextMeasurer& m_measurer;
    Rect m_allowed;
    std::vector<std::string>& m_outside;
};

} // namespace

WrittenPdf writeAndRead(const ReportPages& report, PdfDocument& document, const fs::path& dir, const std::string& name)
{
    WrittenPdf written;
    written.file = dir / (name + ".pdf");
    written.bytes = writePdf(report, document);
    knotwork::testing::writeBytes(written.file, written.bytes);
    const auto text = knotwork::testing::runProcess({"/usr/bin/pdftotext", written.file.string(), "-"});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    written.text = text.out;
    written.pageCount = std::stoi(pdfInfo(written.file, "Pages"));

    const fs::path pages = fs::path(KNOTWORK_REPORT_PAGES_DIR);
    fs::create_directories(pages);
    const auto rendered = knotwork::testing::runProcess(
        {"/usr/bin/pdftoppm", "-r", "60", "-png", written.file.string(), (pages / name).string()});
    EXPECT_EQ(rendered.exitCode, 0) << rendered.err;
    return written;
}

std::string pdfInfo(const fs::path& file, const std::string& key)
{
    const auto info = knotwork::testing::runProcess({"/usr/bin/pdfinfo", file.string()});
    std::istringstream lines(info.out);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with(key + ":")) {
            const std::size_t value = line.find_first_not_of(' ', key.size() + 1);
            return value == std::string::npos ? std::string() : line.substr(value);
        }
    return {};
}

std::vector<std::string> textsOutsideMargins(const ReportPages& report, TextMeasurer& measurer, double margin)
{
    const Rect paper = paperBounds(report.paper);
    std::vector<std::string> outside;
    MarginCheck check(measurer, {margin, 20, paper.width - 2 * margin, paper.height - 40}, outside);
    for (const RecordedPage& page : report.pages)
        page.replay(check);
    return outside;
}

std::string drawnText(const ReportPages& report, const std::string& separator)
{
    std::string text;
    for (const RecordedPage& page : report.pages)
        for (const std::string& drawn : page.texts())
            text.append(drawn).append(separator);
    return text;
}

} // namespace knotwork::reports
