// knotwork-cli demo: a synthetic practice to explore and to measure.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "app/practice/practice_files.h"
#include "common/error.h"
#include "common/i18n.h"
#include "demo/demo_practice.h"

namespace knotwork::cli {

namespace {

struct DemoCommandOptions {
    std::optional<int> clients;
    std::optional<int> years;
    std::uint32_t seed = 1;
    std::string asOf;
};

void runDemo(const CliContext& context, const DemoCommandOptions& options)
{
    demo::DemoOptions demo{options.clients.value_or(options.years ? *options.years * demo::kDemoClientsPerYear : 250),
                           options.seed};
    demo.years = options.years;
    demo.referenceDay = options.asOf.empty() ? context.clock.today() : dateOption(options.asOf, "--as-of");
    // All or nothing: the demo is one action, and a practice file this command created is removed
    // again when the demo fails, so a failure leaves no half practice behind.
    const bool newFile = !std::filesystem::exists(context.practicePath());
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    try {
        PracticeAccess practice(context, db::OpenMode::CreateIfMissing);
        // A practice in use keeps its records and its letterhead (the demo writes its own).
        if (practice.clients().count({"", clients::ClientFilter::All}, demo.referenceDay) > 0
            || !practice.providers().search("", 1).empty())
            throw ConflictError(formatMessage(_("{} already has clients or providers. A demo practice goes in a file of "
                                                "its own: knotwork-cli --db demo.sqlite demo"),
                                              context.practicePath().string()));
        practice.oneAction().run([&] {
            demo::fillDemoPractice(practice.demoStores(), demo, [showProgress](int done, int total) {
                if (showProgress)
                    std::cerr << '\r' << formatMessage(_("{} of {} clients written"), done, total) << std::flush;
                return true;
            });
        });
        // Synthetic records need no recovery code written down: the demo's is never shown.
        if (newFile)
            practice.practice().markRecoveryCodeShown();
    } catch (const Error&) {
        if (showProgress)
            std::cerr << '\n';
        if (newFile)
            app::removePracticeFiles(context.practicePath());
        std::cerr << formatMessage(newFile ? _("No demo practice was written, and {} was not created.")
                                           : _("No demo practice was written; {} is as it was."),
                                   context.practicePath().string())
                  << '\n';
        throw;
    }
    if (showProgress)
        std::cerr << '\n';
    if (context.json)
        context.printJson({{"path", context.practicePath().string()}, {"clients", demo.clients}, {"seed", options.seed},
                           {"as_of", isoDate(demo.referenceDay)}, {"years", demo.years ? nlohmann::json(*demo.years) : nullptr}});
    else if (demo.years)
        context.printLine(formatMessage(_("Filled {} with a demo practice of {} years and {} synthetic clients (seed {}, as of {})."),
                                        context.practicePath().string(), *demo.years, demo.clients, options.seed,
                                        isoDate(demo.referenceDay)));
    else
        context.printLine(formatMessage(_("Filled {} with a demo practice of {} synthetic clients (seed {}, as of {})."),
                                        context.practicePath().string(), demo.clients, options.seed,
                                        isoDate(demo.referenceDay)));
}

} // namespace

void addDemoCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<DemoCommandOptions>();
    CLI::App* demo = app.add_subcommand("demo", _("Fill an empty practice with a synthetic caseload to explore Knotwork"));
    demo->add_option("--clients", options->clients, _("How many clients, 1 to 1,000,000 (default 250, or 500 a year with --years)"))->check(CLI::Range(1, 1'000'000))->option_text("N");
    demo->add_option("--years", options->years, _("How many years the practice has run, 1 to 40: first visits spread over them, plans that start and end (default: a compact demo of two and a half years)"))->check(CLI::Range(1, 40))->option_text("Y");
    demo->add_option("--seed", options->seed, _("The same seed gives the same practice (default 1)"))->option_text("S");
    demo->add_option("--as-of", options->asOf, _("Lay out dates as if today were this day (default today)"))->option_text("YYYY-MM-DD");
    demo->callback([&context, options] { runDemo(context, *options); });
}

} // namespace knotwork::cli
