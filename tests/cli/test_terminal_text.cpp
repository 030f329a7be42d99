#include <gtest/gtest.h>

#include "app/cli/terminal_text.h"

namespace knotwork::cli {
namespace {

TEST(TerminalText, PrintableTextInAnyScriptIsShownAsItIs)
{
    EXPECT_EQ(terminalText("Nguyễn, Zoë 😀 李 'O\\Brien'"), "Nguyễn, Zoë 😀 李 'O\\Brien'");
    EXPECT_EQ(terminalText("12 Elm St\nToronto"), "12 Elm St\nToronto") << "an address keeps its lines";
}

TEST(TerminalText, ControlCharactersAreShownAsEscapes)
{
    EXPECT_EQ(terminalText("Lima\x1b]0;owned\x07\x1b[2J"), "Lima\\e]0;owned\\x07\\e[2J");
    EXPECT_EQ(terminalText("a\tb\rc"), "a\\tb\\rc");
    EXPECT_EQ(terminalText(std::string("nul\0", 4)), "nul\\x00");
    EXPECT_EQ(terminalText("del\x7f"), "del\\x7f");
    EXPECT_EQ(terminalText("csi\xc2\x9b""31m"), "csi\\x9b31m") << "the 8-bit CSI, as UTF-8";
}

TEST(TerminalText, BytesThatAreNotUtf8AreShownAsEscapes)
{
    EXPECT_EQ(terminalText("Lima\xff\xfe"), "Lima\\xff\\xfe");
    EXPECT_EQ(terminalText("cut \xc3"), "cut \\xc3");
    EXPECT_EQ(terminalText("\xed\xa0\x80"), "\\xed\\xa0\\x80") << "a surrogate is not UTF-8";
}

} // namespace
} // namespace knotwork::cli
