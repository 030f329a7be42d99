// A choice is stored as its key. A key this version does not know (a newer Knotwork's, or a
// file edited by hand) is an error naming where it is, never read as some default.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

TEST(StoredChoices, AnUnknownKeyIsAnErrorNamingTheTableTheRowAndTheColumn)
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
    } catch (const StorageError& error) {
        EXPECT_THAT(error.what(), AllOf(HasSubstr("\"shaman\""), HasSubstr("table providers"),
                                        HasSubstr("row " + std::to_string(id)), HasSubstr("column role")));
    }
}

} // namespace
} // namespace knotwork::db
