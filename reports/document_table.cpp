// DocumentWriter::table: rows that wrap in their cells, break between pages with the header
// repeated, and split by lines only when one row is taller than a whole page.
#include <algorithm>
#include <numeric>
#include <optional>

#include "reports/document_writer.h"

namespace knotwork::reports {

namespace {

using CellLines = std::vector<std::vector<std::string>>;

// A table this short moves whole rather than split: any split would leave a row alone.
constexpr std::size_t kSmallTable = 3;

TextStyle headerStyle(const ReportStyle& style)
{
    return {style.bodySize - 0.5, true, style.text, TextAlign::Left};
}

std::size_t lineCount(const CellLines& cells)
{
    std::size_t most = 1;
    for (const auto& cell : cells)
        most = std::max(most, cell.size());
    return most;
}

// Lines [from, from + count) of every cell.
CellLines slice(const CellLines& cells, std::size_t from, std::size_t count)
{
    CellLines part;
    for (const auto& cell : cells) {
        const std::size_t begin = std::min(from, cell.size());
        const std::size_t end = std::min(from + count, cell.size());
        part.emplace_back(cell.begin() + static_cast<long>(begin), cell.begin() + static_cast<long>(end));
    }
    return part;
}

// Draws a row's lines, each cell aligned as its column says, from the top of the row `top`,
// on a band filled with `fill` when given; returns the row's height.
double drawRow(RecordedPage& page, const ReportStyle& look, const CellLines& cells, const Table& table,
               const std::vector<double>& widths, const Rect& content, double top, const TextStyle& style,
               std::optional<Colour> fill)
{
    const double lineHeight = look.lineHeight(style);
    const double height = static_cast<double>(lineCount(cells)) * lineHeight + 2 * look.cellPadding;
    if (fill)
        page.fill(Path::rectangle({content.x, top, content.width, height}), *fill);
    double x = content.x;
    for (std::size_t column = 0; column < cells.size(); ++column) {
        TextStyle cellStyle = style;
        cellStyle.align = table.columns[column].align;
        const double textX = cellStyle.align == TextAlign::Right ? x + widths[column] - look.cellPadding
                                                                  : x + look.cellPadding;
        double lineTop = top + look.cellPadding;
        for (const std::string& line : cells[column]) {
            page.text(line, {textX, look.baseline(lineTop, style)}, cellStyle);
            lineTop += lineHeight;
        }
        x += widths[column];
    }
    return height;
}

} // namespace

void DocumentWriter::tableRow(const CellLines& cells, const Table& table, const std::vector<double>& widths,
                              const TextStyle& textStyle, bool striped)
{
    const ReportStyle& look = style();
    const Rect content = m_flow.content();
    RecordedPage& page = m_flow.page();
    m_flow.advance(drawRow(page, look, cells, table, widths, content, m_flow.y(), textStyle,
                           striped ? std::optional(look.stripeFill) : std::nullopt));
    page.stroke(Path().moveTo({content.x, m_flow.y()}).lineTo({content.x + content.width, m_flow.y()}),
                Stroke(look.rule, 0.4));
}

std::vector<double> DocumentWriter::columnWidths(const Table& table) const
{
    const double totalWeight = std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                                               [](double sum, const TableColumn& c) { return sum + c.weight; });
    std::vector<double> widths;
    for (const TableColumn& column : table.columns)
        widths.push_back(m_flow.content().width * column.weight / totalWeight);
    return widths;
}

TextStyle DocumentWriter::rowStyle(const Table& table, std::size_t row) const
{
    return style().body(table.endsWithTotal && row + 1 == table.rows.size());
}

CellLines DocumentWriter::rowLines(const Table& table, std::size_t row, const std::vector<double>& widths)
{
    const std::vector<std::string>& texts = table.rows[row];
    CellLines cells;
    for (std::size_t column = 0; column < table.columns.size(); ++column)
        cells.push_back(wrap(column < texts.size() ? texts[column] : std::string(),
                             widths[column] - 2 * style().cellPadding, rowStyle(table, row)));
    return cells;
}

