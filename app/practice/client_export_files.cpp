#include "app/practice/client_export_files.h"

#include <cctype>
#include <string>

namespace knotwork::app {

namespace {

// Spaces and characters a file name cannot hold become one '-'; letters in any script stay.
std::string namePart(const std::string& text)
{
    std::string part;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool keep = byte >= 0x80 || std::isalnum(byte) || c == '\'' || c == '_';
        if (keep)
            part += c;
        else if (!part.empty() && part.back() != '-')
            part += '-';
    }
    while (!part.empty() && part.back() == '-')
        part.pop_back();
    return part;
}

} // namespace

ClientExportFiles clientExportFiles(const std::filesystem::path& folder, const clients::Client& client)
{
    std::string stem = namePart(client.familyName);
    const std::string given = namePart(client.givenNames);
    if (!given.empty())
        stem += (stem.empty() ? "" : "-") + given;
    if (stem.empty())
        stem = "client-" + std::to_string(client.id);
    return {folder / (stem + "-record.pdf"), folder / (stem + "-record.zip")};
}

} // namespace knotwork::app
