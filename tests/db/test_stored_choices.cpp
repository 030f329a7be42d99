// A choice is stored as its key. A key this version does not know (a newer Knotwork's, or a
// file edited by hand) is damage naming the record, never read as some default.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "db/record_damage.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

class StoredChoices : public backends::OnBothBackends {};

TEST_P(StoredChoices, AnUnknownKeyIsDamageNamingTheRecordTheColumnAndTheKey)
{
    clients::ProviderId id = 0;
    {
        app::PracticeContext practice(*m_database, "Maya", Clock::stoppedOn(Date(2026, 11, 24)));
        clients::Provider provider;
        provider.name = "Dr Amara Okafor";
        provider.role = clients::ProviderRole::Physician;
        id = practice.clientService().saveProvider(provider);
    }
    m_practice.query("UPDATE providers SET role = 'shaman' WHERE id = " + std::to_string(id));

    const auto reopened = m_practice.open("Maya", OpenMode::ExistingOnly).database;
    app::PracticeContext practice(*reopened, "Maya", Clock::stoppedOn(Date(2026, 11, 24)));
    try {
        practice.clientService().providers().get(id);
        FAIL() << "an unknown role was read as something else";
    } catch (const DamagedRecordError& error) {
        EXPECT_EQ(error.record(), "provider " + std::to_string(id));
        EXPECT_THAT(error.what(), AllOf(HasSubstr("provider " + std::to_string(id) + " is damaged"),
                                        HasSubstr("\"shaman\""), HasSubstr("column role")));
    }
}

KNOTWORK_ON_BOTH_BACKENDS(StoredChoices);

} // namespace
} // namespace knotwork::db
