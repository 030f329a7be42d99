#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "common/line_chart.h"
#include "reports/page_flow.h"

namespace knotwork::reports {

struct TableColumn {
    std::string title;
    double weight = 1;  // share of the table's width
    TextAlign align = TextAlign::Left;
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;  // one string per column; text wraps in its cell
    bool endsWithTotal = false;  // the last row totals the others: in bold
};

// A label and its value, in two columns.
using Field = std::pair<std::string, std::string>;

// The blocks a report is written in, laid out on a PageFlow: text wraps to the width, and a
// block that does not fit continues on the next page (a table repeats its header there).
class DocumentWriter {
public:
    explicit DocumentWriter(PageFlow& flow) : m_flow(flow) {}

    PageFlow& flow() { return m_flow; }
    const ReportStyle& style() const { return m_flow.style(); }

    void title(const std::string& text);
    // A section heading, kept on the page with at least the first lines of what follows, or
    // with `keepWith` points of it (a table's opening: tableOpening).
    void heading(const std::string& text, double keepWith = 0);
    void paragraph(const std::string& text, const TextStyle& style, double indent = 0);
    void paragraph(const std::string& text) { paragraph(text, style().body()); }
    void bullets(const std::vector<std::string>& items);
    // Labels on the left (`labelWidth` points), values wrapped on the right; empty values skipped.
    // `together`: the fields are one block (a clearance), on the next page when they do not fit.
    void fields(const std::vector<Field>& fields, double labelWidth = 130, bool together = false);
    void table(const Table& table);
    // The height of a table's header and first rows, which never part: two rows, or the whole
    // table when it has three or fewer.
    double tableOpening(const Table& table);
    // Charts side by side, `perRow` to a row, each `height` points tall.
    void charts(const std::vector<LineChart>& charts, const MonthFormatter& formatMonth,
                int perRow = 2, double height = 150);
    // A drawing of a fixed height, on a new page if it does not fit here.
    void block(double height, const std::function<void(Canvas& canvas, const Rect& bounds)>& draw);
    void gap(double height);

    std::vector<std::string> wrap(const std::string& text, double width, const TextStyle& textStyle);

private:
    // Writes lines one under the other from the left edge `x`, breaking pages between lines.
    void lines(const std::vector<std::string>& lines, double x, const TextStyle& textStyle);
    std::vector<double> columnWidths(const Table& table) const;
    TextStyle rowStyle(const Table& table, std::size_t row) const;
    std::vector<std::vector<std::string>> rowLines(const Table& table, std::size_t row,
                                                   const std::vector<double>& widths);
    double headerHeight(const Table& table, const std::vector<double>& widths);
    double rowHeight(const Table& table, std::size_t row, const std::vector<double>& widths);
    // Draws the header, on a new page unless it fits here with `keepWith` points below it.
    void tableHeader(const Table& table, const std::vector<double>& widths, double keepWith);
    void tableRow(const std::vector<std::vector<std::string>>& cells, const Table& table,
                  const std::vector<double>& widths, const TextStyle& textStyle, bool striped);

    PageFlow& m_flow;
};

} // namespace knotwork::reports
