#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "app/practice/practice_verification.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

namespace {

struct VerifyOptions {
    std::vector<std::string> witnesses;
};

std::vector<integrity::ChainHead> parsedWitnesses(const std::vector<std::string>& texts)
{
    std::vector<integrity::ChainHead> witnesses;
    for (const std::string& text : texts) {
        const auto witness = integrity::ChainHead::fromWitness(text);
        if (!witness)
            throw ValidationError("--witness", "not-a-witness",
                                  formatMessage(_("--witness \"{}\" is not a chain head: give it as printed on the "
                                                  "PDF (\"chain 1234 · 9f3a1b2c4d5e6f70\") or as 1234:9f3a1b2c4d5e6f70."),
                                                text));
        witnesses.push_back(*witness);
    }
    return witnesses;
}

void printJson(const CliContext& context, const std::string& practice, const integrity::IntegrityReport& report)
{
    nlohmann::json findings = nlohmann::json::array();
    for (const integrity::IntegrityFinding& finding : report.findings)
        findings.push_back({{"area", integrity::areaKey(finding.area)},
                            {"subject", finding.subject},
                            {"problem", finding.problem}});
    nlohmann::json head = nullptr;
    if (report.head)
        head = {{"position", report.head->position}, {"mac", report.head->mac}, {"witness", report.head->witness()}};
    context.printJson({{"path", practice},
                       {"intact", report.intact()},
                       {"summary", report.summary()},
                       {"links_checked", report.linksChecked},
                       {"links_unchecked", report.linksUnchecked},
                       {"head", head},
                       {"findings", findings}});
}

void printText(const CliContext& context, const std::string& practice, const integrity::IntegrityReport& report)
{
    context.printRows({
        {_("Practice"), practice},
        {_("Chain head"), report.head ? report.head->witness() : _("none (the chain has not started)")},
        {_("Links checked"), std::to_string(report.linksChecked)},
        {_("Links unchecked"), std::to_string(report.linksUnchecked)},
        {_("Result"), report.summary()},
    });
    for (const integrity::IntegrityFinding& finding : report.findings)
        context.printLine(formatMessage(_("{}: {}: {}"), integrity::areaName(finding.area), finding.subject,
                                        finding.problem));
}

void runVerify(CliContext& context, const VerifyOptions& options)
{
    const std::vector<integrity::ChainHead> witnesses = parsedWitnesses(options.witnesses);
    integrity::IntegrityReport report;
    if (const std::optional<db::ServerAddress> server = context.practiceServer()) {
        report = app::verifyPracticeOnServerAgainst(*server, witnesses);
    } else {
        const std::filesystem::path file = context.practicePath();
        if (!std::filesystem::exists(file))
            throw noPracticeAt(file);
        withPracticePassphrase(context, file, [&](const std::string& passphrase) {
            report = app::verifyPracticeFileAgainst(file, passphrase, witnesses);
        });
    }
    if (context.json)
        printJson(context, context.practiceName(), report);
    else
        printText(context, context.practiceName(), report);
    if (!report.intact())
        context.exitCode = kExitPracticeUnusable;
}

} // namespace

void addVerifyCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* verify = app.add_subcommand(
        "verify", _("Check that no record was changed, removed or added outside Knotwork: the record chain, the "
                    "schema's safeguards, foreign keys and the file itself (exit 3 when anything is found)"));
    verify->add_option("--witness", options->witnesses,
                       _("A chain head printed on a PDF (\"chain 1234 · 9f3a…\" or 1234:9f3a…) that must still be in "
                         "the chain; may be given more than once"));
    verify->callback([&context, options] { runVerify(context, *options); });
}

} // namespace knotwork::cli
