// knotwork-cli billing settings|balance|report: the practice's billing settings (currency, sales
// tax, the receipts' rules), what a client owes, and the year for the accountant (a table, JSON,
// CSV or a PDF).
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/billing_text.h"
#include "app/cli/commands.h"
#include "billing/billing_choices.h"
#include "billing/billing_json.h"
#include "billing/year_report_csv.h"
#include "common/i18n.h"
#include "reports/billing_exporter.h"

namespace knotwork::cli {

using namespace knotwork::billing;

namespace {

void printSettings(const CliContext& context, const BillingSettings& settings)
{
    if (context.json)
        return context.printJson(settings);
    context.printRows({{_("Currency"), settings.currency},
                       {_("Sales tax"), settings.chargesTax()
                                            ? settings.taxName + " " + taxRateText(settings.taxBasisPoints)
                                            : std::string(_("none"))},
                       {_("Tax number"), settings.taxNumber},
                       {_("Receipts"), labelOf(settings.rules)},
                       {_("Service wording"), settings.serviceWording},
                       {_("NPI"), settings.npi},
                       {_("Next invoice"), invoiceNumberText(settings.nextInvoiceNumber)}});
}

struct SettingsOptions {
    std::optional<std::string> currency, taxName, taxRate, taxNumber, rules, npi, wording;
};

BillingSettings withOptions(BillingSettings settings, const SettingsOptions& options)
{
    if (options.currency)
        settings.currency = *options.currency;
    if (options.taxName)
        settings.taxName = *options.taxName;
    if (options.taxRate)
        settings.taxBasisPoints = taxRateOption(*options.taxRate, "--tax-rate");
    if (options.taxNumber)
        settings.taxNumber = *options.taxNumber;
    if (options.rules)
        settings.rules = choiceOption<ReceiptRules>(*options.rules, "--rules");
    if (options.npi)
        settings.npi = *options.npi;
    if (options.wording)
        settings.serviceWording = *options.wording;
    return settings;
}

void addSettings(CLI::App& billing, CliContext& context)
{
    CLI::App* settings = billing.add_subcommand(
        "settings", _("Show the billing settings (currency, sales tax, the receipts' rules), or set them"));
    CLI::App* show = settings->add_subcommand("show", _("Show the billing settings"));
    const auto showSettings = [&context] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        printSettings(context, practice.billing().settings());
    };
    show->callback(showSettings);
    auto options = std::make_shared<SettingsOptions>();
    CLI::App* set = settings->add_subcommand("set", _("Change the billing settings given; the others stay"));
    set->add_option("--currency", options->currency, _("The currency's ISO 4217 code: CAD, USD, EUR…"))
        ->option_text("CODE");
    set->add_option("--tax-name", options->taxName, _("The sales tax's name on receipts: HST, GST; empty: none"))
        ->option_text("NAME");
    set->add_option("--tax-rate", options->taxRate, _("The sales tax's rate in percent: 13; 0: none"))
        ->option_text("PERCENT");
    set->add_option("--tax-number", options->taxNumber, _("The HST or GST registration number printed on receipts"))
        ->option_text("TEXT");
    set->add_option("--rules", options->rules,
                    _("ontario (CMTO receipts) or united_states (receipts and superbills)"))
        ->option_text("RULES");
    set->add_option("--npi", options->npi, _("The therapist's US National Provider Identifier, ten digits"))
        ->option_text("NPI");
    set->add_option("--wording", options->wording,
                    _("How receipts name the service: \"Massage Therapy treatment\""))
        ->option_text("TEXT");
    set->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const BillingSettings saved = billing.saveSettings(withOptions(billing.settings(), *options));
        if (!context.json)
            context.printLine(_("Saved the billing settings."));
        printSettings(context, saved);
    });
    settings->callback([settings, showSettings] {
        if (settings->get_subcommands().empty())
            showSettings();
    });
}

void addBalance(CLI::App& billing, CliContext& context)
{
    auto client = std::make_shared<ClientId>(0);
    CLI::App* balance = billing.add_subcommand(
        "balance", _("What a client owes (or is owed), with their invoices, packages and gift certificates"));
    balance->add_option("--client", *client, _("The client's number"))->required();
    balance->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const ClientAccount account = billing.account(*client);
        if (context.json)
            return context.printJson({{"client_id", *client},
                                      {"balance_cents", account.balanceCents},
                                      {"invoices", account.invoices},
                                      {"packages", account.packages},
                                      {"gift_certificates_bought", account.giftCertificatesBought}});
        const std::string currency = billing.settings().currency;
        printInvoices(context, account.invoices);
        if (!account.packages.empty())
            printPackages(context, account.packages, currency);
        context.printLine(account.balanceCents < 0
                              ? formatMessage(_("In credit: {}."), moneyText(-account.balanceCents, currency))
                              : formatMessage(_("Balance owed: {}."), moneyText(account.balanceCents, currency)));
    });
}

