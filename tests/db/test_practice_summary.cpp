#include <gtest/gtest.h>

#include "db/migrator.h"
#include "db/practice_opener.h"
#include "db/practice_summary.h"
#include "practice_on_backend.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

class PracticeSummaryOnBackends : public backends::OnBothBackends {};

TEST_P(PracticeSummaryOnBackends, ReportsWhereItIsItsSizeFormatIntegrityAndRecordCounts)
{
    const PracticeSummary summary = summarizePractice(*m_database);

    const int latest = static_cast<int>(builtInMigrations().size());
    EXPECT_EQ(summary.onServer, m_practice.onServer());
    EXPECT_EQ(summary.where, m_database->where());
    if (!m_practice.onServer()) {
        EXPECT_EQ(summary.where, m_practice.file().string());
    }
    EXPECT_EQ(summary.schemaVersion, latest);
    EXPECT_EQ(summary.supportedSchemaVersion, latest);
    EXPECT_EQ(summary.integrity, "ok");
    // A file of the empty schema is some hundred kilobytes; a server database several megabytes.
    EXPECT_GT(summary.storedBytes, 50'000u);
    std::vector<std::string> names;
    for (const RecordCount& count : summary.counts)
        names.push_back(count.name);
    EXPECT_EQ(names, (std::vector<std::string>{"clients", "providers", "screenings", "clearances",
                                               "consents", "attachments", "session_notes", "addenda",
                                               "treatment_plans", "outcome_measures", "appointments",
                                               "invoices", "payments", "packages", "gift_certificates",
                                               "audit_entries"}));
    EXPECT_EQ(summary.counts.front().label, "Clients");
    EXPECT_EQ(summary.counts.front().count, 0);
    EXPECT_EQ(summary.counts.back().label, "Audit entries");
    EXPECT_EQ(summary.counts.back().count, latest + 1);  // one row per migration, and the record chain's start
}

KNOTWORK_ON_BOTH_BACKENDS(PracticeSummaryOnBackends);

TEST(PracticeSummary, AnEmptyFileHasFormatZeroAndNoCounts)
{
    testing::TempDir dir;
    auto database = Database::open(dir / "empty.sqlite", OpenMode::CreateIfMissing);
    const PracticeSummary summary = summarizePractice(*database);
    EXPECT_EQ(summary.schemaVersion, 0);
    EXPECT_EQ(summary.integrity, "ok");
    EXPECT_TRUE(summary.counts.empty());
}

} // namespace
} // namespace knotwork::db
