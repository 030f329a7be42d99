// knotwork-cli settings show|set: the practice's details the app keeps in Practice settings, with
// the same rules, and the paper size that follows the locale until they are saved.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_practice_test.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

using knotwork::testing::ProcessResult;
using nlohmann::json;
using ::testing::HasSubstr;

class SettingsCommands : public CliPracticeTest {
protected:

    json shown() { return cliJson({"settings", "show"}); }
};

TEST_F(SettingsCommands, SetKeepsThePracticesDetailsAndShowListsThem)
{
    EXPECT_EQ(cli({"settings", "set", "practice_name", "  Harbourside Massage "}).out,
              "Saved. Practice name: Harbourside Massage\n");
    for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
             {"therapist_name", "Ana Lima"},
             {"credentials", "RMT"},
             {"licence_number", "RMT 12345"},
             {"address", "210 Harbour Street\nToronto ON"},
             {"phone", "+1 416 555 0100"},
             {"email", "hello@harbourside.example.com"},
             {"paper_size", "us_letter"},
             {"cfrt_cutoff", "32"},
             {"rom_meaningful_change", " 8 "}}) {
        const ProcessResult run = cli({"settings", "set", key, value});
        EXPECT_EQ(run.exitCode, 0) << key << ": " << run.err;
    }

    const json settings = shown();
    EXPECT_EQ(settings["practice_name"], "Harbourside Massage");
    EXPECT_EQ(settings["therapist_name"], "Ana Lima");
    EXPECT_EQ(settings["credentials"], "RMT");
    EXPECT_EQ(settings["licence_number"], "RMT 12345");
    EXPECT_EQ(settings["address"], "210 Harbour Street\nToronto ON");
    EXPECT_EQ(settings["phone"], "+1 416 555 0100");
    EXPECT_EQ(settings["email"], "hello@harbourside.example.com");
    EXPECT_EQ(settings["paper_size"], "us_letter");
    EXPECT_EQ(settings["cfrt_cutoff"], 32);
    EXPECT_EQ(settings["rom_meaningful_change"], 8);

    const ProcessResult text = cli({"settings", "show"});
    EXPECT_THAT(text.out, HasSubstr("Practice name                        Harbourside Massage\n"));
    EXPECT_THAT(text.out, HasSubstr("Licence number                       RMT 12345\n"));
    EXPECT_THAT(text.out, HasSubstr("Address                              210 Harbour Street\n"
                                    "                                     Toronto ON\n"));
    EXPECT_THAT(text.out, HasSubstr("Paper size                           US Letter\n"));
    EXPECT_THAT(text.out, HasSubstr("Flexion-rotation test restricted at  32° or less\n"));
    EXPECT_THAT(text.out, HasSubstr("Smallest meaningful ROM change       8°\n"));
    EXPECT_THAT(text.out, HasSubstr("Signature                            (none)\n"));

    // An empty value clears a detail.
    ASSERT_EQ(cli({"settings", "set", "phone", ""}).exitCode, 0);
    EXPECT_EQ(shown()["phone"], "");
}

TEST_F(SettingsCommands, AWrongValueNamesTheFieldAndTheRuleAndChangesNothing)
{
    ASSERT_EQ(cli({"settings", "set", "practice_name", "Harbourside Massage"}).exitCode, 0);
    const json before = shown();
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused{
        {{"email", "not an address"}, "knotwork-cli: email: Email must be an email address"},
        {{"phone", "call me"}, "knotwork-cli: phone: "},
        {{"paper_size", "legal"}, "knotwork-cli: paper_size: paper_size must be one of: a4, us_letter"},
        {{"cfrt_cutoff", "31"}, "knotwork-cli: cfrt_cutoff: Flexion-rotation cut-off: choose 30° or 32°"},
        {{"cfrt_cutoff", "thirty"}, "knotwork-cli: cfrt_cutoff: cfrt_cutoff must be a whole number, like 10; \"thirty\""},
        {{"rom_meaningful_change", "25"},
         "knotwork-cli: rom_meaningful_change: Smallest meaningful range-of-motion change must be between 5 and 20"},
        {{"rom_meaningful_change", "4"}, "knotwork-cli: rom_meaningful_change: "},
        {{"signature", "letter.pdf"}, "knotwork-cli: Cannot read letter.pdf"},
        {{"practice_name", std::string(201, 'x')}, "knotwork-cli: practice_name: Practice name"},
        {{"logo", "letter.pdf"}, "knotwork-cli: Cannot read letter.pdf"},
        {{"colour", "teal"}, "knotwork-cli: key: There is no setting \"colour\". Settings: practice_name, "},
    };
    for (const auto& [arguments, message] : refused) {
        std::vector<std::string> command{"settings", "set"};
        command.insert(command.end(), arguments.begin(), arguments.end());
        const ProcessResult run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << arguments.front();
        EXPECT_THAT(run.err, HasSubstr(message)) << arguments.front();
    }
    EXPECT_EQ(shown(), before);
}

