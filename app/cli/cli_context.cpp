#include "app/cli/cli_context.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/user_directories.h"

namespace knotwork::cli {

std::filesystem::path CliContext::practicePath() const
{
    return practiceOption.empty() ? defaultPracticePath() : std::filesystem::absolute(practiceOption);
}

void CliContext::printJson(const nlohmann::json& document) const
{
    out << document.dump(2) << '\n';
}

namespace {

// Width in characters, not bytes, so that names and translated labels with accents line up.
std::ptrdiff_t width(const std::string& text)
{
    return std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
}

} // namespace

void CliContext::printTable(const std::vector<std::string>& headers,
                            const std::vector<std::vector<std::string>>& rows) const
{
    std::vector<std::ptrdiff_t> widths(headers.size());
    for (std::size_t column = 0; column < headers.size(); ++column) {
        widths[column] = width(headers[column]);
        for (const auto& row : rows)
            widths[column] = std::max(widths[column], width(row.at(column)));
    }
    auto printLine = [&](const std::vector<std::string>& cells) {
        for (std::size_t column = 0; column < cells.size(); ++column) {
            out << cells[column];
            if (column + 1 < cells.size())
                out << std::string(widths[column] - width(cells[column]) + 2, ' ');
        }
        out << '\n';
    };
    printLine(headers);
    for (const auto& row : rows)
        printLine(row);
}

void CliContext::printRows(const std::vector<std::pair<std::string, std::string>>& rows) const
{
    std::ptrdiff_t labelWidth = 0;
    for (const auto& [label, value] : rows)
        labelWidth = std::max(labelWidth, width(label));
    const std::string valueColumn(static_cast<std::size_t>(labelWidth + 2), ' ');
    for (const auto& [label, value] : rows) {
        // A value of several lines (an address) keeps to its column.
        std::string shown = value;
        for (std::size_t at = shown.find('\n'); at != std::string::npos; at = shown.find('\n', at + 1))
            shown.insert(at + 1, valueColumn);
        out << label << std::string(labelWidth - width(label) + 2, ' ') << shown << '\n';
    }
}

} // namespace knotwork::cli
