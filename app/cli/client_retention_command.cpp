// knotwork-cli client retention: the records past retention under the practice's rule.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "common/i18n.h"
#include "safekeeping/retention.h"

namespace knotwork::cli {

namespace {

constexpr int kPage = 500;

std::string optionalIso(const std::optional<Date>& day)
{
    return day ? isoDate(*day) : std::string();
}

nlohmann::json optionalIsoJson(const std::optional<Date>& day)
{
    return day ? nlohmann::json(isoDate(*day)) : nlohmann::json(nullptr);
}

void runRetention(const CliContext& context, const std::string& asOfText)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    safekeeping::RetentionService& retention = practice.retention();
    const Date asOf = asOfText.empty() ? retention.today() : dateOption(asOfText, "--as-of");
    std::vector<safekeeping::RecordPastRetention> records;
    for (long long offset = 0;; offset += kPage) {
        auto page = retention.pastRetention(asOf, offset, kPage);
        records.insert(records.end(), page.begin(), page.end());
        if (page.size() < static_cast<std::size_t>(kPage))
            break;
    }
    const std::string rule = safekeeping::describeRetention(retention.settings());
    const std::string nothingDeleted =
        _("Nothing is deleted: Knotwork only lists these records; destroying one is the therapist's decision.");
    if (context.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& record : records)
            rows.push_back({{"id", record.id},
                            {"name", record.name},
                            {"date_of_birth", optionalIsoJson(record.dateOfBirth)},
                            {"last_visit", optionalIsoJson(record.lastVisit)},
                            {"intake", isoDate(record.intakeOn)},
                            {"retention_ended_on", isoDate(record.retentionEndedOn)},
                            {"archived", record.archived}});
        context.printJson({{"as_of", isoDate(asOf)}, {"rule", rule}, {"records", rows}, {"deleted", 0}});
        return;
    }
    context.printLine(rule);
    if (records.empty()) {
        context.printLine(formatMessage(_("No record is past retention on {}."), isoDate(asOf)));
    } else {
        std::vector<std::vector<std::string>> table;
        for (const auto& record : records)
            table.push_back({std::to_string(record.id), record.name, optionalIso(record.dateOfBirth),
                             record.lastVisit ? isoDate(*record.lastVisit)
                                              : formatMessage(_("never seen (intake {})"), isoDate(record.intakeOn)),
                             isoDate(record.retentionEndedOn)});
        context.printTable({_("ID"), _("Name"), _("Date of birth"), _("Last visit"), _("Retention ended on")}, table);
        context.printLine(formatMessage(P_("{} record is past retention on {}.", "{} records are past retention on {}.",
                                           records.size()),
                                        records.size(), isoDate(asOf)));
    }
    context.printLine(nothingDeleted);
}

} // namespace

void addClientRetentionCommand(CLI::App& client, CliContext& context)
{
    auto asOf = std::make_shared<std::string>();
    CLI::App* retention = client.add_subcommand(
        "retention", _("List the records past retention under the practice's rule (nothing is deleted)"));
    retention->add_option("--as-of", *asOf, _("The day to look from (default today)"))->option_text("YYYY-MM-DD");
    retention->callback([&context, asOf] { runRetention(context, *asOf); });
}

} // namespace knotwork::cli
