// The windows of records that outlive the laptop fit a laptop's screen too: the restore dialog,
// the passphrase dialog and prompt, the export dialog and the import's problems (the suite is
// instantiated in test_window_fit.cpp).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/gui/export_dialog.h"
#include "app/gui/import_problems_dialog.h"
#include "app/gui/passphrase_dialog.h"
#include "app/gui/passphrase_prompt.h"
#include "app/gui/restore_dialog.h"
#include "app/practice/practice_restore.h"
#include "db/practice_summary.h"
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using ::testing::IsEmpty;
using testing::processEvents;
using testing::RunningApp;
using testing::Screen;
using testing::WindowFit;

TEST_P(WindowFit, TheRestoreDialogOfABackupOfTheDemoPractice)
{
    app::RestoreCandidate candidate;
    candidate.file = practice().database().path().parent_path() / "backups" / "practice 2026-11-22 1203.sqlite";
    candidate.encrypted = true;
    candidate.counts = db::summarizePractice(practice().database()).counts;
    candidate.newestSignedNote = practice().clientService().clock().now();
    candidate.lastChange = practice().clientService().clock().now();
    expectFits(show(new RestoreDialog(&frame(), candidate, candidate.lastChange, practice().database().path(),
                                      candidate.file.parent_path())),
               "restore");
}

TEST_P(WindowFit, ThePassphraseExportAndImportDialogs)
{
    const auto mine = [](const std::string&) { return true; };
    expectFits(show(new PassphraseDialog(&frame(), false, mine)), "passphrase_set");
    auto& change = show(new PassphraseDialog(&frame(), true, mine));
    expectFits(change, "passphrase_change");
    change.choose(PassphraseDialog::Mode::Remove);
    expectFits(change, "passphrase_remove");
    expectFits(show(new PassphrasePrompt(&frame(), practice().database().path(), [](const std::string&) {
                   return false;
               })),
               "passphrase_prompt");
    expectFits(show(new ExportDialog(&frame(), {.title = "Export practice",
                                                .name = "export-practice-dialog",
                                                .intro = "Every record of the practice, in one archive.",
                                                .destinationLabel = "&Save as",
                                                .destination = "/home/someone/Documents/a-rather-long-practice-"
                                                               "name-export-2026-11-23.zip",
                                                .encrypted = true,
                                                .run = {}})),
               "export_practice");
    std::vector<FieldProblem> problems;
    for (int row = 1; row <= 60; ++row)
        problems.push_back({"clients[" + std::to_string(row) + "].intake.health.conditions[0]", "required",
                            "clients #" + std::to_string(row) + ", intake.health.conditions[0]: is missing"});
    expectFits(show(new ImportProblemsDialog(&frame(), "/home/someone/old-practice.zip", problems)), "import_problems");
}

} // namespace
} // namespace knotwork::gui
