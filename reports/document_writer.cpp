#include "reports/document_writer.h"

#include <algorithm>

#include "reports/text_wrap.h"

namespace knotwork::reports {

std::vector<std::string> DocumentWriter::wrap(const std::string& text, double width, const TextStyle& textStyle)
{
    return wrapText(text, width, [&](const std::string& piece) {
        return m_flow.measurer().width(piece, textStyle);
    });
}

void DocumentWriter::gap(double height)
{
    if (!m_flow.atPageTop())
        m_flow.advance(std::min(height, std::max(0.0, m_flow.remaining())));
}

void DocumentWriter::lines(const std::vector<std::string>& lines, double x, const TextStyle& textStyle)
{
    const double height = style().lineHeight(textStyle);
    for (const std::string& line : lines) {
        m_flow.needs(height);
        m_flow.page().text(line, {x, style().baseline(m_flow.y(), textStyle)}, textStyle);
        m_flow.advance(height);
    }
}

void DocumentWriter::title(const std::string& text)
{
    paragraph(text, style().title());
}

void DocumentWriter::heading(const std::string& text, double keepWith)
{
    const TextStyle headingStyle = style().heading();
    const double height = style().lineHeight(headingStyle) + 4;
    gap(style().sectionGap);
    m_flow.keepPoint();
    m_flow.needs(height + std::max(keepWith, 3 * style().lineHeight(style().body())));
    const Rect content = m_flow.content();
    lines(wrap(text, content.width, headingStyle), content.x, headingStyle);
    m_flow.advance(1);
    m_flow.page().stroke(Path().moveTo({content.x, m_flow.y()}).lineTo({content.x + content.width, m_flow.y()}),
                         Stroke(style().rule, 0.6));
    m_flow.advance(3);
    m_flow.keepWithNext(3 * style().lineHeight(style().body()));
}

void DocumentWriter::paragraph(const std::string& text, const TextStyle& textStyle, double indent)
{
    m_flow.keepPoint();
    const Rect content = m_flow.content();
    lines(wrap(text, content.width - indent, textStyle), content.x + indent, textStyle);
    m_flow.advance(style().paragraphGap);
    if (textStyle.bold)  // a caption: "Recommendations", "Instructions as written in the notes"
        m_flow.keepWithNext(style().lineHeight(style().body()));
}

void DocumentWriter::bullets(const std::vector<std::string>& items)
{
    const TextStyle body = style().body();
    const double indent = 11;
    const Rect content = m_flow.content();
    for (const std::string& item : items) {
        const std::vector<std::string> wrapped = wrap(item, content.width - indent, body);
        if (wrapped.empty())
            continue;
        m_flow.keepPoint();
        m_flow.needs(style().lineHeight(body));
        m_flow.page().text("•", {content.x + 2, style().baseline(m_flow.y(), body)}, body);
        lines(wrapped, content.x + indent, body);
        m_flow.advance(1.5);
    }
    m_flow.advance(style().paragraphGap);
}

void DocumentWriter::fields(const std::vector<Field>& fields, double labelWidth, bool together)
{
    const TextStyle label{style().bodySize, false, style().muted, TextAlign::Left};
    const TextStyle value = style().body();
    const Rect content = m_flow.content();
    const double lineHeight = style().lineHeight(value);
    struct Wrapped {
        std::vector<std::string> label, value;
        std::size_t count() const { return std::max(label.size(), value.size()); }
    };
    std::vector<Wrapped> wrapped;
    double height = 0;
    for (const auto& [name, text] : fields) {
        if (text.empty())
            continue;
        wrapped.push_back({wrap(name, labelWidth - 8, label), wrap(text, content.width - labelWidth, value)});
        height += lineHeight * static_cast<double>(wrapped.back().count()) + 1.5;
    }
    if (together) {
        m_flow.keepPoint();
        if (height <= content.height / 2)
            m_flow.needs(height);
    }
    for (const Wrapped& field : wrapped) {
        const std::size_t count = field.count();
        if (!together)
            m_flow.keepPoint();
        m_flow.needs(lineHeight * static_cast<double>(std::min<std::size_t>(count, 4)));
        for (std::size_t i = 0; i < count; ++i) {
            m_flow.needs(lineHeight);
            const double baseline = style().baseline(m_flow.y(), value);
            if (i < field.label.size())
                m_flow.page().text(field.label[i], {content.x, baseline}, label);
            if (i < field.value.size())
                m_flow.page().text(field.value[i], {content.x + labelWidth, baseline}, value);
            m_flow.advance(lineHeight);
        }
        m_flow.advance(1.5);
    }
    m_flow.advance(style().paragraphGap);
}

void DocumentWriter::charts(const std::vector<LineChart>& charts, const MonthFormatter& formatMonth,
                            int perRow, double height)
{
    const Rect content = m_flow.content();
    const double gutter = 16;
    const double width = (content.width - gutter * (perRow - 1)) / perRow;
    ChartStyle chartStyle = style().chart();
    for (std::size_t first = 0; first < charts.size(); first += static_cast<std::size_t>(perRow)) {
        block(height, [&](Canvas& canvas, const Rect& row) {
            // Room for "100" on every value axis, so the charts of a column share their plots'
            // left edge and, with the report's one time axis, a date's place.
            chartStyle.valueLabelWidth =
                canvas.textWidth("100", {chartStyle.labelSize, false, chartStyle.mutedText, TextAlign::Left});
            for (int column = 0; column < perRow && first + static_cast<std::size_t>(column) < charts.size(); ++column) {
                const Rect bounds{row.x + column * (width + gutter), row.y, width, row.height};
                drawLineChart(canvas, bounds, charts[first + static_cast<std::size_t>(column)], formatMonth,
                              chartStyle);
            }
        });
        m_flow.advance(8);
    }
}

void DocumentWriter::block(double height, const std::function<void(Canvas&, const Rect&)>& draw)
{
    m_flow.keepPoint();
    m_flow.needs(height);
    const Rect content = m_flow.content();
    draw(m_flow.page(), {content.x, m_flow.y(), content.width, height});
    m_flow.advance(height);
}

} // namespace knotwork::reports
