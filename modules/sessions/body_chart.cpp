#include "sessions/body_chart.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "common/i18n.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions {

namespace {

// The chart is designed on a 760 × 580 sheet: the front figure centred at x = 190, the back one
// at x = 570, captions and the legend below.
constexpr double kWidth = 760, kHeight = 580;
constexpr double kFrontX = 190, kBackX = 570;

struct Ellipse {
    Point centre;
    double rx, ry;
};
struct Band {
    Point a, b;
    double radius;
};
using Shape = std::variant<Ellipse, Band>;

// One region as drawn for the client's right side; the left mirrors it.
struct RegionDesign {
    Muscle muscle;
    BodyView view;
    Shape shape;  // x relative to the figure's midline, on the reader's left
};

// Anatomy in the figure's own units: the head is about 125 wide, the shoulders about 300.
const RegionDesign kRegionDesigns[] = {
    {Muscle::PectoralisMajor, BodyView::Front, Ellipse{{-70, 300}, 44, 28}},
    {Muscle::PectoralisMinor, BodyView::Front, Ellipse{{-92, 268}, 20, 11}},
    {Muscle::UpperTrapezius, BodyView::Front, Band{{-50, 212}, {-122, 240}, 9}},
    {Muscle::Scalenes, BodyView::Front, Band{{-36, 180}, {-54, 210}, 5}},
    {Muscle::Sternocleidomastoid, BodyView::Front, Band{{-38, 150}, {-9, 222}, 7}},
    {Muscle::Frontalis, BodyView::Front, Ellipse{{-24, 48}, 20, 13}},
    {Muscle::Temporalis, BodyView::Front, Ellipse{{-52, 82}, 10, 22}},
    {Muscle::Masseter, BodyView::Front, Ellipse{{-41, 128}, 10, 16}},
    {Muscle::Pterygoids, BodyView::Front, Ellipse{{-25, 146}, 8, 7}},
    {Muscle::UpperTrapezius, BodyView::Back, Band{{-44, 200}, {-124, 240}, 13}},
    {Muscle::MiddleTrapezius, BodyView::Back, Band{{-26, 278}, {-104, 270}, 11}},
    {Muscle::Rhomboids, BodyView::Back, Band{{-22, 310}, {-66, 340}, 11}},
    {Muscle::LevatorScapulae, BodyView::Back, Band{{-34, 176}, {-64, 250}, 6}},
    {Muscle::SpleniusCervicis, BodyView::Back, Band{{-26, 206}, {-22, 244}, 5}},
    {Muscle::SpleniusCapitis, BodyView::Back, Band{{-30, 160}, {-24, 200}, 6}},
    {Muscle::SemispinalisCapitis, BodyView::Back, Band{{-10, 164}, {-11, 208}, 6}},
    {Muscle::Occipitalis, BodyView::Back, Ellipse{{-24, 112}, 17, 10}},
    {Muscle::Suboccipitals, BodyView::Back, Ellipse{{-17, 145}, 13, 8}},
};

// The reader's side of the midline a client's side is drawn on.
double mirror(BodyView view, BodySide side)
{
    const bool readersLeft = (view == BodyView::Front) == (side == BodySide::Right);
    return readersLeft ? 1 : -1;
}

double midline(BodyView view)
{
    return view == BodyView::Front ? kFrontX : kBackX;
}

Shape placed(const RegionDesign& region, BodySide side)
{
    const double m = mirror(region.view, side), x0 = midline(region.view);
    if (const auto* e = std::get_if<Ellipse>(&region.shape))
        return Ellipse{{x0 + m * e->centre.x, e->centre.y}, e->rx, e->ry};
    const auto& band = std::get<Band>(region.shape);
    return Band{{x0 + m * band.a.x, band.a.y}, {x0 + m * band.b.x, band.b.y}, band.radius};
}

Point centreOfShape(const Shape& shape)
{
    if (const auto* e = std::get_if<Ellipse>(&shape))
        return e->centre;
    const auto& band = std::get<Band>(shape);
    return {(band.a.x + band.b.x) / 2, (band.a.y + band.b.y) / 2};
}

double areaOf(const Shape& shape)
{
    if (const auto* e = std::get_if<Ellipse>(&shape))
        return 3.14159 * e->rx * e->ry;
    const auto& band = std::get<Band>(shape);
    return std::hypot(band.b.x - band.a.x, band.b.y - band.a.y) * 2 * band.radius + 3.14159 * band.radius * band.radius;
}

bool contains(const Shape& shape, Point p)
{
    if (const auto* e = std::get_if<Ellipse>(&shape)) {
        const double dx = (p.x - e->centre.x) / e->rx, dy = (p.y - e->centre.y) / e->ry;
        return dx * dx + dy * dy <= 1;
    }
    const auto& band = std::get<Band>(shape);
    const double vx = band.b.x - band.a.x, vy = band.b.y - band.a.y;
    const double t = std::clamp(((p.x - band.a.x) * vx + (p.y - band.a.y) * vy) / (vx * vx + vy * vy), 0.0, 1.0);
    return std::hypot(p.x - (band.a.x + t * vx), p.y - (band.a.y + t * vy)) <= band.radius;
}

const PalpationFinding* findingOf(const std::vector<PalpationFinding>& findings, const MuscleSite& site)
{
    const auto found = std::find_if(findings.begin(), findings.end(), [&](const PalpationFinding& f) { return f.site == site; });
    return found == findings.end() ? nullptr : &*found;
}

const Colour kInk{52, 60, 72};
const Colour kSkin{246, 240, 233};
const Colour kOutline{150, 140, 130};
const Colour kRegionLine{176, 168, 160};
const Colour kSelected{25, 103, 210};

} // namespace

