// The text rules of an iCalendar file (RFC 5545): what a TEXT value escapes, and how a long
// content line folds without cutting a character in two.
#include <gtest/gtest.h>

#include "schedule/ics_text.h"

namespace knotwork::schedule {
namespace {

TEST(IcsText, EscapesBackslashSemicolonCommaAndLineEnds)
{
    EXPECT_EQ(icsText("Martin, Zoë; a \\ b"), "Martin\\, Zoë\\; a \\\\ b");
    EXPECT_EQ(icsText("one\r\ntwo\nthree\rfour"), "one\\ntwo\\nthree\\nfour") << "each line end is one \\n";
    EXPECT_EQ(icsText("plain: \"quoted\""), "plain: \"quoted\"") << "colons and quotes stay";
}

TEST(IcsText, DropsControlCharactersButTabAndReplacesBytesThatAreNotUtf8)
{
    EXPECT_EQ(icsText("a\tb\x01" "c\x7F" "d"), "a\tbcd");
    EXPECT_EQ(icsText("Zo\xC3"), "Zo\xEF\xBF\xBD") << "a cut sequence";
    EXPECT_EQ(icsText("\xA9t\xC3\xA9"), "\xEF\xBF\xBDt\xC3\xA9") << "a stray continuation byte";
}

TEST(IcsText, AShortLineStaysWhole)
{
    const std::string line = "SUMMARY:" + std::string(67, 'a');
    ASSERT_EQ(line.size(), 75u);
    EXPECT_EQ(foldedIcsLine(line), line);
}

TEST(IcsText, ALongLineFoldsAt75OctetsWithTheSpaceCounted)
{
    const std::string line = "SUMMARY:" + std::string(200, 'a');
    const std::string folded = foldedIcsLine(line);
    EXPECT_EQ(folded, "SUMMARY:" + std::string(67, 'a') + "\r\n " + std::string(74, 'a') + "\r\n "
                          + std::string(59, 'a'));
}

TEST(IcsText, AFoldNeverCutsACharacterInTwo)
{
    // "é" is two octets, "€" three: placed so that the 75th octet is inside each.
    const std::string twoOctets = "SUMMARY:" + std::string(66, 'a') + "é" + "b";
    EXPECT_EQ(foldedIcsLine(twoOctets), "SUMMARY:" + std::string(66, 'a') + "\r\n éb");
    const std::string threeOctets = "SUMMARY:" + std::string(65, 'a') + "€" + "b";
    EXPECT_EQ(foldedIcsLine(threeOctets), "SUMMARY:" + std::string(65, 'a') + "\r\n €b");
    const std::string fitting = "SUMMARY:" + std::string(64, 'a') + "€" + "b";
    EXPECT_EQ(foldedIcsLine(fitting), "SUMMARY:" + std::string(64, 'a') + "€\r\n b");
}

} // namespace
} // namespace knotwork::schedule
