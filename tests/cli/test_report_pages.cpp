// The progress reports of the demo practice as a physical therapist receives them: an active, a
// completed and a discontinued plan, each written with the therapist's assessment through
// knotwork-cli, its pages kept as PNG (<build>/screenshots/report_<kind>-<page>.png) for a person
// to look at, and its words read back with pdftotext.
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <regex>

#include "cli_runner.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::runProcess;
using knotwork::testing::sqliteQuery;

const char* const kDemoDay = "2026-11-23";

class DemoReportPages : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new knotwork::testing::TempDir;
        const ProcessResult demo = runCliOn(s_dir->path() / "data", practice(),
                                            {"demo", "--clients", "40", "--as-of", kDemoDay}, kDemoDay);
        ASSERT_EQ(demo.exitCode, 0) << demo.err;
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static std::filesystem::path practice() { return s_dir->path() / "demo.sqlite"; }

    struct Written {
        std::string client;
        std::string text;  // pdftotext -layout, lines kept
        int pages = 0;
    };

    // `report progress` for the first client with a plan of `status` who consented to share with
    // a provider, to that provider, into `pdf`; returns the client's number too.
    static std::pair<std::string, std::vector<std::string>> reportOfA(const std::string& status,
                                                                      const std::filesystem::path& pdf)
    {
        const std::string pair = sqliteQuery(
            practice(), "SELECT p.client_id || ' ' || c.provider_id FROM treatment_plans p JOIN consents c "
                        "ON c.client_id = p.client_id AND c.kind = 'share_records' AND c.revoked_on IS NULL "
                        "WHERE p.status = '" + status + "' ORDER BY p.client_id LIMIT 1");
        const std::string client = pair.substr(0, pair.find(' '));
        return {client, {"report", "progress", "--client", client, "--recipient", pair.substr(pair.find(' ') + 1),
                         "--out", pdf.string()}};
    }

    // That report with `assessment` options, as `<kind>.pdf` and PNG pages.
    static Written writeReport(const std::string& status, const std::string& kind, std::vector<std::string> assessment)
    {
        const auto pdf = s_dir->path() / (kind + ".pdf");
        auto [client, arguments] = reportOfA(status, pdf);
        arguments.insert(arguments.end(), assessment.begin(), assessment.end());
        const ProcessResult run = runCliOn(s_dir->path() / "data", practice(), arguments, kDemoDay);
        EXPECT_EQ(run.exitCode, 0) << run.err;

        const std::filesystem::path shots(KNOTWORK_SCREENSHOT_DIR);
        std::filesystem::create_directories(shots);
        for (const auto& entry : std::filesystem::directory_iterator(shots))
            if (entry.path().filename().string().starts_with("report_" + kind + "-"))
                std::filesystem::remove(entry.path());
        EXPECT_EQ(runProcess({"/usr/bin/pdftoppm", "-r", "60", "-png", pdf.string(), (shots / ("report_" + kind)).string()})
                      .exitCode,
                  0);
        Written written{client, runProcess({"/usr/bin/pdftotext", "-layout", pdf.string(), "-"}).out, 0};
        for (const auto& entry : std::filesystem::directory_iterator(shots))
            written.pages += entry.path().filename().string().starts_with("report_" + kind + "-");
        return written;
    }

    // The text with every run of spaces and line breaks as one space.
    static std::string flat(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

    // The discharge summary's words: its end date differs from the plan's start, and closes the period.
    static void expectDischarge(const Written& report, const std::string& status, const std::string& endedLabel)
    {
        const std::string text = flat(report.text);
        EXPECT_GE(report.pages, 1);
        EXPECT_THAT(text, HasSubstr("Massage therapy discharge summary"));
        EXPECT_THAT(text, HasSubstr("Discharge summary"));
        EXPECT_THAT(text, HasSubstr("The home programme to keep"));
        EXPECT_THAT(text, HasSubstr("Final outcomes against the goals"));
        EXPECT_THAT(text, Not(HasSubstr("Assessment and plan")));
        const std::string reason = sqliteQuery(practice(), "SELECT status_reason FROM treatment_plans WHERE client_id = "
                                                               + report.client + " AND status = '" + status + "'");
        ASSERT_FALSE(reason.empty());
        EXPECT_THAT(text, HasSubstr(reason));
        EXPECT_EQ(sqliteQuery(practice(), "SELECT json_extract(body, '$.status_changed_on') > start_date FROM "
                                          "treatment_plans WHERE client_id = " + report.client + " AND status = '"
                                              + status + "'"),
                  "1")
            << "the plan ends after it starts";
        std::smatch ended, period;
        ASSERT_TRUE(std::regex_search(text, ended, std::regex(endedLabel + " on (\\w+ \\d+, \\d{4}|\\d+ \\w+ \\d{4})")))
            << text;
        ASSERT_TRUE(std::regex_search(text, period, std::regex("Period (.+?) to (.+?\\d{4})")));
        EXPECT_EQ(period[2].str(), ended[1].str()) << "the period closes on the end date";
        EXPECT_NE(period[1].str(), ended[1].str()) << "the end date is not the start date";
    }

    static knotwork::testing::TempDir* s_dir;
};

