// knotwork-cli invoice list|show|void|correct: the invoices as issued (never changed), a mistake
// voided with its reason, or voided and corrected in one action, through BillingService.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/billing_text.h"
#include "app/cli/commands.h"
#include "billing/billing_json.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::billing;

namespace {

struct ListOptions {
    ClientId client = 0;
    std::string from, to;
};

std::vector<PaidInvoice> listed(PracticeAccess& practice, const ListOptions& options)
{
    BillingService& billing = practice.billing();
    if (options.client != 0)
        return billing.account(options.client).invoices;
    const Date today = practice.schedule().clock().today();
    const Date from = options.from.empty() ? Date(today.year(), today.month(), 1) : dateOption(options.from, "--from");
    const Date to = options.to.empty() ? today : dateOption(options.to, "--to");
    if (to < from)
        throw ValidationError("--to", "order", _("--to must be on or after --from."));
    return billing.invoicesIssuedBetween(from, to);
}

void addList(CLI::App& invoice, CliContext& context)
{
    auto options = std::make_shared<ListOptions>();
    CLI::App* list = invoice.add_subcommand(
        "list", _("List the invoices issued in a stretch of days (default: this month so far), or a client's"));
    auto* client = list->add_option("--client", options->client, _("Only this client's invoices, newest first"));
    list->add_option("--from", options->from, _("The first day (default: the first of this month)"))
        ->option_text("DATE")
        ->excludes(client);
    list->add_option("--to", options->to, _("The last day (default: today)"))->option_text("DATE")->excludes(client);
    list->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<PaidInvoice> invoices = listed(practice, *options);
        if (context.json)
            return context.printJson(invoices);
        printInvoices(context, invoices);
        context.printLine(formatMessage(_("{} invoices."), invoices.size()));
    });
}

void addShow(CLI::App& invoice, CliContext& context)
{
    auto id = std::make_shared<std::string>();
    CLI::App* show = invoice.add_subcommand("show", _("Show an invoice: its lines, tax, total, payments and balance"));
    show->add_option("ID", *id, _("The invoice's ID or number (INV-000042)"))->required();
    show->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const PaidInvoice paid = invoiceOption(practice.billing(), *id, "ID");
        if (context.json)
            return context.printJson(paid);
        printPaidInvoice(context, paid);
    });
}

struct ChangeOptions {
    std::string id, reason;
    std::vector<std::string> amounts;
};

void addVoid(CLI::App& invoice, CliContext& context)
{
    auto options = std::make_shared<ChangeOptions>();
    CLI::App* voiding = invoice.add_subcommand(
        "void", _("Void an invoice with no payments left on it (refund them first); its visit can be checked out "
                  "again, on a new number"));
    voiding->add_option("ID", options->id, _("The invoice's ID or number (INV-000042)"))->required();
    voiding->add_option("--reason", options->reason, _("Why, in one line"))->required();
    voiding->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const Invoice voided = billing.voidInvoice(invoiceOption(billing, options->id, "ID").invoice.id,
                                                   options->reason);
        if (context.json)
            return context.printJson(voided);
        context.printLine(formatMessage(_("Voided {}: {}"), invoiceNumberText(voided.number), voided.voidReason));
    });
}

// --amount 1=70: the invoice's first line at 70.00 before tax.
void correctLine(std::vector<InvoiceLine>& lines, const std::string& text)
{
    const std::size_t equals = text.find('=');
    const std::string line = text.substr(0, equals);
    const bool numbered = equals != std::string::npos && !line.empty() && line.size() < 4 &&
                          line.find_first_not_of("0123456789") == std::string::npos;
    const std::size_t index = numbered ? std::stoul(line) : 0;
    if (index < 1 || index > lines.size())
        throw ValidationError("--amount", "line",
                              formatMessage(_("--amount must be LINE=AMOUNT with a line from 1 to {}, like 1=70; "
                                              "not \"{}\"."),
                                            lines.size(), text));
    lines[index - 1].amountCents = parseMoney(text.substr(equals + 1), "--amount");
}

void addCorrect(CLI::App& invoice, CliContext& context)
{
    auto options = std::make_shared<ChangeOptions>();
    CLI::App* correct = invoice.add_subcommand(
        "correct", _("Void an invoice and issue its correction in one action, its payments moved to the new one"));
    correct->add_option("ID", options->id, _("The invoice's ID or number (INV-000042)"))->required();
    correct->add_option("--reason", options->reason, _("Why, in one line"))->required();
    correct->add_option("--amount", options->amounts,
                        _("A line's corrected amount before tax, LINE=AMOUNT (lines as `invoice show` numbers them "
                          "from 1); repeat it for several"))
        ->option_text("LINE=AMOUNT")
        ->required();
    correct->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const Invoice current = invoiceOption(billing, options->id, "ID").invoice;
        std::vector<InvoiceLine> lines = current.lines;
        for (const std::string& amount : options->amounts)
            correctLine(lines, amount);
        const PaidInvoice corrected = billing.correctInvoice(current.id, options->reason, lines);
        printInvoiceResult(context,
                           formatMessage(_("Voided {} and issued {} in its place."), invoiceNumberText(current.number),
                                         invoiceNumberText(corrected.invoice.number)),
                           corrected);
    });
}

} // namespace

void addInvoiceCommand(CLI::App& app, CliContext& context)
{
    CLI::App* invoice = app.add_subcommand(
        "invoice", _("Invoices, numbered without gaps and never changed: list, show, void, correct"));
    invoice->require_subcommand(1);
    addList(*invoice, context);
    addShow(*invoice, context);
    addVoid(*invoice, context);
    addCorrect(*invoice, context);
}

} // namespace knotwork::cli
