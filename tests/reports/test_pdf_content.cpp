#include <cmath>
#include <string>
#include <gtest/gtest.h>

#include "reports/pdf_content.h"

namespace knotwork::reports {
namespace {

std::string written(float value, int decimals)
{
    char text[kLongestPdfNumber];
    return {text, writeNumber(text, value, decimals)};
}

TEST(PdfNumber, IsTheShortestTextOfTheNumberRoundedToItsDecimals)
{
    EXPECT_EQ(written(50, 2), "50");
    EXPECT_EQ(written(0.5f, 3), "0.5");
    EXPECT_EQ(written(768.59f, 5), "768.59003") << "a float's own digits, as libharu writes them";
    EXPECT_EQ(written(768.59f, 2), "768.59");
    EXPECT_EQ(written(12.3456f, 2), "12.35");
    EXPECT_EQ(written(0.125f, 2), "0.13") << "halves round away from zero";
    EXPECT_EQ(written(2.5f, 0), "3");
    EXPECT_EQ(written(0.04f, 5), "0.04");
}

TEST(PdfNumber, NegativeNumbersKeepTheirSignUnlessTheyRoundToNothing)
{
    EXPECT_EQ(written(-3.75f, 2), "-3.75");
    EXPECT_EQ(written(-0.006f, 2), "-0.01");
    EXPECT_EQ(written(-0.004f, 2), "0") << "a PDF reader needs no -0";
    EXPECT_EQ(written(0.000004f, 5), "0");
    EXPECT_EQ(written(-0.0f, 3), "0");
}

TEST(PdfNumber, LargeNumbersAreWrittenWholeWithoutAnExponent)
{
    EXPECT_EQ(written(1e6f, 2), "1000000");
    EXPECT_EQ(written(123456789.0f, 5), "123456792") << "the float's own value";
    const std::string huge = written(3e38f, 5);
    EXPECT_EQ(huge.find_first_not_of("0123456789"), std::string::npos) << huge;
    EXPECT_EQ(std::stof(huge), 3e38f);
    EXPECT_EQ(written(-1e20f, 2).front(), '-');
}

// A colour is written to a thousandth: every 8-bit value reads back as itself, as a reader turns
// the number into a channel again (×255, rounded).
TEST(PdfNumber, EveryEightBitColourReadsBackAsItselfFromThreeDecimals)
{
    for (int channel = 0; channel <= 255; ++channel) {
        const std::string text = written(static_cast<float>(channel) / 255.0f, 3);
        EXPECT_LE(text.size(), 5u) << text;
        EXPECT_EQ(std::lround(std::stod(text) * 255), channel) << text;
    }
}

} // namespace
} // namespace knotwork::reports
