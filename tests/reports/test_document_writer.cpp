#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "reports/document_writer.h"

namespace knotwork::reports {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;

class DocumentWriterTest : public ::testing::Test {
protected:
    std::vector<RecordedPage> finish()
    {
        return m_flow.finish([](RecordedPage&, int, int) {});
    }
    ReportPages report()
    {
        return {PaperSize::A4, {}, finish()};
    }

    PdfDocument m_document;
    PageFlow m_flow{PaperSize::A4, m_document};
    DocumentWriter m_writer{m_flow};
};

TEST_F(DocumentWriterTest, ATableLongerThanAPageContinuesWithItsHeaderOnEveryPage)
{
    Table table{{{"Visit", 1}, {"Headache days", 1, TextAlign::Right}}, {}};
    for (int visit = 1; visit <= 120; ++visit)
        table.rows.push_back({"Visit " + std::to_string(visit), std::to_string(visit % 9)});
    m_writer.table(table);
    const std::vector<RecordedPage> pages = finish();
    ASSERT_GE(pages.size(), 3u);
    int rows = 0;
    for (const RecordedPage& page : pages) {
        const auto texts = page.texts();
        EXPECT_THAT(texts, Contains("Headache days"));
        rows += static_cast<int>(std::count_if(texts.begin(), texts.end(),
                                               [](const std::string& t) { return t.starts_with("Visit "); }));
    }
    EXPECT_EQ(rows, 120) << "every row printed once";
}

TEST_F(DocumentWriterTest, ARowTallerThanAPageIsSplitByLinesNotCut)
{
    std::string tall;
    for (int line = 1; line <= 150; ++line)
        tall += "line " + std::to_string(line) + "\n";
    m_writer.table({{{"Note", 1}}, {{tall}}});
    std::vector<std::string> printed;
    for (const RecordedPage& page : finish())
        for (const std::string& text : page.texts())
            if (text.starts_with("line "))
                printed.push_back(text);
    ASSERT_EQ(printed.size(), 150u);
    EXPECT_EQ(printed.back(), "line 150");
}

TEST_F(DocumentWriterTest, AHeadingIsNeverLeftAloneAtTheFootOfAPage)
{
    while (m_flow.remaining() > 30)
        m_writer.paragraph("Filler text that takes one line.");
    m_writer.heading("Goals");
    m_writer.paragraph("The first goal.");
    const std::vector<RecordedPage> pages = finish();
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_THAT(pages[1].texts(), Contains("Goals"));
}

// The progress report's goals: a heading and a table header at the foot of a page, their first
// row on the next, read as an empty table.
TEST_F(DocumentWriterTest, AHeadingAndATablesHeaderStayWithItsFirstRow)
{
    const Table goals{{{"Goal", 2}, {"Baseline", 1}, {"Status", 1}},
                      {{"Headache days per month", "17 days", "Met since Mar 28, 2025; responder (62 % fewer days)"}}};
    while (m_flow.remaining() > 75)
        m_writer.paragraph("Filler text that takes one line.");
    ASSERT_LT(m_flow.remaining(), m_writer.tableOpening(goals) + 30) << "the test needs a page nearly full";
    m_writer.heading("Goals", m_writer.tableOpening(goals));
    m_writer.table(goals);
    const std::vector<RecordedPage> pages = finish();
    ASSERT_EQ(pages.size(), 2u);
    for (const char* text : {"Goals", "Baseline", "Headache days per month"})
        EXPECT_THAT(pages[1].texts(), Contains(text)) << text;
    EXPECT_THAT(pages[0].texts(), ::testing::Not(Contains("Baseline")));
}

TEST_F(DocumentWriterTest, LongTextOfEveryKindStaysInsideTheMargins)
{
    const std::string unbroken(300, 'W');
    const std::string words = "Suboccipital release, trigger-point pressure and myofascial release to the upper "
                              "trapezius and levator scapulae; " + unbroken;
    m_writer.title(words);
    m_writer.heading(words);
    m_writer.paragraph(words);
    m_writer.bullets({words, words});
    m_writer.fields({{words, words}});
    m_writer.table({{{"A", 1}, {"B", 2, TextAlign::Right}}, {{words, words}}});
    EXPECT_THAT(textsOutsideMargins(report(), m_document, m_flow.style().margin), IsEmpty());
}

} // namespace
} // namespace knotwork::reports
