// A chart printed in grey (a fax, a black-and-white printer) still tells its series apart: each
// series' line and markers are sampled from the page rendered by poppler in greyscale.
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "common/line_chart.h"
#include "reports/report_pages.h"
#include "reports/report_style.h"
#include "support/process.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

constexpr int kDpi = 144;  // two pixels to the point
constexpr double kScale = kDpi / 72.0;

struct GreyImage {
    int width = 0, height = 0;
    std::string pixels;  // one byte per pixel, 0 black, 255 white
    int at(double x, double y) const
    {
        const int column = static_cast<int>(x * kScale), row = static_cast<int>(y * kScale);
        if (column < 0 || row < 0 || column >= width || row >= height)
            return 255;
        return static_cast<std::uint8_t>(pixels[static_cast<std::size_t>(row * width + column)]);
    }
};

GreyImage readPgm(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string magic;
    int most = 0;
    GreyImage image;
    in >> magic >> image.width >> image.height >> most;
    in.get();
    EXPECT_EQ(magic, "P5");
    image.pixels.resize(static_cast<std::size_t>(image.width * image.height));
    in.read(image.pixels.data(), static_cast<std::streamsize>(image.pixels.size()));
    return image;
}

// How one series prints along its horizontal line between two markers: the darkness of its ink,
// how long its runs of ink are (a solid line is one run, dots are short ones), and the shape of
// a marker as the inked pixels around its centre.
struct SeriesPrint {
    double inkGrey = 0;
    double meanRun = 0;
    std::vector<bool> marker;
};

SeriesPrint sample(const GreyImage& image, const ChartLayout& layout, const ChartSeries& series, double radius)
{
    constexpr int kInk = 215;
    SeriesPrint print;
    const double y = layout.yOf(series.points[0].value, 0, 100);
    // Between the first two markers, clear of them; the darkest pixel across the line's width.
    const double from = layout.xOf(series.points[0].date) + radius * 2.5;
    const double to = layout.xOf(series.points[1].date) - radius * 2.5;
    int runs = 0, inked = 0;
    double greySum = 0;
    bool inRun = false;
    for (double x = from; x <= to; x += 1 / kScale) {
        int darkest = 255;
        for (double dy = -1.5; dy <= 1.5; dy += 0.5)
            darkest = std::min(darkest, image.at(x, y + dy));
        const bool ink = darkest < kInk;
        if (ink) {
            ++inked;
            greySum += darkest;
            runs += inRun ? 0 : 1;
        }
        inRun = ink;
    }
    EXPECT_GT(inked, 0) << series.name << " left no ink on its line";
    print.inkGrey = inked ? greySum / inked : 255;
    print.meanRun = runs ? static_cast<double>(inked) / runs : 0;
    const double cx = layout.xOf(series.points[2].date);
    for (double dy = -radius * 1.6; dy <= radius * 1.6; dy += 1 / kScale)
        for (double dx = -radius * 1.6; dx <= radius * 1.6; dx += 1 / kScale)
            print.marker.push_back(image.at(cx + dx, y + dy) < kInk);
    return print;
}

int markerDifference(const SeriesPrint& a, const SeriesPrint& b)
{
    int differ = 0;
    for (std::size_t i = 0; i < a.marker.size() && i < b.marker.size(); ++i)
        differ += a.marker[i] != b.marker[i] ? 1 : 0;
    return differ;
}

TEST(ChartInGrey, EverySeriesKeepsItsOwnLineAndMarkerOnAGreyscalePage)
{
    // Six series, the most a chart of the report styles, each a level line of three points.
    LineChart chart;
    chart.title = "Six series";
    chart.highest = 100;
    for (std::size_t i = 0; i < 6; ++i)
        chart.series.push_back(styledSeries("Series " + std::to_string(i + 1), i,
                                            {{Date(2026, 1, 5), 10 + 15.0 * i},
                                             {Date(2026, 6, 1), 10 + 15.0 * i},
                                             {Date(2026, 7, 1), 10 + 15.0 * i}}));

    PdfDocument document;
    ReportPages report;
    report.pages.emplace_back(document);
    const ChartStyle style = ReportStyle{}.chart();
    const ChartLayout layout = drawLineChart(report.pages[0], {50, 80, 495, 260}, chart,
                                             [](const Date&) { return std::string("Jan"); }, style);

    knotwork::testing::TempDir dir;
    knotwork::testing::writeBytes(dir.path() / "grey.pdf", writePdf(report, document));
    const auto rendered = knotwork::testing::runProcess({"/usr/bin/pdftoppm", "-gray", "-singlefile", "-r",
                                                         std::to_string(kDpi), (dir.path() / "grey.pdf").string(),
                                                         (dir.path() / "grey").string()});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err;
    const GreyImage image = readPgm(dir.path() / "grey.pgm");
    ASSERT_GT(image.width, 0);

    std::vector<SeriesPrint> prints;
    for (const ChartSeries& series : chart.series)
        prints.push_back(sample(image, layout, series, style.pointRadius));
    for (std::size_t i = 0; i < prints.size(); ++i)
        for (std::size_t j = i + 1; j < prints.size(); ++j) {
            const SeriesPrint& a = prints[i];
            const SeriesPrint& b = prints[j];
            const bool greyDiffers = std::abs(a.inkGrey - b.inkGrey) >= 25;
            const bool patternDiffers = std::max(a.meanRun, b.meanRun) >= 1.5 * std::min(a.meanRun, b.meanRun);
            EXPECT_TRUE(greyDiffers || patternDiffers)
                << chart.series[i].name << " and " << chart.series[j].name << " print alike: grey " << a.inkGrey
                << " and " << b.inkGrey << ", runs of " << a.meanRun << " and " << b.meanRun << " pixels";
            EXPECT_GE(markerDifference(a, b), 8)
                << chart.series[i].name << " and " << chart.series[j].name << " have markers alike in grey";
        }
    // The pair a chart draws most (average and worst, left and right) differs in both ways.
    EXPECT_GE(std::abs(prints[0].inkGrey - prints[1].inkGrey), 25);
    EXPECT_GE(std::max(prints[0].meanRun, prints[1].meanRun), 1.5 * std::min(prints[0].meanRun, prints[1].meanRun));
}

} // namespace
} // namespace knotwork::reports
