// knotwork-cli(1) is written at build time from the command line itself: every command a user can
// run is in it, with its options, in roff that man shows as typed.
#include <CLI/CLI.hpp>
#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

#include "app/cli/cli_app.h"
#include "app/cli/cli_context.h"
#include "app/cli/manual_page.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string manualOf(CLI::App& app, const std::string& page)
{
    std::istringstream in(page);
    std::ostringstream out;
    fillManualPage(in, app, out);
    return out.str();
}

class KnotworkCliManual : public ::testing::Test {
protected:
    KnotworkCliManual() { defineCommandLine(m_app, m_context); }

    std::string manual() { return manualOf(m_app, ".SH OPTIONS\n.\\\" {{options}}\n.SH COMMANDS\n.\\\" {{commands}}\n"); }

    std::ostringstream m_unused;
    CliContext m_context{m_unused};
    CLI::App m_app{"", "knotwork-cli"};
};

TEST(RoffText, ShowsBackslashesDotsAndAccentsAsTyped)
{
    EXPECT_EQ(roffText(R"(C:\notes)"), R"(C:\enotes)");
    EXPECT_EQ(roffText(".sqlite files"), R"(\&.sqlite files)");
    EXPECT_EQ(roffText("'quoted'"), R"(\&'quoted')");
    EXPECT_EQ(roffText("Zoë, 0–5"), R"(Zo\[u00EB], 0\[u2013]5)");
    EXPECT_EQ(roffText("😀"), R"(\[u1F600])");
}

TEST(RoffText, HyphensInNamesAreMinusSignsSoTheyCanBeCopied)
{
    EXPECT_EQ(roffText("--share-with", true), R"(\-\-share\-with)");
    EXPECT_EQ(roffText("well-kept prose"), "well-kept prose");
}

TEST(ManualPage, CopiesTheTemplateAroundTheMarkers)
{
    CLI::App app("A tool", "tool");
    app.add_subcommand("run", "Run it");
    const std::string page = manualOf(app, ".TH TOOL 1\n.SH COMMANDS\n.\\\" {{commands}}\n.SH SEE ALSO\n");
    EXPECT_EQ(page, ".TH TOOL 1\n.SH COMMANDS\n.SS run\n.TP\n\\fBtool run\\fR\nRun it\n.SH SEE ALSO\n");
}

TEST_F(KnotworkCliManual, ListsEveryCommandAUserCanRun)
{
    const std::string page = manual();
    std::function<void(const CLI::App&, const std::string&)> expectListed =
        [&](const CLI::App& command, const std::string& path) {
            const auto subcommands = command.get_subcommands([](const CLI::App*) { return true; });
            if (subcommands.empty()) {
                EXPECT_THAT(page, HasSubstr(".TP\n\\fB" + roffText(path, true) + "\\fR")) << path;
            }
            for (const CLI::App* subcommand : subcommands)
                expectListed(*subcommand, path + " " + subcommand->get_name());
        };
    expectListed(m_app, "knotwork-cli");
    EXPECT_THAT(page, HasSubstr(".SS client\nClient records"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli client revoke\\-consent\\fR [\\fIoptions\\fR] \\fIID\\fR \\fICONSENT_ID\\fR\n"));
    EXPECT_THAT(page, HasSubstr(".SS appointment\nThe appointment book's visits"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli appointment no\\-show\\fR \\fIID\\fR\n"));
    EXPECT_THAT(page, HasSubstr(".SS schedule\n"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli schedule book\\-plan\\fR [\\fIoptions\\fR]\n"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli schedule hours set\\fR \\fIWEEKDAY\\fR \\fIHOURS\\fR\n"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli schedule services retire\\fR \\fIID\\fR\n"));
    EXPECT_THAT(page, HasSubstr(".SS invoice\nInvoices, numbered without gaps"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli invoice void\\fR [\\fIoptions\\fR] \\fIID\\fR\n"));
    EXPECT_THAT(page, HasSubstr("\\fBknotwork\\-cli billing settings set\\fR [\\fIoptions\\fR]\n"));
    EXPECT_THAT(page, HasSubstr(".TP\n\\fB\\-\\-pay\\fR \\fIMETHOD:AMOUNT[:TIP][:REF]\\fR\n"));
}

TEST_F(KnotworkCliManual, DescribesEachOptionWithItsValueAndRules)
{
    const std::string page = manual();
    EXPECT_THAT(page, HasSubstr(".TP\n\\fB\\-\\-db\\fR \\fIPRACTICE\\fR\nThe practice to work on: a file, or a clinic "
                                "server's postgresql://user@host/database\n"));
    EXPECT_THAT(page, HasSubstr(".TP\n\\fB\\-\\-json\\fR\nPrint data as JSON\n"));
    EXPECT_THAT(page, HasSubstr(".TP\n\\fB\\-\\-client\\fR \\fIINT\\fR\nThe client's number (required)\n"));
    EXPECT_THAT(page, HasSubstr("Informed consent to treatment Not together with \\fB\\-\\-cancellation\\-policy\\fR. "
                                "Not together with \\fB\\-\\-share\\-with\\fR."));
    EXPECT_THAT(page, HasSubstr(".TP\n\\fIID\\fR\n"));
    EXPECT_THAT(page, HasSubstr(".TP\n\\fB\\-\\-start\\fR \\fI\"DATE HH:MM\"\\fR\nThe day and time: \"2026-12-08 10:00\" (required)\n"));
    EXPECT_THAT(page, HasSubstr("\\fB\\-\\-minutes\\fR \\fIM\\fR\nThe new length (default: as it was) Not together with \\fB\\-\\-rest\\-of\\-series\\fR."));
    EXPECT_THAT(page, Not(HasSubstr("\\-\\-help")));
}

} // namespace
} // namespace knotwork::cli
