#include "app/cli/cli_context.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/cli/terminal_text.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/user_directories.h"

namespace knotwork::cli {

std::optional<db::ServerAddress> CliContext::practiceServer() const
{
    if (!db::ServerAddress::looksLikeServer(practiceOption))
        return std::nullopt;
    return db::ServerAddress::parse(practiceOption);
}

std::filesystem::path CliContext::practicePath() const
{
    if (const std::optional<db::ServerAddress> server = practiceServer())
        throw ValidationError("--db", "file-only",
                              formatMessage(_("{} is a practice on a clinic server, and this command works on "
                                              "a practice file. The server keeps its own backups (see "
                                              "docs/CLINIC-SERVER.md); knotwork-cli migrate copies a practice "
                                              "between a file and a server."),
                                            server->display()));
    return practiceOption.empty() ? defaultPracticePath() : std::filesystem::absolute(practiceOption);
}

std::string CliContext::practiceName() const
{
    if (const std::optional<db::ServerAddress> server = practiceServer())
        return server->display();
    return practicePath().string();
}

void CliContext::printJson(const nlohmann::json& document) const
{
    out << document.dump(2) << '\n';
}

void CliContext::printLine(std::string_view text) const
{
    out << terminalText(text) << '\n';
}

void CliContext::printWarning(std::string_view text) const
{
    err << terminalText(text) << '\n';
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
    // A cell is one line: a newline in it shows as "\n", like the other control characters.
    auto shown = [](const std::string& cell) {
        std::string text = terminalText(cell);
        for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2))
            text.replace(at, 1, "\\n");
        return text;
    };
    std::vector<std::vector<std::string>> lines{{}};
    for (const std::string& header : headers)
        lines.front().push_back(shown(header));
    for (const auto& row : rows) {
        lines.emplace_back();
        for (std::size_t column = 0; column < headers.size(); ++column)
            lines.back().push_back(shown(row.at(column)));
    }
    std::vector<std::ptrdiff_t> widths(headers.size());
    for (const auto& line : lines)
        for (std::size_t column = 0; column < line.size(); ++column)
            widths[column] = std::max(widths[column], width(line[column]));
    for (const auto& cells : lines) {
        for (std::size_t column = 0; column < cells.size(); ++column) {
            out << cells[column];
            if (column + 1 < cells.size())
                out << std::string(widths[column] - width(cells[column]) + 2, ' ');
        }
        out << '\n';
    }
}

void CliContext::printRows(const std::vector<std::pair<std::string, std::string>>& rows) const
{
    std::vector<std::string> labels;
    std::ptrdiff_t labelWidth = 0;
    for (const auto& row : rows) {
        labels.push_back(terminalText(row.first));
        labelWidth = std::max(labelWidth, width(labels.back()));
    }
    const std::string valueColumn(static_cast<std::size_t>(labelWidth + 2), ' ');
    for (std::size_t i = 0; i < rows.size(); ++i) {
        // A value of several lines (an address) keeps to its column.
        std::string shown = terminalText(rows[i].second);
        for (std::size_t at = shown.find('\n'); at != std::string::npos; at = shown.find('\n', at + 1))
            shown.insert(at + 1, valueColumn);
        out << labels[i] << std::string(labelWidth - width(labels[i]) + 2, ' ') << shown << '\n';
    }
}

} // namespace knotwork::cli