TEST_F(SettingsCommands, TheLogoIsAPngOrJpegCopiedIntoThePractice)
{
    const auto pdf = m_dir / "letterhead.pdf";
    knotwork::testing::writeBytes(pdf, "%PDF-1.4\n%%EOF\n");
    const ProcessResult notAnImage = cli({"settings", "set", "logo", pdf.string()});
    EXPECT_EQ(notAnImage.exitCode, 1);
    EXPECT_THAT(notAnImage.err, HasSubstr("logo: The logo must be a PNG or JPEG image."));

    const auto png = m_dir / "logo.png";
    knotwork::testing::writeBytes(png, std::string("\x89PNG\r\n\x1a\n", 8) + "not really drawn");
    ASSERT_EQ(cli({"settings", "set", "logo", png.string()}).exitCode, 0);
    EXPECT_FALSE(shown()["logo_attachment_id"].is_null());
    EXPECT_THAT(cli({"settings", "show"}).out, HasSubstr("Logo                                 logo.png\n"));

    ASSERT_EQ(cli({"settings", "set", "logo", ""}).exitCode, 0);
    EXPECT_TRUE(shown()["logo_attachment_id"].is_null());
}

TEST_F(SettingsCommands, TheSignatureIsAPngOrJpegCopiedIntoThePracticeAndCanBeRemoved)
{
    const auto pdf = m_dir / "signature.pdf";
    knotwork::testing::writeBytes(pdf, "%PDF-1.4\n%%EOF\n");
    const ProcessResult notAnImage = cli({"settings", "set", "signature", pdf.string()});
    EXPECT_EQ(notAnImage.exitCode, 1);
    EXPECT_THAT(notAnImage.err, HasSubstr("signature: The signature must be a PNG or JPEG image."));
    EXPECT_TRUE(shown()["signature_attachment_id"].is_null());

    const auto jpeg = m_dir / "ana-signature.jpg";
    knotwork::testing::writeBytes(jpeg, std::string("\xFF\xD8\xFF\xE0", 4) + "not really drawn");
    const ProcessResult saved = cli({"settings", "set", "signature", jpeg.string()});
    ASSERT_EQ(saved.exitCode, 0) << saved.err;
    EXPECT_EQ(saved.out, "Saved. Signature: ana-signature.jpg\n");
    EXPECT_FALSE(shown()["signature_attachment_id"].is_null());
    EXPECT_TRUE(shown()["logo_attachment_id"].is_null()) << "the signature is not the logo";
    EXPECT_THAT(cli({"settings", "show"}).out, HasSubstr("Signature                            ana-signature.jpg\n"));

    ASSERT_EQ(cli({"settings", "set", "signature", ""}).exitCode, 0);
    EXPECT_TRUE(shown()["signature_attachment_id"].is_null());
}

TEST_F(SettingsCommands, ANewPracticePrintsOnItsLocalesPaperUntilTheSettingsAreSaved)
{
    const auto paperIn = [this](const std::string& locale) {
        const ProcessResult run = runCliInLocale(m_dir / "data", m_practice, {"settings", "show", "--json"}, locale);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return json::parse(run.out)["paper_size"].get<std::string>();
    };
    EXPECT_EQ(paperIn("en_US.UTF-8"), "us_letter");
    EXPECT_EQ(paperIn("fr_CA.UTF-8"), "us_letter");
    EXPECT_EQ(paperIn("en_GB.UTF-8"), "a4");
    EXPECT_EQ(paperIn("de_DE.UTF-8"), "a4");
    EXPECT_THAT(runCliInLocale(m_dir / "data", m_practice, {"settings", "show"}, "fr_CA.UTF-8").out,
                HasSubstr("US Letter (this computer's locale, until the settings are saved)"));

    // Saving in Quebec keeps Letter, wherever the practice is opened afterwards.
    ASSERT_EQ(runCliInLocale(m_dir / "data", m_practice, {"settings", "set", "practice_name", "Massothérapie Côté"},
                             "fr_CA.UTF-8")
                  .exitCode,
              0);
    EXPECT_EQ(paperIn("en_GB.UTF-8"), "us_letter");
}

TEST_F(SettingsCommands, ShowAndSetNeedAPracticeAndNeitherCreatesOne)
{
    const auto elsewhere = m_dir / "elsewhere.sqlite";
    const ProcessResult show = runCliOn(m_dir / "data", elsewhere, {"settings", "show"});
    EXPECT_EQ(show.exitCode, 1);
    EXPECT_THAT(show.err, HasSubstr("There is no practice at"));
    const ProcessResult set = runCliOn(m_dir / "data", elsewhere, {"settings", "set", "therapist_name", "Ana Lima"});
    EXPECT_EQ(set.exitCode, 1);
    EXPECT_THAT(set.err, HasSubstr("create one with init"));
    EXPECT_FALSE(std::filesystem::exists(elsewhere));
}

} // namespace
} // namespace knotwork::cli
