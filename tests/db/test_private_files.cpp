// Every file the app writes holds health records: it is the owner's alone (0600) whatever the
// umask, and written whole under a temporary name. One test per kind of file written below the
// front ends; the CLI's and the GUI's own files are tested in tests/cli and tests/gui.
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "db/database.h"
#include "reports/report_exporter.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"
#include "support/umask_override.h"

namespace knotwork::db {
namespace {

namespace fs = std::filesystem;
using knotwork::testing::permissionBits;
using knotwork::testing::UmaskOverride;

const Date kToday(2026, 12, 6);

TEST(PrivateFiles, APracticeMadeFromAnExistingEmptyFileBecomesTheOwnersAlone)
{
    knotwork::testing::TempDir dir;
    const fs::path file = dir / "practice.sqlite";
    {
        UmaskOverride open(0);
        knotwork::testing::writeBytes(file, "");
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read
                                  | fs::perms::others_read | fs::perms::others_write);
    }
    ASSERT_EQ(permissionBits(file), 0646u);
    UmaskOverride usual(022);
    app::PracticeContext practice(file, OpenMode::CreateIfMissing, "Maya", Clock::stoppedOn(kToday));
    practice.clientService().saveIntake(knotwork::testing::newClient("Martin", "Zoë"));
    EXPECT_EQ(permissionBits(file), 0600u);
    // SQLite gives its write-ahead log the practice's own permissions.
    ASSERT_TRUE(fs::exists(fs::path(file) += "-wal"));
    EXPECT_EQ(permissionBits(fs::path(file) += "-wal"), 0600u);
}

TEST(PrivateFiles, ACopyOfThePracticeIsTheOwnersAloneUnderAnOpenUmask)
{
    // Database::backupTo writes the copy kept before a migration and every backup.
    knotwork::testing::TempDir dir;
    UmaskOverride open(0);
    auto database = Database::open(dir / "practice.sqlite", OpenMode::CreateIfMissing);
    database->backupTo(dir / "copy.sqlite");
    EXPECT_EQ(permissionBits(dir / "copy.sqlite"), 0600u);
    EXPECT_FALSE(fs::exists(dir / "copy.sqlite.partial"));
}

class PrivateDocuments : public ::testing::Test {
protected:
    PrivateDocuments()
        : m_practice(m_dir / "practice.sqlite", OpenMode::CreateIfMissing, "Maya", Clock::stoppedOn(kToday)),
          m_client(m_practice.clientService().saveIntake(knotwork::testing::newClient("Martin", "Zoë"))),
          m_exporter(m_practice.sharingService())
    {
    }

    knotwork::testing::TempDir m_dir;
    app::PracticeContext m_practice;
    clients::ClientId m_client;
    reports::ReportExporter m_exporter;
};

TEST_F(PrivateDocuments, AReportWrittenUnderTheUsualUmaskIsTheOwnersAlone)
{
    UmaskOverride usual(022);
    const fs::path pdf = m_dir / "intake.pdf";
    m_exporter.intake(m_client, std::nullopt, pdf);
    EXPECT_EQ(permissionBits(pdf), 0600u);
    EXPECT_FALSE(fs::exists(fs::path(pdf) += ".partial"));
}

TEST_F(PrivateDocuments, APartialFileAnEarlierAttemptLeftReadableIsMadePrivateBeforeItIsFilled)
{
    UmaskOverride open(0);
    const fs::path pdf = m_dir / "record.pdf";
    knotwork::testing::writeBytes(fs::path(pdf) += ".partial", "half a PDF");
    fs::permissions(fs::path(pdf) += ".partial", fs::perms::all);
    m_exporter.clientRecord(m_client, pdf);
    EXPECT_EQ(permissionBits(pdf), 0600u);
    EXPECT_EQ(knotwork::testing::readBytes(pdf).substr(0, 5), "%PDF-");
}

} // namespace
} // namespace knotwork::db