BodyChart::BodyChart(const Rect& bounds) : m_bounds(bounds)
{
    m_scale = std::min(bounds.width / kWidth, bounds.height / kHeight);
    m_origin = {bounds.x + (bounds.width - kWidth * m_scale) / 2, bounds.y + (bounds.height - kHeight * m_scale) / 2};
}

double BodyChart::aspectRatio()
{
    return kWidth / kHeight;
}

Point BodyChart::toDevice(Point design) const
{
    return {m_origin.x + design.x * m_scale, m_origin.y + design.y * m_scale};
}

Colour BodyChart::tendernessColour(std::optional<int> tenderness)
{
    if (!tenderness)
        return {236, 239, 243};
    switch (*tenderness) {
    case 0: return {205, 232, 214};
    case 1: return {255, 222, 128};
    case 2: return {250, 160, 80};
    default: return {214, 62, 52};
    }
}

std::vector<MuscleSite> BodyChart::sites()
{
    // A muscle drawn in both views is reached where it is drawn first: the front.
    std::vector<const RegionDesign*> regions;
    for (const RegionDesign& region : kRegionDesigns)
        if (std::ranges::none_of(regions, [&](const RegionDesign* seen) { return seen->muscle == region.muscle; }))
            regions.push_back(&region);
    std::ranges::stable_sort(regions, [](const RegionDesign* a, const RegionDesign* b) {
        return std::pair(a->view, centreOfShape(a->shape).y) < std::pair(b->view, centreOfShape(b->shape).y);
    });
    std::vector<MuscleSite> sites;
    for (const RegionDesign* region : regions)
        for (BodySide side : {BodySide::Right, BodySide::Left})
            sites.push_back({region->muscle, side});
    return sites;
}

std::optional<MuscleSite> BodyChart::siteAt(Point device) const
{
    const Point p{(device.x - m_origin.x) / m_scale, (device.y - m_origin.y) / m_scale};
    std::optional<MuscleSite> best;
    double bestArea = 0;
    for (const RegionDesign& region : kRegionDesigns)
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const Shape shape = placed(region, side);
            if (contains(shape, p) && (!best || areaOf(shape) < bestArea)) {
                best = MuscleSite{region.muscle, side};
                bestArea = areaOf(shape);
            }
        }
    return best;
}

Point BodyChart::centreOf(const MuscleSite& site) const
{
    for (const RegionDesign& region : kRegionDesigns)
        if (region.muscle == site.muscle)
            return toDevice(centreOfShape(placed(region, site.side)));
    return toDevice({0, 0});
}