knotwork::testing::TempDir* DemoReportPages::s_dir = nullptr;

TEST_F(DemoReportPages, AnActivePlansReportCarriesTheAssessmentAndNeverSpeaksOfDischarge)
{
    const Written report = writeReport(
        "active", "active",
        {"--progress", "Fewer headache days since the start; she sleeps through most nights.", "--goals-or-criteria",
         "Discharge to the home programme once headache days stay under 4 a month for two months.", "--reason",
         "Headache days are not yet at the target and rotation is short of it."});
    const std::string text = flat(report.text);
    EXPECT_GE(report.pages, 2);
    EXPECT_THAT(text, HasSubstr("Massage therapy progress report"));
    EXPECT_THAT(text, HasSubstr("Assessment and plan"));
    EXPECT_THAT(text, HasSubstr("she sleeps through most nights"));
    EXPECT_THAT(text, HasSubstr("Why care continues Headache days are not yet at the target"));
    // The therapist's own criteria may name discharge; the report itself does not.
    const std::string withoutCriteria = std::regex_replace(text, std::regex("Discharge to the home programme"), "");
    EXPECT_THAT(withoutCriteria, Not(HasSubstr("ischarge")));
    EXPECT_THAT(text, Not(HasSubstr("Current plan and recommendations")));
}

TEST_F(DemoReportPages, ACompletedPlansReportIsADischargeSummary)
{
    const Written report = writeReport("completed", "completed",
                                       {"--progress", "Headaches rare; she manages flare-ups with the home programme.",
                                        "--reason", "Goals met; she keeps the home programme."});
    expectDischarge(report, "completed", "Completed");
    EXPECT_THAT(flat(report.text), HasSubstr("Goals met; she keeps the home programme."));
}

TEST_F(DemoReportPages, ADiscontinuedPlansReportIsADischargeSummaryWithItsReason)
{
    const Written report = writeReport("discontinued", "discontinued",
                                       {"--progress", "Little change in headache days over the plan."});
    expectDischarge(report, "discontinued", "Discontinued");
}

TEST_F(DemoReportPages, AnActivePlansReportWithoutTheReasonCareContinuesIsRefusedNamingTheField)
{
    const auto pdf = s_dir->path() / "refused.pdf";
    std::vector<std::string> arguments = reportOfA("active", pdf).second;
    arguments.insert(arguments.end(), {"--progress", "Better."});
    const ProcessResult run = runCliOn(s_dir->path() / "data", practice(), arguments, kDemoDay);
    EXPECT_EQ(run.exitCode, 1);
    // Every goal met asks for new goals or the reason first; else the reason care continues.
    EXPECT_TRUE(std::regex_search(run.err, std::regex("reason: Reason care continues: required|goals_or_criteria: "
                                                      "New goals or end-of-care criteria: every goal")))
        << run.err;
    EXPECT_FALSE(std::filesystem::exists(pdf));
}

} // namespace
} // namespace knotwork::cli
