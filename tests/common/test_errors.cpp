#include <gtest/gtest.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {
namespace {

TEST(ValidationError, NamesTheFieldAndTheRuleBesideTheMessage)
{
    const ValidationError error("date_of_birth", "not-in-future", "Date of birth cannot be in the future.");
    EXPECT_EQ(error.field(), "date_of_birth");
    EXPECT_EQ(error.rule(), "not-in-future");
    EXPECT_STREQ(error.what(), "Date of birth cannot be in the future.");
}

TEST(Errors, ADamagedPracticeIsAStorageErrorSoOneHandlerCatchesBoth)
{
    try {
        throw PracticeFileError("damaged");
    } catch (const StorageError& error) {
        EXPECT_STREQ(error.what(), "damaged");
    }
}

TEST(FormatMessage, FillsPlaceholdersOfATranslatedSentence)
{
    EXPECT_EQ(formatMessage(_("{} of {} clients"), 3, 10), "3 of 10 clients");
    EXPECT_EQ(formatMessage("{:.1f} KB", 2.25), "2.2 KB");
}

TEST(Translate, ReturnsTheMessageItselfWhenNoCatalogTranslatesIt)
{
    EXPECT_STREQ(_("Nothing booked today"), "Nothing booked today");
}

} // namespace
} // namespace knotwork
