#pragma once
// What the export and import tests share: a practice on a fixed day, filled with the demo.

#include <filesystem>
#include <memory>
#include <string>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "app/practice/practice_export.h"
#include "demo/demo_practice.h"
#include "support/export_archive.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::app::export_tests {

namespace fs = std::filesystem;
// What both test files read archives and practices with.
using knotwork::testing::exportEntry;
using knotwork::testing::exportJson;
using knotwork::testing::ExportEntries;
using knotwork::testing::readBytes;
using knotwork::testing::setExportJson;
using knotwork::testing::sqliteQuery;
using knotwork::testing::TempDir;

inline const Date kDay(2026, 11, 23);

inline std::unique_ptr<PracticeContext> openContext(const fs::path& file, const std::string& passphrase = {})
{
    return std::make_unique<PracticeContext>(file, db::OpenMode::CreateIfMissing, "Maya Lindqvist",
                                             Clock::stoppedOn(kDay), passphrase);
}

// A demo practice of `clients` clients, with a letterhead logo so an attachment travels too.
inline void fillDemo(PracticeContext& practice, int clients)
{
    practice.unitOfWork().run([&] {
        ASSERT_TRUE(demo::fillDemoPractice(practice.demoStores(), {clients, 3, kDay}));
    });
    clients::PracticeSettings settings = practice.clientService().settings();
    practice.clientService().saveSettings(
        settings, clients::Attachment{0, std::nullopt, "logo.png", "image/png", std::string("\x89PNG\r\n\x1a\n\0\1\2", 11)});
}

// dir/p.sqlite, a demo practice of `clients` clients, exported to dir/export.zip and closed.
inline void exportDemo(const TempDir& dir, int clients)
{
    auto practice = openContext(dir / "p.sqlite");
    fillDemo(*practice, clients);
    exportPractice(*practice, dir / "export.zip", {});
}

} // namespace knotwork::app::export_tests
