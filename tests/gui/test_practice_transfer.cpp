// File › Export practice… and Import practice…: the archive is private and encrypted like the
// practice; a refused archive's problems are all listed and nothing is created; a good one opens.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "app/gui/client_record_export.h"
#include "app/gui/export_dialog.h"
#include "app/gui/import_problems_dialog.h"
#include "app/gui/main_frame.h"
#include "app/gui/passphrase_prompt.h"
#include "app/gui/practice_transfer.h"
#include "app/practice/client_export_files.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_export.h"
#include "app/practice/zip_archive.h"
#include "client_views.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "practice_file_test.h"
#include "screenshot.h"
#include "support/practice_files.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace testing;

class PracticeTransfer : public PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_folder = RunningApp::home() / ("transfer-" + std::to_string(++s_tests));
        std::filesystem::create_directories(m_folder);
    }

    // Every file left in the test's folder.
    std::vector<std::string> filesLeft() const
    {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(m_folder))
            names.push_back(entry.path().filename().string());
        return names;
    }

    std::filesystem::path m_folder;
    static inline int s_tests = 0;
};

TEST_F(PracticeTransfer, AnEncryptedPracticeExportsAPrivateEncryptedArchiveThatImportsWithItsPassphrase)
{
    const auto file = practiceWithOneClient("to-export", kTestPassphrase);
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::ExistingOnly, kTestPassphrase));
    const auto archive = m_folder / "exported.zip";
    bool askedPlain = false;
    answerNextDialog([&](wxDialog& dialog) {
        ASSERT_EQ(dialog.GetName(), "export-practice-dialog");
        auto& exporting = dynamic_cast<ExportDialog&>(dialog);
        EXPECT_THAT(ui::toUtf8(exporting.destinationField().GetValue()), HasSubstr("to-export-export-2026-11-23.zip"));
        ASSERT_NE(exporting.plainBox(), nullptr);
        EXPECT_FALSE(exporting.plainBox()->GetValue()) << "encrypted unless asked";
        exporting.setPlainQuestion([&] {
            askedPlain = true;
            return false;  // keep it encrypted
        });
        tick(dialog, "export-without-encryption");
        EXPECT_TRUE(askedPlain) << "exporting in the clear was not confirmed";
        EXPECT_FALSE(exporting.plainBox()->GetValue());
        type(dialog, "destination", ui::pathToWx(archive));
        saveScreenshot(dialog, "export-practice-dialog");
        ok(dialog);
    });
    exportOpenPractice(RunningApp::mainFrame());
    processEvents();

    ASSERT_TRUE(std::filesystem::exists(archive));
    EXPECT_EQ(knotwork::testing::permissionBits(archive), 0600u);
    EXPECT_THAT(knotwork::testing::readBytes(archive), Not(HasSubstr(kSecretFamilyName)));
    EXPECT_THROW(app::readZip(archive, ""), PassphraseError) << "the archive opens without the passphrase";
    ASSERT_EQ(RunningApp::notifier().information.size(), 1u);
    EXPECT_THAT(RunningApp::notifier().information[0].text, HasSubstr(archive.string()));

    const auto imported = m_folder / "imported.sqlite";
    answerNextDialog([&](wxDialog& dialog) {
        ASSERT_EQ(dialog.GetName(), "passphrase-prompt");
        type(dialog, "passphrase", kTestPassphrase);
        ok(dialog);
    });
    ASSERT_TRUE(importArchiveInto(RunningApp::mainFrame(), archive, imported));
    processEvents();
    ASSERT_EQ(RunningApp::mainFrame().practice()->database().path(), imported);
    EXPECT_TRUE(RunningApp::mainFrame().practice()->database().encrypted()) << "the import kept the passphrase";
    EXPECT_EQ(clientCount(), 1);
}

TEST_F(PracticeTransfer, APlainPracticesExportSaysItIsInTheClearAndImportsIntoANewPractice)
{
    const auto file = practiceWithOneClient("plain-export", "");
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::ExistingOnly));
    const auto archive = m_folder / "plain";
    answerNextDialog([&](wxDialog& dialog) {
        auto& exporting = dynamic_cast<ExportDialog&>(dialog);
        EXPECT_EQ(exporting.plainBox(), nullptr);
        saveScreenshot(dialog, "export-practice-dialog-plain");
        type(dialog, "destination", ui::pathToWx(archive));
        ok(dialog);
    });
    exportOpenPractice(RunningApp::mainFrame());
    processEvents();
    const auto written = m_folder / "plain.zip";
    ASSERT_TRUE(std::filesystem::exists(written)) << ".zip is added to a name without one";
    EXPECT_EQ(knotwork::testing::permissionBits(written), 0600u);

    const auto imported = m_folder / "imported.sqlite";
    ASSERT_TRUE(importArchiveInto(RunningApp::mainFrame(), written, imported));
    processEvents();
    ASSERT_EQ(RunningApp::mainFrame().practice()->database().path(), imported);
    EXPECT_FALSE(RunningApp::mainFrame().practice()->database().encrypted());
    EXPECT_EQ(clientCount(), 1);
}

