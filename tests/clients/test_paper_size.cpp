// The paper a new practice prints on follows the locale: US Letter where the country uses it,
// A4 elsewhere; once the practice's settings are saved, they decide.
#include <gtest/gtest.h>

#include "clients/paper_size.h"
#include "support/environment_override.h"
#include "support/in_memory_practice.h"

namespace knotwork::clients {
namespace {

TEST(PaperSizeByLocale, UnitedStatesAndCanadaPrintOnLetter)
{
    for (const char* locale : {"en_US", "en_US.UTF-8", "fr_CA", "fr_CA.utf8", "en_CA.UTF-8", "es_MX.UTF-8", "en-US"})
        EXPECT_EQ(paperSizeForLocale(locale), PaperSize::UsLetter) << locale;
}

TEST(PaperSizeByLocale, EverywhereElsePrintsOnA4)
{
    for (const char* locale : {"en_GB.UTF-8", "fr_FR.UTF-8", "de_DE", "fr_BE.UTF-8@euro", "en_AU", "pt_BR", "de-CH"})
        EXPECT_EQ(paperSizeForLocale(locale), PaperSize::A4) << locale;
}

TEST(PaperSizeByLocale, ALocaleWithoutACountryPrintsOnA4)
{
    for (const char* locale : {"", "C", "C.UTF-8", "POSIX", "en", "fr.UTF-8", "zh_Hant_TW"})
        EXPECT_EQ(paperSizeForLocale(locale), PaperSize::A4) << locale;
}

TEST(PaperSizeByLocale, LcAllThenLcPaperThenLangDecide)
{
    using testing::EnvironmentOverride;
    EnvironmentOverride all("LC_ALL", std::nullopt);
    EnvironmentOverride paper("LC_PAPER", std::nullopt);
    EnvironmentOverride lang("LANG", "fr_CA.UTF-8");
    EXPECT_EQ(paperLocaleName(), "fr_CA.UTF-8");
    {
        EnvironmentOverride paperSet("LC_PAPER", "en_GB.UTF-8");
        EXPECT_EQ(paperLocaleName(), "en_GB.UTF-8");
        EnvironmentOverride allSet("LC_ALL", "en_US.UTF-8");
        EXPECT_EQ(paperLocaleName(), "en_US.UTF-8");
    }
}

TEST(PaperSizeByLocale, ANewPracticePrintsOnTheLocalePaperUntilItsSettingsAreSaved)
{
    const Clock clock = Clock::stoppedOn(Date(2026, 11, 23));
    testing::InMemoryPractice practice(clock, "Ana Lima");
    ClientService letterPractice(practice.clientStore, practice.providerStore, practice.settingsStore, clock,
                                 PaperSize::UsLetter);
    EXPECT_EQ(letterPractice.settings().paperSize, PaperSize::UsLetter);
    EXPECT_TRUE(letterPractice.settings().neverSaved());

    // Skipping the practice's details keeps the locale's paper, and the settings count as saved.
    letterPractice.keepDefaultSettings();
    EXPECT_FALSE(letterPractice.settings().neverSaved());
    EXPECT_EQ(practice.settingsStore.load().paperSize, PaperSize::UsLetter);

    // What was saved decides from then on, whatever the locale.
    ClientService a4Practice(practice.clientStore, practice.providerStore, practice.settingsStore, clock,
                             PaperSize::A4);
    EXPECT_EQ(a4Practice.settings().paperSize, PaperSize::UsLetter);
    PracticeSettings settings = a4Practice.settings();
    settings.paperSize = PaperSize::A4;
    a4Practice.saveSettings(settings, std::nullopt);
    EXPECT_EQ(letterPractice.settings().paperSize, PaperSize::A4);
}

TEST(PaperSizeByLocale, KeepingTheDefaultsOfSavedSettingsChangesNothing)
{
    const Clock clock = Clock::stoppedOn(Date(2026, 11, 23));
    testing::InMemoryPractice practice(clock, "Ana Lima");
    PracticeSettings settings = practice.clientService.settings();
    settings.practiceName = "Harbourside Massage";
    practice.clientService.saveSettings(settings, std::nullopt);
    practice.clientService.keepDefaultSettings();
    EXPECT_EQ(practice.settingsStore.load().rowVersion, 1);
    EXPECT_EQ(practice.settingsStore.load().practiceName, "Harbourside Massage");
}

} // namespace
} // namespace knotwork::clients