void BodyChart::draw(Canvas& canvas, const BodyChartState& state) const
{
    auto path = [&](const Shape& shape) {
        if (const auto* e = std::get_if<Ellipse>(&shape))
            return Path::ellipse(toDevice(e->centre), scaled(e->rx), scaled(e->ry));
        const auto& band = std::get<Band>(shape);
        return Path::capsule(toDevice(band.a), toDevice(band.b), scaled(band.radius));
    };
    const double line = std::max(1.0, scaled(1.6));

    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        const double x = midline(view);
        auto at = [&](double dx, double y) { return toDevice({x + dx, y}); };
        // Neck, shoulders and upper body as one outline, then the head over it.
        Path body;
        body.moveTo(at(-34, 150))
            .curveTo(at(-36, 180), at(-40, 200), at(-52, 210))
            .curveTo(at(-90, 222), at(-138, 222), at(-152, 262))
            .curveTo(at(-162, 292), at(-160, 360), at(-156, 430))
            .lineTo(at(-150, 470))
            .curveTo(at(-100, 478), at(100, 478), at(150, 470))
            .lineTo(at(156, 430))
            .curveTo(at(160, 360), at(162, 292), at(152, 262))
            .curveTo(at(138, 222), at(90, 222), at(52, 210))
            .curveTo(at(40, 200), at(36, 180), at(34, 150))
            .close();
        canvas.fill(body, kSkin);
        canvas.stroke(body, {kOutline, line});
        for (double side : {-1.0, 1.0}) {
            const Path ear = Path::ellipse(at(side * 62, 96), scaled(9), scaled(17));
            canvas.fill(ear, kSkin);
            canvas.stroke(ear, {kOutline, line});
        }
        const Path head = Path::ellipse(at(0, 92), scaled(60), scaled(76));
        canvas.fill(head, kSkin);
        canvas.stroke(head, {kOutline, line});
        if (view == BodyView::Front) {
            // A few quiet landmarks so the front reads as a face: eyes, nose, clavicles.
            for (double side : {-1.0, 1.0})
                canvas.stroke(Path::ellipse(at(side * 22, 84), scaled(8), scaled(3.5)), {kOutline, line * 0.8});
            Path nose;
            nose.moveTo(at(0, 88)).curveTo(at(-4, 104), at(-8, 110), at(0, 114));
            canvas.stroke(nose, {kOutline, line * 0.8});
            for (double side : {-1.0, 1.0}) {
                Path clavicle;
                clavicle.moveTo(at(side * 10, 228)).curveTo(at(side * 50, 236), at(side * 90, 228), at(side * 128, 236));
                canvas.stroke(clavicle, {kOutline, line * 0.8, {scaled(4), scaled(3)}});
            }
        } else {
            Path spine;
            spine.moveTo(at(0, 168)).lineTo(at(0, 460));
            canvas.stroke(spine, {kOutline, line * 0.8, {scaled(4), scaled(3)}});
            for (double side : {-1.0, 1.0}) {
                Path blade;
                blade.moveTo(at(side * 44, 262)).curveTo(at(side * 100, 250), at(side * 112, 300), at(side * 70, 390));
                canvas.stroke(blade, {kOutline, line * 0.8, {scaled(4), scaled(3)}});
            }
        }
    }

    for (const RegionDesign& region : kRegionDesigns)
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const MuscleSite site{region.muscle, side};
            const Shape shape = placed(region, side);
            const Path outline = path(shape);
            const PalpationFinding* finding = findingOf(state.findings, site);
            Colour fill = tendernessColour(finding ? std::optional(finding->tenderness) : std::nullopt);
            if (state.muted && finding)
                fill = fill.withAlpha(120);
            canvas.fill(outline, fill);
            canvas.stroke(outline, finding && finding->hypertonic
                                       ? Stroke{kInk, line, {scaled(3), scaled(2)}}
                                       : Stroke{kRegionLine, line * 0.7});
            if (finding && finding->triggerPoint != TriggerPoint::None) {
                const Path dot = Path::ellipse(toDevice(centreOfShape(shape)), scaled(4.2), scaled(4.2));
                if (finding->triggerPoint == TriggerPoint::Active)
                    canvas.fill(dot, kInk);
                canvas.stroke(dot, {kInk, line});
            }
            if (finding && finding->reproducesHeadache) {
                const Point c = toDevice(centreOfShape(shape));
                const double r = scaled(7.5);
                Path ring = Path::ellipse(c, r, r);
                canvas.stroke(ring, {kInk, line * 0.9});
            }
            if (state.hovered == site)
                canvas.stroke(outline, {kSelected.withAlpha(150), line * 2});
            if (state.selected == site)
                canvas.stroke(outline, {kSelected, line * 2.6});
        }

    const double captionSize = std::clamp(scaled(17), 9.0, 15.0);
    const TextStyle caption{captionSize, true, kInk, TextAlign::Centre};
    canvas.text(_("Front"), toDevice({kFrontX, 505}), caption);
    canvas.text(_("Back"), toDevice({kBackX, 505}), caption);
    const TextStyle sideStyle{std::clamp(scaled(15), 8.0, 13.0), true, kOutline, TextAlign::Centre};
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        canvas.text(_("R"), toDevice({midline(view) + mirror(view, BodySide::Right) * -172, 250}), sideStyle);
        canvas.text(_("L"), toDevice({midline(view) + mirror(view, BodySide::Left) * -172, 250}), sideStyle);
    }
    if (!state.legend)
        return;

    // The legend: the tenderness scale in words, then what the marks mean.
    const TextStyle legend{std::clamp(scaled(15), 10.0, 13.0), false, kInk, TextAlign::Left};
    const double swatch = legend.size * 1.1;
    const double rowOne = toDevice({0, 540}).y, rowTwo = rowOne + legend.size * 1.9;
    const std::pair<std::optional<int>, const char*> scale[] = {
        {std::nullopt, N_("not examined")}, {0, N_("0 none")}, {1, N_("1 mild")}, {2, N_("2 moderate")}, {3, N_("3 severe")}};
    std::vector<std::string> scaleLabels;
    for (const auto& [tenderness, label] : scale)
        scaleLabels.push_back(translate(label));
    const std::vector<std::string> marks{_("active trigger point"), _("latent trigger point"),
                                         _("reproduces the headache"), _("hypertonic")};
    // Rows start under the figures; on a small chart, where the legend's smallest legible size
    // makes a row wider than the figures, they move left so they stay inside the bounds.
    const auto rowWidth = [&](const std::vector<std::string>& labels) {
        double width = -legend.size * 1.2;
        for (const std::string& label : labels)
            width += swatch + legend.size * 1.6 + canvas.textWidth(label, legend);
        return width;
    };
    const double widest = std::max(rowWidth(scaleLabels), rowWidth(marks));
    const double rowStart = std::max(m_bounds.x, std::min(m_origin.x + scaled(20), m_bounds.x + m_bounds.width - widest));
    double x = rowStart;
    auto entry = [&](double& cursor, double baseline, const std::string& label, const auto& drawMark) {
        drawMark(Point{cursor + swatch / 2, baseline - legend.size * 0.35});
        cursor += swatch + legend.size * 0.4;
        canvas.text(label, {cursor, baseline}, legend);
        cursor += canvas.textWidth(label, legend) + legend.size * 1.2;
    };
    for (std::size_t i = 0; i < std::size(scale); ++i)
        entry(x, rowOne, scaleLabels[i], [&, tenderness = scale[i].first](Point c) {
            const Path box = Path::rectangle({c.x - swatch / 2, c.y - swatch / 2, swatch, swatch});
            canvas.fill(box, tendernessColour(tenderness));
            canvas.stroke(box, {kRegionLine, 1});
        });
    x = rowStart;
    const double r = swatch * 0.28;
    entry(x, rowTwo, marks[0], [&](Point c) { canvas.fill(Path::ellipse(c, r, r), kInk); });
    entry(x, rowTwo, marks[1], [&](Point c) { canvas.stroke(Path::ellipse(c, r, r), {kInk, 1}); });
    entry(x, rowTwo, marks[2], [&](Point c) { canvas.stroke(Path::ellipse(c, r * 1.8, r * 1.8), {kInk, 1}); });
    entry(x, rowTwo, marks[3], [&](Point c) {
        canvas.stroke(Path::rectangle({c.x - swatch / 2, c.y - swatch / 2, swatch, swatch}), {kInk, 1, {3, 2}});
    });
}

} // namespace knotwork::sessions
