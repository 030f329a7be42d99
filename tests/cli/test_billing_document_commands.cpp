// knotwork-cli receipt, statement and superbill as a therapist runs them: a receipt an insurer
// accepts (the visit's date, the client, the therapist and their licence, the college's wording,
// the amount and the HST number), a reprint marked DUPLICATE, one given to an insurer in the
// disclosure log under its name; a client's statement and US superbill for a period.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_billing_test.h"
#include "support/process.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::runProcess;
using nlohmann::json;

class BillingDocumentCommands : public CliBillingTest {
protected:
    void SetUp() override
    {
        CliBillingTest::SetUp();
        for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
                 {"practice_name", "Harbourside Massage"},
                 {"therapist_name", "Maya Lindqvist"},
                 {"credentials", "RMT"},
                 {"licence_number", "M-4821"}})
            ASSERT_EQ(cli({"settings", "set", key, value}).exitCode, 0);
        m_invoice = idOf(checkout(arrivedVisit("2026-11-26 10:00"), {"card:96.05"}));
    }

    // `receipt --invoice INVOICE --out FILE EXTRA…`, which must succeed: its --json output.
    json receipt(const std::string& file, std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"receipt", "--invoice", m_invoice, "--out", (m_dir / file).string()};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return cliJson(arguments);
    }

    std::string pdfText(const std::string& file) { return runProcess({"/usr/bin/pdftotext", (m_dir / file).string(), "-"}).out; }

    std::string m_invoice;
};

TEST_F(BillingDocumentCommands, AReceiptHoldsWhatAnInsurerAsksAndAReprintIsMarkedDuplicate)
{
    const json written = receipt("receipt.pdf");
    EXPECT_EQ(written["pages"], 1);
    EXPECT_GT(written["disclosure"], 0);
    const std::string text = pdfText("receipt.pdf");
    for (const char* field : {"INV-000001", "Zoë Martin", "Maya Lindqvist", "M-4821", "Massage Therapy treatment",
                              "60 min", "$96.05", "$11.05", "81234 5678 RT0001"})
        EXPECT_THAT(text, HasSubstr(field)) << field;
    EXPECT_THAT(text, Not(HasSubstr("DUPLICATE")));

    receipt("again.pdf");
    EXPECT_THAT(pdfText("again.pdf"), HasSubstr("DUPLICATE")) << "a copy was given before";
    const json log = cliJson({"report", "log", "--client", client()});
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0]["document"], "receipt");

    receipt("insurer.pdf", {"--to", "Sun Life", "--duplicate"});
    EXPECT_EQ(cliJson({"report", "log", "--client", client()})[0]["recipient"], "Sun Life");
    const ProcessResult refused = cli({"receipt", "--invoice", "INV-000099", "--out", (m_dir / "none.pdf").string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(m_dir / "none.pdf"));
}

TEST_F(BillingDocumentCommands, AStatementAndASuperbillCoverTheClientsPeriod)
{
    const json statement = cliJson({"statement", "--client", client(), "--from", "2026-11-01", "--to", "2026-11-30",
                                    "--out", (m_dir / "statement.pdf").string()});
    EXPECT_GE(statement["pages"], 1);
    const std::string text = pdfText("statement.pdf");
    EXPECT_THAT(text, HasSubstr("INV-000001"));
    EXPECT_THAT(text, HasSubstr("$96.05"));

    cliJson({"billing", "settings", "set", "--rules", "united_states", "--npi", "1234567893"});
    cliJson({"superbill", "--client", client(), "--from", "2026-11-01", "--to", "2026-11-30", "--out",
             (m_dir / "superbill.pdf").string()});
    const std::string superbill = pdfText("superbill.pdf");
    EXPECT_THAT(superbill, HasSubstr("97124"));
    EXPECT_THAT(superbill, HasSubstr("1234567893"));

    const ProcessResult backwards = cli({"statement", "--client", client(), "--from", "2026-11-30", "--to",
                                         "2026-11-01", "--out", (m_dir / "b.pdf").string()});
    EXPECT_EQ(backwards.exitCode, 1);
    EXPECT_THAT(backwards.err, HasSubstr("--to"));
}

} // namespace
} // namespace knotwork::cli
