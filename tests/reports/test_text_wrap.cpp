#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "reports/text_wrap.h"

namespace knotwork::reports {
namespace {

using ::testing::ElementsAre;

// One unit per character (not per byte), so accented names measure as they read.
double characters(const std::string& text)
{
    double count = 0;
    for (const char byte : text)
        count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    return count;
}

TEST(TextWrap, BreaksAtSpacesSoNoLineIsWiderThanAsked)
{
    const auto lines = wrapText("Suboccipital release and trigger-point pressure to the upper trapezius", 20, characters);
    EXPECT_THAT(lines, ElementsAre("Suboccipital release", "and trigger-point", "pressure to the", "upper trapezius"));
}

TEST(TextWrap, AWordWiderThanALineIsSplitBetweenCharactersNeverInsideOne)
{
    const std::string word = "Nguyễn-Łukasiewicz-Wójcik";
    const auto lines = wrapText(word, 6, characters);
    std::string joined;
    for (const std::string& line : lines) {
        EXPECT_LE(characters(line), 6) << line;
        EXPECT_NE(static_cast<unsigned char>(line.front()) & 0xC0, 0x80) << "a line starts inside a character";
        joined += line;
    }
    EXPECT_EQ(joined, word);
}

TEST(TextWrap, KeepsTheTextsOwnLineBreaksAndEmptyLines)
{
    EXPECT_THAT(wrapText("Reading\n\nDriving", 40, characters), ElementsAre("Reading", "", "Driving"));
}

TEST(TextWrap, EmptyTextHasNoLines)
{
    EXPECT_TRUE(wrapText("", 40, characters).empty());
}

} // namespace
} // namespace knotwork::reports
