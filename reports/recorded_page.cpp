#include "reports/recorded_page.h"

#include <algorithm>

namespace knotwork::reports {

void RecordedPage::fill(const Path& path, const Colour& colour)
{
    m_commands.emplace_back(Fill{path, colour});
}

void RecordedPage::stroke(const Path& path, const Stroke& stroke)
{
    m_commands.emplace_back(StrokeCommand{path, stroke});
}

void RecordedPage::text(const std::string& utf8, Point at, const TextStyle& style)
{
    m_commands.emplace_back(Text{utf8, at, style});
}

double RecordedPage::textWidth(const std::string& utf8, const TextStyle& style)
{
    return m_measurer->width(utf8, style);
}

void RecordedPage::image(const PageImage& image, const Rect& where)
{
    m_commands.emplace_back(Image{image, where});
}

namespace {

Point moved(Point point, double dy)
{
    return {point.x, point.y + dy};
}

Path moved(const Path& path, double dy)
{
    if (const std::optional<Path::Circle>& circle = path.circle())
        return Path::ellipse(moved(circle->centre, dy), circle->radius, circle->radius);
    Path shifted;
    for (const Path::Segment& segment : path.segments()) {
        switch (segment.kind) {
        case Path::Kind::Move: shifted.moveTo(moved(segment.points[0], dy)); break;
        case Path::Kind::Line: shifted.lineTo(moved(segment.points[0], dy)); break;
        case Path::Kind::Curve:
            shifted.curveTo(moved(segment.points[0], dy), moved(segment.points[1], dy), moved(segment.points[2], dy));
            break;
        case Path::Kind::Close: shifted.close(); break;
        }
    }
    return shifted;
}

} // namespace

RecordedPage RecordedPage::splitOff(std::size_t first, double dy)
{
    RecordedPage next(*m_measurer);
    for (std::size_t i = std::min(first, m_commands.size()); i < m_commands.size(); ++i) {
        auto& command = m_commands[i];
        if (auto* fill = std::get_if<Fill>(&command))
            fill->path = moved(fill->path, dy);
        else if (auto* line = std::get_if<StrokeCommand>(&command))
            line->path = moved(line->path, dy);
        else if (auto* text = std::get_if<Text>(&command))
            text->at = moved(text->at, dy);
        else if (auto* image = std::get_if<Image>(&command))
            image->where.y += dy;
        next.m_commands.push_back(std::move(command));
    }
    m_commands.resize(std::min(first, m_commands.size()));
    return next;
}

void RecordedPage::replay(PageCanvas& canvas) const
{
    for (const auto& command : m_commands) {
        if (const auto* fill = std::get_if<Fill>(&command))
            canvas.fill(fill->path, fill->colour);
        else if (const auto* line = std::get_if<StrokeCommand>(&command))
            canvas.stroke(line->path, line->stroke);
        else if (const auto* text = std::get_if<Text>(&command))
            canvas.text(text->utf8, text->at, text->style);
        else if (const auto* image = std::get_if<Image>(&command))
            canvas.image(image->image, image->where);
    }
}

std::vector<std::string> RecordedPage::texts() const
{
    std::vector<std::string> texts;
    for (const auto& command : m_commands)
        if (const auto* text = std::get_if<Text>(&command))
            texts.push_back(text->utf8);
    return texts;
}

} // namespace knotwork::reports
