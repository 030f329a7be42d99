// knotwork-cli export and import as a user runs them, and killed at arbitrary moments: the
// archive is whole or absent, the practice as it was or the whole import, no partial file left.
#include <chrono>
#include <functional>
#include <gtest/gtest.h>

#include "cli_practice_test.h"
#include "support/export_archive.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

namespace fs = std::filesystem;
using knotwork::testing::ProcessResult;
using knotwork::testing::readBytes;

class ExportCommands : public CliPracticeTest {
protected:
    ProcessResult cliOn(const fs::path& practice, std::vector<std::string> arguments)
    {
        return runCliOn(m_dir / "data", practice, std::move(arguments));
    }

    // The files a command left that are neither whole nor named.
    std::vector<fs::path> partialFiles() { return knotwork::testing::partialFiles(m_dir.path()); }

    // Moments spread over a whole run of the command (timed once, unkilled, by `timedRun`), and one
    // well past its end.
    static std::vector<std::chrono::milliseconds> momentsOver(const std::function<void()>& timedRun)
    {
        const auto start = std::chrono::steady_clock::now();
        timedRun();
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        std::vector<std::chrono::milliseconds> moments;
        for (int eighth = 0; eighth <= 8; ++eighth)
            moments.push_back(took * eighth / 8);
        moments.push_back(took * 4);  // surely past its end, however busy the computer is
        return moments;
    }

    long long clientCount(const fs::path& practice)
    {
        const ProcessResult info = cliOn(practice, {"info", "--json"});
        EXPECT_EQ(info.exitCode, 0) << info.err;
        return info.exitCode == 0 ? nlohmann::json::parse(info.out)["counts"]["clients"].get<long long>() : -1;
    }
};

