// knotwork-cli client add|list|show: the client list and intake from scripts.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/client_text.h"
#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/strict_json.h"

namespace knotwork::cli {

using namespace knotwork::clients;

namespace {

struct AddOptions {
    std::string from, familyName, givenNames, preferredName, pronouns, dateOfBirth, phone, email,
        address, occupation, notes, pregnancyEndsOn;
    long long referredBy = 0;
    std::vector<std::string> diagnoses;
    std::vector<std::string> issues;
};

// "cervicogenic", "cervicogenic:7" or "cervicogenic:7:2026-03-01"
Diagnosis parseDiagnosis(const std::string& text)
{
    Diagnosis diagnosis;
    const std::size_t first = text.find(':');
    diagnosis.type = choiceOption<HeadacheType>(text.substr(0, first), "--diagnosis");
    if (first == std::string::npos)
        return diagnosis;
    const std::size_t second = text.find(':', first + 1);
    const std::string provider = text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    try {
        if (!provider.empty())
            diagnosis.providerId = std::stoll(provider);
    } catch (const std::exception&) {
        throw ValidationError("--diagnosis", "provider",
                              formatMessage(_("--diagnosis takes TYPE:PROVIDER_ID:DATE; \"{}\" is not a provider number."), provider));
    }
    if (second != std::string::npos)
        diagnosis.diagnosedOn = dateOption(text.substr(second + 1), "--diagnosis");
    return diagnosis;
}

IntakeRecord recordFromOptions(const AddOptions& options)
{
    IntakeRecord record;
    if (!options.from.empty()) {
        // "safety" is what `client show --json` adds to the chart.
        record = strict_json::readDocument<IntakeRecord>(readFileOption(options.from), options.from, {"safety"});
        // `add` always adds: an id in the document (say, from `client show --json`) must not
        // overwrite that client.
        record.client.id = 0;
        record.client.rowVersion = 0;
        return record;
    }
    Client& client = record.client;
    client.familyName = options.familyName;
    client.givenNames = options.givenNames;
    client.preferredName = options.preferredName;
    client.pronouns = options.pronouns;
    client.dateOfBirth = optionalDateOption(options.dateOfBirth, "--dob");
    client.phone = options.phone;
    client.email = options.email;
    client.address = options.address;
    client.occupation = options.occupation;
    client.notes = options.notes;
    if (options.referredBy != 0)
        record.careTeam.push_back({options.referredBy, CareRelation::Referring, std::nullopt, ""});
    for (const std::string& text : options.diagnoses) {
        Diagnosis diagnosis = parseDiagnosis(text);
        if (!diagnosis.providerId && options.referredBy != 0)
            diagnosis.providerId = options.referredBy;
        record.diagnoses.push_back(diagnosis);
    }
    for (const std::string& key : options.issues)
        record.screeningIssues.insert(choiceOption<SafetyIssue>(key, "--red-flag"));
    record.pregnancyEndsOn = optionalDateOption(options.pregnancyEndsOn, "--pregnancy-ends");
    return record;
}

void runAdd(const CliContext& context, const AddOptions& options)
{
    const IntakeRecord record = recordFromOptions(options);
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    if (practice.frontDesk()) {
        // The front desk registers the client; the intake and its screening are the therapist's.
        const ClientId id = practice.service().registerClient(record.client);
        if (context.json)
            context.printJson({{"id", id}});
        else
            context.printLine(formatMessage(_("Added client {}: {}. Their therapist takes the intake."), id,
                                            listName(record.client)));
        return;
    }
    const ClientId id = practice.service().saveIntake(record);
    const ClientChart chart = practice.clients().chart(id);
    const SafetyAssessment assessment = practice.service().assess(chart);
    if (context.json) {
        context.printJson({{"id", id}, {"safety", assessment}});
        return;
    }
    context.printLine(formatMessage(_("Added client {}: {}."), id, listName(chart.client)));
    context.printLine(formatMessage(_("Safety: {}"), statusLine(assessment)));
}

struct ListOptions {
    std::string search, filter = "active", sort = "name";
    long long limit = 50, offset = 0;
};

void runList(const CliContext& context, const ListOptions& options)
{
    const ClientQuery query{options.search, choiceOption<ClientFilter>(options.filter, "--filter"),
                            choiceOption<ClientSort>(options.sort, "--sort")};
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    const Date today = practice.service().today();
    const long long total = practice.clients().count(query, today);
    const auto rows = practice.clients().page(query, today, options.offset, static_cast<int>(options.limit));
    if (context.json) {
        context.printJson({{"total", total}, {"offset", options.offset}, {"clients", rows}});
        return;
    }
    std::vector<std::vector<std::string>> table;
    for (const ClientListRow& row : rows) {
        Client named;
        named.familyName = row.familyName;
        named.givenNames = row.givenNames;
        table.push_back({std::to_string(row.id), listName(named),
                         row.status == SafetyStatus::Clear ? "" : statusLabel(row.status), row.phone, row.email});
    }
    context.printTable({_("ID"), _("Name"), _("Safety"), _("Phone"), _("Email")}, table);
    context.printLine(formatMessage(_("{} of {} clients shown."), rows.size(), total));
}

void runShow(const CliContext& context, ClientId id)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    const ClientChart chart = practice.clients().chart(id);
    const SafetyAssessment assessment = practice.service().assess(chart);
    if (context.json) {
        nlohmann::json document = chart;
        document["safety"] = assessment;
        context.printJson(document);
        return;
    }
    context.printRows(chartRows(chart, assessment, practice.providers(), practice.service().today()));
}

void addAdd(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    CLI::App* add = client.add_subcommand("add", _("Add a client from options or from an intake JSON file"));
    add->add_option("--from", options->from, _("An intake document (JSON): client, intake, diagnoses and care_team as `client show --json` prints them, "
                      "and screening.issues; any client id in it is ignored"))->option_text("FILE");
    add->add_option("--family-name", options->familyName, _("Family name"));
    add->add_option("--given-names", options->givenNames, _("Given names"));
    add->add_option("--preferred-name", options->preferredName, _("What the client likes to be called"));
    add->add_option("--pronouns", options->pronouns, _("Pronouns, e.g. she/her"));
    add->add_option("--dob", options->dateOfBirth, _("Date of birth"))->option_text("YYYY-MM-DD");
    add->add_option("--phone", options->phone, _("Phone"));
    add->add_option("--email", options->email, _("Email"));
    add->add_option("--address", options->address, _("Postal address"));
    add->add_option("--occupation", options->occupation, _("Occupation"));
    add->add_option("--notes", options->notes, _("Free notes"));
    add->add_option("--referred-by", options->referredBy, _("The referring provider's number"))->option_text("PROVIDER_ID");
    add->add_option("--diagnosis", options->diagnoses,
                    formatMessage(_("A diagnosis on file, as TYPE[:PROVIDER_ID[:DATE]]; TYPE is one of: {}"),
                                  keyList<HeadacheType>()))->option_text("DIAGNOSIS");
    add->add_option("--red-flag", options->issues,
                    formatMessage(_("A screening finding; one of: {}"), keyList<SafetyIssue>()))->option_text("KEY");
    add->add_option("--pregnancy-ends", options->pregnancyEndsOn,
                    _("With pregnancy_or_postpartum: the day the pregnancy and postpartum period ends"))->option_text("YYYY-MM-DD");
    add->callback([&context, options] { runAdd(context, *options); });
}

void addList(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<ListOptions>();
    CLI::App* list = client.add_subcommand("list", _("List clients, optionally searching names, phone and email"));
    list->add_option("--search", options->search, _("Text to find, ignoring case and accents"))->option_text("TEXT");
    list->add_option("--filter", options->filter, formatMessage(_("Which clients: {}"), keyList<ClientFilter>()))->option_text("FILTER");
    list->add_option("--sort", options->sort, formatMessage(_("Order: {}"), keyList<ClientSort>()))->option_text("ORDER");
    list->add_option("--limit", options->limit, _("At most this many clients (default 50)"))->check(CLI::Range(1LL, 1'000'000LL))->option_text("N");
    list->add_option("--offset", options->offset, _("Skip this many first"))->check(CLI::NonNegativeNumber)->option_text("N");
    list->callback([&context, options] { runList(context, *options); });
}

void addShow(CLI::App& client, CliContext& context)
{
    auto id = std::make_shared<ClientId>(0);
    CLI::App* show = client.add_subcommand("show", _("Show a client's chart: intake, screening, clearances, consents"));
    show->add_option("ID", *id, _("The client's number"))->required();
    show->callback([&context, id] { runShow(context, *id); });
}

} // namespace

void addClientCommand(CLI::App& app, CliContext& context)
{
    CLI::App* client = app.add_subcommand("client", _("Client records: add, list, show, screen, clear, consent, archive, retention, export"));
    client->require_subcommand(1);
    addAdd(*client, context);
    addList(*client, context);
    addShow(*client, context);
    addClientRecordCommands(*client, context);
    addClientRetentionCommand(*client, context);
    addClientExportCommand(*client, context);
}

} // namespace knotwork::cli
