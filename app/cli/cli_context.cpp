#include "cli/cli_context.h"

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

void CliContext::printRows(const std::vector<std::pair<std::string, std::string>>& rows) const
{
    // Width in characters, not bytes, so that translated labels with accents still line up.
    auto width = [](const std::string& text) {
        return std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
    };
    std::ptrdiff_t labelWidth = 0;
    for (const auto& [label, value] : rows)
        labelWidth = std::max(labelWidth, width(label));
    for (const auto& [label, value] : rows)
        out << label << std::string(labelWidth - width(label) + 2, ' ') << value << '\n';
}

} // namespace knotwork::cli
