// A choice is stored as its key. A key this version does not know (a newer Knotwork's, or a
// file edited by hand) is damage naming the record, never read as some default.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "db/record_damage.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

TEST(StoredChoices, AnUnknownKeyIsDamageNamingTheRecordTheColumnAndTheKey)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "practice.sqlite";
    clients::ProviderId id = 0;
    {
        app::PracticeContext practice(file, OpenMode::CreateIfMissing, "Maya", Clock::stoppedOn(Date(2026, 11, 24)));
        clients::Provider provider;
        provider.name = "Dr Amara Okafor";
        provider.role = clients::ProviderRole::Physician;
        id = practice.clientService().saveProvider(provider);
    }
    knotwork::testing::sqliteQuery(file, "UPDATE providers SET role = 'shaman' WHERE id = " + std::to_string(id));

    app::PracticeContext practice(file, OpenMode::ExistingOnly, "Maya", Clock::stoppedOn(Date(2026, 11, 24)));
    try {
        practice.clientService().providers().get(id);
        FAIL() << "an unknown role was read as something else";
    } catch (const DamagedRecordError& error) {
        EXPECT_EQ(error.record(), "provider " + std::to_string(id));
        EXPECT_THAT(error.what(), AllOf(HasSubstr("provider " + std::to_string(id) + " is damaged"),
                                        HasSubstr("\"shaman\""), HasSubstr("column role")));
    }
}

} // namespace
} // namespace knotwork::db