TEST_F(ExportCommands, ExportAndImportCarryThePracticeToAnotherFile)
{
    addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz"});
    const fs::path archive = m_dir / "practice-export.zip";
    const ProcessResult exported = cli({"export", "--out", archive.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find("practice-export.zip"), std::string::npos) << exported.out;
    EXPECT_EQ(knotwork::testing::permissionBits(archive), 0600u);

    const fs::path other = m_dir / "other.sqlite";
    const ProcessResult imported = cliOn(other, {"import", "--from", archive.string(), "--json"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(nlohmann::json::parse(imported.out)["counts"]["clients"], 1);
    EXPECT_NE(cliOn(other, {"client", "list"}).out.find("Łukasz"), std::string::npos);

    const ProcessResult again = cli({"export", "--out", archive.string()});
    EXPECT_EQ(again.exitCode, 3) << "an existing file is never overwritten";
    const ProcessResult intoRecords = cli({"import", "--from", archive.string()});
    EXPECT_EQ(intoRecords.exitCode, 1);
    EXPECT_NE(intoRecords.err.find("import into an empty practice"), std::string::npos) << intoRecords.err;
}

TEST_F(ExportCommands, AnEncryptedPracticeExportsEncryptedAndImportsWithTheArchivesPassphrase)
{
    const fs::path passphrase = m_dir / "passphrase";
    knotwork::testing::writeBytes(passphrase, "correct horse battery\n");
    fs::permissions(passphrase, fs::perms::owner_read | fs::perms::owner_write);
    fs::remove(m_practice);  // made anew, encrypted
    ASSERT_EQ(cli({"--passphrase-file", passphrase.string(), "init"}).exitCode, 0);
    const fs::path archive = m_dir / "export.zip";
    const ProcessResult exported = cli({"--passphrase-file", passphrase.string(), "export", "--out", archive.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find("encrypted"), std::string::npos) << exported.out;

    const fs::path other = m_dir / "other.sqlite";
    const ProcessResult without = cliOn(other, {"import", "--from", archive.string()});
    EXPECT_EQ(without.exitCode, 3);
    EXPECT_NE(without.err.find("--archive-passphrase-file"), std::string::npos) << without.err;
    EXPECT_FALSE(fs::exists(other));
    const ProcessResult with =
        cliOn(other, {"import", "--from", archive.string(), "--archive-passphrase-file", passphrase.string()});
    ASSERT_EQ(with.exitCode, 0) << with.err;
    EXPECT_EQ(cliOn(other, {"info"}).exitCode, 3) << "the practice made from it is encrypted too";
    EXPECT_EQ(cliOn(other, {"--passphrase-file", passphrase.string(), "info"}).exitCode, 0);

    const ProcessResult plain =
        cli({"--passphrase-file", passphrase.string(), "export", "--plain", "--out", (m_dir / "plain.zip").string()});
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_NE(plain.err.find("unencrypted"), std::string::npos) << plain.err;
    EXPECT_EQ(cliOn(m_dir / "third.sqlite", {"import", "--from", (m_dir / "plain.zip").string()}).exitCode, 0);
}

TEST_F(ExportCommands, ImportOfADamagedArchiveNamesEachRecordAndFieldAndImportsNothing)
{
    const long long id = addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz"});
    const fs::path archive = m_dir / "export.zip";
    ASSERT_EQ(cli({"export", "--out", archive.string()}).exitCode, 0);
    knotwork::testing::ExportEntries entries = app::readZip(archive, "");
    auto clients = knotwork::testing::exportJson(entries, "tables/clients.json");
    clients[0]["intake"]["headache"]["days_per_month"] = -4.5;
    clients[0]["family_name"] = nullptr;
    knotwork::testing::setExportJson(entries, "tables/clients.json", clients);
    knotwork::testing::writeExport(m_dir / "damaged.zip", entries);

    const fs::path other = m_dir / "other.sqlite";
    const ProcessResult imported = cliOn(other, {"import", "--from", (m_dir / "damaged.zip").string()});
    EXPECT_EQ(imported.exitCode, 1);
    const std::string record = "clients #" + std::to_string(id);
    EXPECT_NE(imported.err.find(record + ", intake.headache.days_per_month: "), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find(record + ", family_name: "), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("Nothing was imported"), std::string::npos) << imported.err;
    EXPECT_FALSE(fs::exists(other));
    EXPECT_TRUE(partialFiles().empty());
}

TEST_F(ExportCommands, AnExportKilledAtAnyMomentLeavesTheWholeArchiveOrNone)
{
    ASSERT_EQ(cli({"demo", "--clients", "25"}).exitCode, 0);
    const fs::path reference = m_dir / "reference.zip";
    ASSERT_EQ(cli({"export", "--out", reference.string()}).exitCode, 0);
    const std::string whole = readBytes(reference);
    const fs::path archive = m_dir / "export.zip";
    int killed = 0;
    const auto moments = momentsOver([&] {
        ASSERT_EQ(cli({"export", "--out", archive.string()}).exitCode, 0);
        fs::remove(archive);
    });
    for (const auto delay : moments) {
        const ProcessResult run =
            runCliOnKilledAfter(m_dir / "data", m_practice, {"export", "--out", archive.string()}, delay);
        killed += run.exitCode == 137;
        if (fs::exists(archive)) {
            EXPECT_EQ(readBytes(archive), whole) << "killed after " << delay.count() << " ms: a half archive";
            fs::remove(archive);
        }
        EXPECT_EQ(partialFiles(), std::vector<fs::path>{}) << "killed after " << delay.count() << " ms";
        EXPECT_EQ(clientCount(m_practice), 25);
    }
    EXPECT_GT(killed, 0) << "no run was killed before it finished";
}

TEST_F(ExportCommands, AnImportKilledAtAnyMomentLeavesThePracticeAsItWasOrTheWholeImport)
{
    ASSERT_EQ(cli({"demo", "--clients", "25"}).exitCode, 0);
    const fs::path archive = m_dir / "export.zip";
    ASSERT_EQ(cli({"export", "--out", archive.string()}).exitCode, 0);
    const fs::path target = m_dir / "target" / "practice.sqlite";
    int killed = 0;
    int whole = 0;
    const auto moments = momentsOver([&] {
        ASSERT_EQ(cliOn(m_dir / "timed.sqlite", {"import", "--from", archive.string()}).exitCode, 0);
    });
    for (const auto delay : moments) {
        if (!fs::exists(target)) {
            ASSERT_EQ(cliOn(target, {"init"}).exitCode, 0);
        }
        const ProcessResult run = runCliOnKilledAfter(m_dir / "data", target, {"import", "--from", archive.string()}, delay);
        killed += run.exitCode == 137;
        // The next opening finishes the job: a replacement a kill left half-written goes.
        ASSERT_EQ(cliOn(target, {"client", "list"}).exitCode, 0) << "killed after " << delay.count() << " ms";
        EXPECT_EQ(partialFiles(), std::vector<fs::path>{}) << "killed after " << delay.count() << " ms";
        const long long clients = clientCount(target);
        EXPECT_TRUE(clients == 0 || clients == 25) << "killed after " << delay.count() << " ms: " << clients << " clients";
        if (clients == 25) {
            ++whole;
            EXPECT_EQ(cliOn(target, {"export", "--out", (m_dir / "again.zip").string()}).exitCode, 0);
            EXPECT_EQ(readBytes(m_dir / "again.zip"), readBytes(archive)) << "killed after " << delay.count() << " ms";
            fs::remove(m_dir / "again.zip");
            fs::remove_all(target.parent_path());
        }
    }
    EXPECT_GT(killed, 0) << "no run was killed before it finished";
    EXPECT_GT(whole, 0) << "no import finished";
}

} // namespace
} // namespace knotwork::cli
