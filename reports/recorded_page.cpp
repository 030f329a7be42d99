#include "reports/recorded_page.h"

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
