#pragma once
// Reading and rewriting a whole-practice export as another program would: its entries, one
// table's rows as JSON, and a tampered copy written back in the same entry order.

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>

#include "app/practice/zip_archive.h"

namespace knotwork::testing {

using ExportEntries = std::vector<app::ZipEntry>;

inline std::string& exportEntry(ExportEntries& entries, const std::string& name)
{
    const auto found = std::find_if(entries.begin(), entries.end(), [&](const app::ZipEntry& e) { return e.name == name; });
    if (found == entries.end())
        throw std::runtime_error("the export has no entry " + name);
    return found->bytes;
}

inline nlohmann::ordered_json exportJson(ExportEntries& entries, const std::string& name)
{
    return nlohmann::ordered_json::parse(exportEntry(entries, name));
}

inline void setExportJson(ExportEntries& entries, const std::string& name, const nlohmann::ordered_json& json)
{
    exportEntry(entries, name) = json.dump();
}

inline void writeExport(const std::filesystem::path& file, const ExportEntries& entries, const std::string& passphrase = {})
{
    app::ZipWriter writer(file, passphrase);
    for (const app::ZipEntry& entry : entries)
        writer.add(entry.name, entry.bytes);
    writer.finish();
}

} // namespace knotwork::testing
