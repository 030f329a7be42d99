#include <gtest/gtest.h>

#include "sessions/body_chart.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions {
namespace {

// Records what the chart draws: the colours filled, the words written.
class RecordingCanvas : public Canvas {
public:
    void fill(const Path&, const Colour& colour) override { fills.push_back(colour); }
    void stroke(const Path&, const Stroke& stroke) override { strokes.push_back(stroke); }
    void text(const std::string& utf8, Point, const TextStyle&) override { texts.push_back(utf8); }
    double textWidth(const std::string& utf8, const TextStyle& style) override { return utf8.size() * style.size / 2; }

    std::vector<Colour> fills;
    std::vector<Stroke> strokes;
    std::vector<std::string> texts;
};

std::string nameOf(const MuscleSite& site)
{
    return std::string(keyOf(site.muscle)) + "/" + std::string(keyOf(site.side));
}

TEST(BodyChart, EveryMuscleOnEachSideHasARegion)
{
    const auto sites = BodyChart::sites();
    EXPECT_EQ(sites.size(), choices<Muscle>().size() * 2);
}

TEST(BodyChart, ClickingARegionsCentreFindsThatMuscleAtAnySize)
{
    for (const Rect bounds : {Rect{0, 0, 760, 580}, Rect{10, 20, 360, 300}, Rect{0, 0, 1200, 500}}) {
        const BodyChart chart(bounds);
        for (const MuscleSite& site : BodyChart::sites()) {
            const auto found = chart.siteAt(chart.centreOf(site));
            ASSERT_TRUE(found) << nameOf(site);
            EXPECT_EQ(nameOf(*found), nameOf(site)) << "at " << bounds.width << " wide";
        }
    }
}

TEST(BodyChart, TheClientsLeftIsOnTheReadersRightFromTheFront)
{
    const BodyChart chart({0, 0, 760, 580});
    // Masseter is on the front view only, suboccipitals on the back only.
    EXPECT_GT(chart.centreOf({Muscle::Masseter, BodySide::Left}).x, chart.centreOf({Muscle::Masseter, BodySide::Right}).x);
    EXPECT_LT(chart.centreOf({Muscle::Suboccipitals, BodySide::Left}).x,
              chart.centreOf({Muscle::Suboccipitals, BodySide::Right}).x);
}

TEST(BodyChart, OutsideTheFiguresNothingIsHit)
{
    const BodyChart chart({0, 0, 760, 580});
    EXPECT_FALSE(chart.siteAt({5, 5}));
    EXPECT_FALSE(chart.siteAt({380, 300}));
}

TEST(BodyChart, FindingsAreFilledByTendernessWithALegendInWords)
{
    RecordingCanvas canvas;
    BodyChartState state;
    state.findings = {{{Muscle::Suboccipitals, BodySide::Right}, 3, true, TriggerPoint::Active, true},
                      {{Muscle::Masseter, BodySide::Left}, 1, false, TriggerPoint::None, false}};
    BodyChart({0, 0, 760, 580}).draw(canvas, state);
    auto countOf = [&](const Colour& colour) { return std::count(canvas.fills.begin(), canvas.fills.end(), colour); };
    EXPECT_GE(countOf(BodyChart::tendernessColour(3)), 2) << "the region and the legend's swatch";
    EXPECT_GE(countOf(BodyChart::tendernessColour(1)), 2);
    EXPECT_EQ(countOf(BodyChart::tendernessColour(2)), 1) << "only the legend";
    for (const char* word : {"Front", "Back", "3 severe", "active trigger point", "reproduces the headache"})
        EXPECT_NE(std::find(canvas.texts.begin(), canvas.texts.end(), word), canvas.texts.end()) << word;
}

} // namespace
} // namespace knotwork::sessions