TEST_F(PracticeTransfer, ARefusedArchiveListsEveryProblemAndCreatesNothing)
{
    const auto file = practiceWithOneClient("to-break", "");
    const auto good = m_folder / "good.zip";
    {
        app::PracticeContext practice(file, db::OpenMode::ExistingOnly, "tester", RunningApp::mainFrame().clock());
        app::exportPractice(practice, good, {});
    }
    // Every record of every table loses its last field.
    const auto broken = m_folder / "broken.zip";
    std::size_t records = 0;
    {
        app::ZipWriter writer(broken, "");
        for (app::ZipEntry& entry : app::readZip(good, "")) {
            if (entry.name.starts_with("tables/")) {
                nlohmann::ordered_json rows = nlohmann::ordered_json::parse(entry.bytes);
                for (auto& row : rows) {
                    row.erase(std::prev(row.end()).key());
                    ++records;
                }
                entry.bytes = rows.dump();
            }
            writer.add(entry.name, entry.bytes);
        }
        writer.finish();
    }
    ASSERT_GE(records, 3u);
    std::filesystem::remove(good);

    std::size_t listed = 0;
    answerNextDialog([&](wxDialog& dialog) {
        ASSERT_EQ(dialog.GetName(), "import-problems-dialog");
        auto& problems = dynamic_cast<ImportProblemsDialog&>(dialog);
        listed = problems.list().rowCount();
        std::vector<std::string> rows;
        for (std::size_t row = 0; row < listed; ++row)
            rows.push_back(ui::toUtf8(problems.list().cell(row, 0)));
        EXPECT_THAT(rows, ::testing::Contains(HasSubstr("clients #"))) << "the client's record is not named";
        wxString intro = child<wxWindow>(dialog, "import-problems-intro").GetLabel();
        intro.Replace("\n", " ");  // as wrapped on screen
        EXPECT_THAT(ui::toUtf8(intro), HasSubstr("Nothing was created or changed"));
        saveScreenshot(dialog, "import-problems");
        ok(dialog);
    });
    const auto imported = m_folder / "never.sqlite";
    EXPECT_FALSE(importArchiveInto(RunningApp::mainFrame(), broken, imported));
    processEvents();
    EXPECT_GE(listed, records) << "a problem of a record was not listed";
    EXPECT_FALSE(std::filesystem::exists(imported));
    EXPECT_THAT(filesLeft(), ::testing::ElementsAre("broken.zip"));
    EXPECT_EQ(RunningApp::mainFrame().practice()->database().path().filename(), "practice.sqlite")
        << "the open practice changed";
}

TEST_F(PracticeTransfer, AClientsRecordIsWrittenForThemAsAPdfAndAnOpenArchiveIntoTheChosenFolder)
{
    clients::ClientId id = 0;
    const auto file = practiceWithOneClient("client-record", "", &id);
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::ExistingOnly));
    RunningApp::mainFrame().openClient(id);
    processEvents();
    answerNextDialog([&](wxDialog& dialog) {
        ASSERT_EQ(dialog.GetName(), "export-client-record-dialog");
        EXPECT_EQ(dynamic_cast<ExportDialog&>(dialog).plainBox(), nullptr) << "the client's copy is never encrypted";
        type(dialog, "destination", ui::pathToWx(m_folder / "missing"));
        ok(dialog);
        EXPECT_TRUE(dialog.IsModal()) << "a folder that is not there was taken";
        type(dialog, "destination", ui::pathToWx(m_folder));
        saveScreenshot(dialog, "export-client-record-dialog");
        ok(dialog);
    });
    exportChosenClientRecord(RunningApp::mainFrame());
    processEvents();

    const app::ClientExportFiles files =
        app::clientExportFiles(m_folder, RunningApp::mainFrame().practice()->clientService().clients().chart(id).client);
    ASSERT_TRUE(std::filesystem::exists(files.pdf));
    ASSERT_TRUE(std::filesystem::exists(files.archive));
    EXPECT_EQ(knotwork::testing::readBytes(files.pdf).substr(0, 5), "%PDF-");
    EXPECT_EQ(knotwork::testing::permissionBits(files.pdf), 0600u);
    EXPECT_EQ(knotwork::testing::permissionBits(files.archive), 0600u);
    EXPECT_FALSE(app::readZip(files.archive, "").empty());
    ASSERT_EQ(RunningApp::notifier().information.size(), 1u);
    EXPECT_THAT(RunningApp::notifier().information[0].text, HasSubstr(files.pdf.string()));
}

} // namespace
} // namespace knotwork::gui