double DocumentWriter::headerHeight(const Table& table, const std::vector<double>& widths)
{
    std::size_t most = 1;
    for (std::size_t column = 0; column < table.columns.size(); ++column)
        most = std::max(most, wrap(table.columns[column].title, widths[column] - 2 * style().cellPadding,
                                   headerStyle(style())).size());
    return static_cast<double>(most) * style().lineHeight(headerStyle(style())) + 2 * style().cellPadding;
}

double DocumentWriter::rowHeight(const Table& table, std::size_t row, const std::vector<double>& widths)
{
    return static_cast<double>(lineCount(rowLines(table, row, widths))) * style().lineHeight(rowStyle(table, row))
           + 2 * style().cellPadding;
}

double DocumentWriter::tableOpening(const Table& table)
{
    if (table.columns.empty())
        return 0;
    const std::vector<double> widths = columnWidths(table);
    const double header = headerHeight(table, widths);
    // A page never ends on one row: the first two rows keep with the header, and a table of
    // three rows or fewer keeps whole, since any split of it would leave a row alone.
    const std::size_t kept = table.rows.size() <= kSmallTable ? table.rows.size() : 2;
    double rows = 0;
    for (std::size_t row = 0; row < kept; ++row)
        rows += rowHeight(table, row, widths);
    // Rows taller than half a page are split anyway: only half a page keeps with the header.
    return header + std::min(rows, m_flow.content().height / 2);
}

void DocumentWriter::tableHeader(const Table& table, const std::vector<double>& widths, double keepWith)
{
    const ReportStyle& look = style();
    const TextStyle bold = headerStyle(look);
    CellLines titles;
    for (std::size_t column = 0; column < table.columns.size(); ++column)
        titles.push_back(wrap(table.columns[column].title, widths[column] - 2 * look.cellPadding, bold));
    const double height = static_cast<double>(lineCount(titles)) * look.lineHeight(bold) + 2 * look.cellPadding;
    m_flow.needs(height + keepWith);
    m_flow.advance(drawRow(m_flow.page(), look, titles, table, widths, m_flow.content(), m_flow.y(), bold,
                           look.headerFill));
}

void DocumentWriter::table(const Table& table)
{
    if (table.columns.empty())
        return;
    const ReportStyle& look = style();
    const Rect content = m_flow.content();
    const std::vector<double> widths = columnWidths(table);
    const double lineHeight = look.lineHeight(look.body());
    const double oneLine = lineHeight + 2 * look.cellPadding;
    m_flow.keepPoint();
    tableHeader(table, widths, tableOpening(table) - headerHeight(table, widths));
    bool striped = false;
    for (std::size_t index = 0; index < table.rows.size(); ++index) {
        const CellLines cells = rowLines(table, index, widths);
        // The last row never goes over alone: when it would not fit after the one before, both go.
        if (index + 2 == table.rows.size() && index >= 2) {
            const double lastTwo = rowHeight(table, index, widths) + rowHeight(table, index + 1, widths);
            if (lastTwo > m_flow.remaining() && lastTwo <= content.height / 2) {
                m_flow.newPage();
                tableHeader(table, widths, lastTwo);
            }
        }
        const std::size_t total = lineCount(cells);
        std::size_t done = 0;
        while (done < total) {
            auto fitting = static_cast<std::size_t>(std::max(0.0, (m_flow.remaining() - 2 * look.cellPadding) / lineHeight));
            if (fitting == 0 || (done == 0 && fitting < total && m_flow.remaining() < content.height / 2)) {
                m_flow.newPage();
                tableHeader(table, widths, oneLine);
                continue;
            }
            const std::size_t count = std::min(fitting, total - done);
            tableRow(slice(cells, done, count), table, widths, rowStyle(table, index), striped);
            done += count;
        }
        striped = !striped;
    }
    m_flow.advance(look.paragraphGap + 2);
}

} // namespace knotwork::reports