void printYearReport(const CliContext& context, const YearReport& report)
{
    const auto money = [&](Cents amount) { return moneyText(amount, report.billing.currency); };
    std::vector<std::vector<std::string>> table;
    const auto row = [&](const std::string& label, const MonthIncome& month) {
        std::vector<std::string> cells{label};
        for (const Cents received : month.receivedByMethod)
            cells.push_back(money(received));
        for (const Cents amount : {month.receivedCents(), month.tipsCents, month.feesCents, month.taxCents,
                                   month.prepaymentsCents})
            cells.push_back(money(amount));
        table.push_back(cells);
    };
    for (const MonthIncome& month : report.months)
        row(fmt::format("{}-{:02}", report.year, month.month), month);
    row(_("Total"), report.total());
    context.printTable({_("Month"), labelOf(PaymentMethod::Cash), labelOf(PaymentMethod::Card),
                        labelOf(PaymentMethod::ETransfer), labelOf(PaymentMethod::Cheque), _("Received"), _("Tips"),
                        _("Fees"), _("Tax"), _("Prepaid")},
                       table);
    context.printRows({{_("Invoices issued"), std::to_string(report.invoicesIssued)},
                       {_("Invoices voided"), std::to_string(report.invoicesVoided)},
                       {_("Gift certificates owed"),
                        formatMessage(_("{} ({} certificates)"), money(report.giftCertificateLiabilityCents),
                                      report.giftCertificatesOutstanding)},
                       {_("Prepaid visits owed"), formatMessage(_("{} ({} visits)"), money(report.packageLiabilityCents),
                                                                report.packageVisitsOutstanding)}});
    std::vector<std::vector<std::string>> outstanding;
    for (const ClientTotals& client : report.outstanding)
        outstanding.push_back({std::to_string(client.clientId), client.name, money(client.balanceCents())});
    if (!outstanding.empty())
        context.printTable({_("Client"), _("Name"), _("Balance at year end")}, outstanding);
}

struct ReportOptions {
    int year = 0;
    bool csv = false;
    std::string out;
};

// The year's report written to --out: the CSV with --csv, else the PDF.
void writeYearReport(const CliContext& context, PracticeAccess& practice, const ReportOptions& options)
{
    reports::BillingDocumentExporter exporter(practice.sharing(), practice.billing());
    int pages = 0;
    if (options.csv)
        exporter.yearReportCsv(options.year, options.out);
    else
        pages = exporter.yearReport(options.year, options.out);
    if (context.json)
        return context.printJson({{"file", options.out}, {"pages", options.csv ? nlohmann::json() : nlohmann::json(pages)}});
    context.printLine(formatMessage(_("Wrote {}."), options.out));
}

void addReport(CLI::App& billing, CliContext& context)
{
    auto options = std::make_shared<ReportOptions>();
    CLI::App* report = billing.add_subcommand(
        "report", _("The year for the accountant: income by month and method, tips, tax collected, balances owed, "
                    "gift certificates and prepaid visits still owed"));
    report->add_option("--year", options->year, _("The calendar year"))
        ->option_text("YYYY")
        ->required()
        ->check(CLI::Range(1900, 9999));
    report->add_flag("--csv", options->csv, _("As CSV for the accountant's spreadsheet (on standard output without --out)"));
    report->add_option("--out", options->out, _("Write it to this file: the CSV with --csv, else a PDF"))
        ->option_text("FILE");
    report->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        if (!options->out.empty())
            return writeYearReport(context, practice, *options);
        const YearReport yearReport = practice.billing().yearReport(options->year);
        if (options->csv)
            context.out << yearReportCsv(yearReport);  // byte for byte, for a spreadsheet or a pipe
        else if (context.json)
            context.printJson(yearReport);
        else
            printYearReport(context, yearReport);
    });
}

} // namespace

void addBillingCommand(CLI::App& app, CliContext& context)
{
    CLI::App* billing = app.add_subcommand(
        "billing", _("The practice's billing: its settings, a client's balance, the year's report"));
    billing->require_subcommand(1);
    addSettings(*billing, context);
    addBalance(*billing, context);
    addReport(*billing, context);
}

} // namespace knotwork::cli
