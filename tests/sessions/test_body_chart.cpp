#include <gtest/gtest.h>

#include "sessions/body_chart.h"
#include "sessions/session_choices.h"
#include "support/recording_canvas.h"

namespace knotwork::sessions {
namespace {

using knotwork::testing::RecordingCanvas;

std::string nameOf(const MuscleSite& site)
{
    return std::string(keyOf(site.muscle)) + "/" + std::string(keyOf(site.side));
}

TEST(BodyChart, EveryMuscleOnEachSideHasARegion)
{
    const auto sites = BodyChart::sites();
    EXPECT_EQ(sites.size(), choices<Muscle>().size() * 2);
}

TEST(BodyChart, SitesAreReadFromTheTopOfTheFrontDownEachMuscleRightThenLeft)
{
    const auto sites = BodyChart::sites();
    EXPECT_EQ(nameOf(sites[0]), "frontalis/right");
    EXPECT_EQ(nameOf(sites[1]), "frontalis/left");
    EXPECT_EQ(nameOf(sites[2]), "temporalis/right");
    const auto front = std::ranges::find(sites, MuscleSite{Muscle::PectoralisMajor, BodySide::Left});
    const auto back = std::ranges::find(sites, MuscleSite{Muscle::Occipitalis, BodySide::Right});
    EXPECT_EQ(back - front, 1) << "the back view follows the front";
    EXPECT_EQ(nameOf(sites.back()), "rhomboids/left");
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
    auto countOf = [&](const Colour& colour) {
        return std::ranges::count(canvas.fills, colour, &RecordingCanvas::Filled::colour);
    };
    EXPECT_GE(countOf(BodyChart::tendernessColour(3)), 2) << "the region and the legend's swatch";
    EXPECT_GE(countOf(BodyChart::tendernessColour(1)), 2);
    EXPECT_EQ(countOf(BodyChart::tendernessColour(2)), 1) << "only the legend";
    for (const char* word : {"Front", "Back", "3 severe", "active trigger point", "reproduces the headache"})
        EXPECT_TRUE(canvas.wrote(word)) << word;
}

} // namespace
} // namespace knotwork::sessions
