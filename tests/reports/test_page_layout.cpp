// Page breaks a reader notices: a table row alone at a page's foot or top, and a page holding
// nothing but the closing statement and the signature.
#include <algorithm>
#include <numeric>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "reports/document_writer.h"
#include "reports/report_frame.h"
#include "support/sample_report.h"

namespace knotwork::reports {
namespace {

using ::testing::Contains;
using ::testing::Each;
using ::testing::Ge;
using ::testing::HasSubstr;
using ::testing::Not;

Table visits(int rows)
{
    Table table{{{"Visit", 2}, {"Headache days", 1, TextAlign::Right}}, {}};
    for (int row = 1; row <= rows; ++row)
        table.rows.push_back({"Visit " + std::to_string(row), std::to_string(row % 9)});
    return table;
}

// How many of the table's rows each page holds, for the pages that hold any.
std::vector<int> rowsPerPage(const std::vector<RecordedPage>& pages)
{
    std::vector<int> counts;
    for (const RecordedPage& page : pages) {
        const auto texts = page.texts();
        const auto rows = std::ranges::count_if(texts, [](const std::string& t) { return t.starts_with("Visit "); });
        if (rows > 0)
            counts.push_back(static_cast<int>(rows));
    }
    return counts;
}

class PageLayoutTest : public ::testing::Test {
protected:
    // A one-line row's height, and the header's.
    double row() const { return m_flow.style().lineHeight(m_flow.style().body()) + 2 * m_flow.style().cellPadding; }
    double header() const { return (m_flow.style().bodySize - 0.5) * m_flow.style().lineSpacing + 2 * m_flow.style().cellPadding; }
    // Room for the table's header and `rows` rows and not one more: one-line paragraphs (shorter
    // than a row) fill the page until no more is left.
    void leaveRoomFor(int rows)
    {
        fillTo(header() + (rows + 1) * row() - 0.5);
        ASSERT_GE(m_flow.remaining(), header() + rows * row());
    }
    // Fills the page with one-line paragraphs until no more than `room` points are left.
    void fillTo(double room)
    {
        while (m_flow.remaining() > room)
            m_writer.paragraph("Filler text that takes one line.");
    }
    std::vector<RecordedPage> finish()
    {
        return m_flow.finish([](RecordedPage&, int, int) {});
    }

    PdfDocument m_document;
    PageFlow m_flow{PaperSize::A4, m_document};
    DocumentWriter m_writer{m_flow};
};

TEST_F(PageLayoutTest, ATableNeverStartsWithOneRowAtAPagesFoot)
{
    leaveRoomFor(1);
    m_writer.table(visits(8));
    const std::vector<int> rows = rowsPerPage(finish());
    EXPECT_THAT(rows, Each(Ge(2))) << ::testing::PrintToString(rows);
    EXPECT_EQ(std::accumulate(rows.begin(), rows.end(), 0), 8);
}

TEST_F(PageLayoutTest, ATablesLastRowNeverGoesOverAlone)
{
    leaveRoomFor(8);
    m_writer.table(visits(9));
    const std::vector<RecordedPage> pages = finish();
    const std::vector<int> rows = rowsPerPage(pages);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_THAT(rows, Each(Ge(2))) << ::testing::PrintToString(rows);
    EXPECT_EQ(rows[0] + rows[1], 9);
    EXPECT_THAT(pages.back().texts(), Contains("Headache days")) << "the header is repeated over the last rows";
}

TEST_F(PageLayoutTest, AThreeRowTableThatDoesNotFitMovesWhole)
{
    leaveRoomFor(2);
    m_writer.table(visits(3));
    const std::vector<RecordedPage> pages = finish();
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_THAT(rowsPerPage(pages), ::testing::ElementsAre(3));
    EXPECT_THAT(pages[0].texts(), Not(Contains("Headache days")));
}

class ClosingLayoutTest : public PageLayoutTest {
protected:
    std::vector<RecordedPage> finishReport()
    {
        return finishDocument(m_flow, m_writer, m_header, "Massage therapy progress report", Signature::Block).pages;
    }

    sharing::ReportHeader m_header = knotwork::testing::sampleReportHeader(Date(2026, 11, 23));
};

bool onlyClosing(const RecordedPage& page)
{
    for (const std::string& text : page.texts())
        if (text.find("Scope of practice") == std::string::npos && text.find("signed") == std::string::npos
            && text.find("Licence") == std::string::npos && text.find("consent") == std::string::npos
            && text.find("massage therapist's observations") == std::string::npos
            && text.find("diagnosed by the provider") == std::string::npos && text.find("Confidential") == std::string::npos
            && text.find("Page ") != 0 && text.find("Massage therapy progress report") == std::string::npos
            && text.find("Knotwork Test Massage") == std::string::npos && text.find("the sender") == std::string::npos)
            return false;
    return true;
}

TEST_F(ClosingLayoutTest, TheSignatureNeverStandsAloneOnTheLastPage)
{
    m_writer.heading("Screening and medical clearance");
    fillTo(60);  // the section runs to the page's foot: the closing cannot fit under it
    const std::vector<RecordedPage> pages = finishReport();
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_FALSE(onlyClosing(pages.back())) << "the end of the last section comes over with the signature";
    EXPECT_THAT(pages.back().texts(), Contains("Filler text that takes one line."));
    EXPECT_THAT(pages.back().texts(), Contains(HasSubstr("Electronically signed by Maya Lindqvist, RMT on")));
    EXPECT_THAT(pages.front().texts(), Contains("Filler text that takes one line.")) << "and only the end of it";
}

TEST_F(ClosingLayoutTest, AHeadingIsNotLeftBehindWhenTheTailMoves)
{
    fillTo(200);
    m_writer.heading("Screening and medical clearance");
    m_writer.fields({{"Latest re-screen", "No red flags were found at the re-screen of Nov 11, 2026."},
                     {"Re-screens this period", "21 of 21 visits; no red flags found"}});
    fillTo(60);
    const std::vector<RecordedPage> pages = finishReport();
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_FALSE(onlyClosing(pages.back()));
    const auto first = pages.front().texts();
    const bool headingFirst = std::ranges::find(first, "Screening and medical clearance") != first.end();
    const bool fieldFirst = std::ranges::find(first, "Latest re-screen") != first.end();
    EXPECT_EQ(headingFirst, fieldFirst) << "a heading and its first lines stay together";
}

} // namespace
} // namespace knotwork::reports
