// knotwork-cli package sell|list|use and gift sell|show|redeem: prepaid series of visits, used
// visit by visit, and gift certificates redeemed in part or whole, through BillingService. A sale
// is a prepayment invoice taken with its payments in one action.
#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/billing_text.h"
#include "app/cli/commands.h"
#include "billing/billing_json.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::billing;

namespace {

struct SaleOptions {
    ClientId client = 0;
    schedule::ServiceId service = 0;
    int visits = 0;
    std::string price, recipient;
    std::vector<std::string> pay;
};

void addPackageSell(CLI::App& package, CliContext& context)
{
    auto options = std::make_shared<SaleOptions>();
    CLI::App* sell = package.add_subcommand(
        "sell", _("Sell a prepaid series of visits of one service, tax included, with its payments"));
    sell->add_option("--client", options->client, _("The client's number"))->required();
    sell->add_option("--service", options->service, _("The service its visits are (see `schedule services`)"))
        ->option_text("ID")
        ->required();
    sell->add_option("--visits", options->visits, _("How many visits, 1 to 100"))->option_text("N")->required();
    sell->add_option("--price", options->price, _("The price of them all, tax included: 450 or 450.50"))
        ->option_text("AMOUNT")
        ->required();
    sell->add_option("--pay", options->pay, payOptionHelp())->option_text("METHOD:AMOUNT[:TIP][:REF]");
    sell->callback([&context, options] {
        const Cents price = parseMoney(options->price, "--price");
        const std::vector<PaymentDraft> payments = paymentOptions(options->pay, "--pay");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const PackageSold sold =
            practice.billing().sellPackage(options->client, options->service, options->visits, price, payments);
        if (context.json)
            return context.printJson({{"package", sold.package}, {"sale", sold.sale}});
        context.printLine(formatMessage(_("Sold package {}: {}, on {}."), sold.package.id, sold.package.name,
                                        invoiceNumberText(sold.sale.invoice.number)));
        printPaidInvoice(context, sold.sale);
    });
}

void addPackageList(CLI::App& package, CliContext& context)
{
    auto client = std::make_shared<ClientId>(0);
    CLI::App* list = package.add_subcommand("list", _("A client's packages with the visits left on each"));
    list->add_option("--client", *client, _("The client's number"))->required();
    list->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        printPackages(context, billing.account(*client).packages, billing.settings().currency);
    });
}

void addPackageUse(CLI::App& package, CliContext& context)
{
    auto options = std::make_shared<std::pair<PackageId, AppointmentId>>(0, 0);
    CLI::App* use = package.add_subcommand(
        "use", _("Check a visit out from a prepaid package: invoiced at its share of the price and paid from it"));
    use->add_option("--package", options->first, _("The client's package (see `package list`)"))
        ->option_text("ID")
        ->required();
    use->add_option("--appointment", options->second, _("The visit's appointment number"))->option_text("ID")->required();
    use->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const PaidInvoice paid = practice.billing().checkOut(options->second, {}, options->first);
        printInvoiceResult(context,
                           formatMessage(_("Issued {} for appointment {}, paid from package {}."),
                                         invoiceNumberText(paid.invoice.number), options->second, options->first),
                           paid);
    });
}

void addGiftSell(CLI::App& gift, CliContext& context)
{
    auto options = std::make_shared<SaleOptions>();
    CLI::App* sell = gift.add_subcommand("sell", _("Sell a gift certificate with a new code, with its payments"));
    sell->add_option("--purchaser", options->client, _("The client who buys it"))->option_text("ID")->required();
    sell->add_option("--for", options->recipient, _("Who it is for, as printed on it"))->option_text("NAME")->required();
    sell->add_option("--amount", options->price, _("Its value: 100 or 100.50"))->option_text("AMOUNT")->required();
    sell->add_option("--pay", options->pay, payOptionHelp())->option_text("METHOD:AMOUNT[:TIP][:REF]");
    sell->callback([&context, options] {
        const Cents amount = parseMoney(options->price, "--amount");
        const std::vector<PaymentDraft> payments = paymentOptions(options->pay, "--pay");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const GiftCertificateSold sold =
            practice.billing().sellGiftCertificate(options->client, options->recipient, amount, payments);
        if (context.json)
            return context.printJson({{"certificate", sold.certificate}, {"sale", sold.sale}});
        context.printLine(formatMessage(_("Sold gift certificate {} for {}, on {}."), sold.certificate.code,
                                        sold.certificate.recipientName, invoiceNumberText(sold.sale.invoice.number)));
        printPaidInvoice(context, sold.sale);
    });
}

void addGiftShow(CLI::App& gift, CliContext& context)
{
    auto code = std::make_shared<std::string>();
    CLI::App* show = gift.add_subcommand("show", _("Show a gift certificate and its balance"));
    show->add_option("CODE", *code, _("The code printed on it (case and dashes do not matter)"))->required();
    show->callback([&context, code] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        printGiftCertificate(context, billing.giftCertificate(*code), billing.settings().currency);
    });
}

struct RedeemOptions {
    std::string code, invoice, amount;
};

void addGiftRedeem(CLI::App& gift, CliContext& context)
{
    auto options = std::make_shared<RedeemOptions>();
    CLI::App* redeem = gift.add_subcommand(
        "redeem", _("Pay an invoice with a gift certificate, in part or whole (a payment by gift_certificate)"));
    redeem->add_option("--code", options->code, _("The certificate's code"))->option_text("CODE")->required();
    redeem->add_option("--invoice", options->invoice, _("The invoice: its ID or its number (INV-000042)"))
        ->option_text("ID")
        ->required();
    redeem->add_option("--amount", options->amount,
                       _("How much of it to use (default: the balance due, or all the certificate has left)"))
        ->option_text("AMOUNT");
    redeem->callback([&context, options] {
        std::optional<Cents> amount;
        if (!options->amount.empty())
            amount = parseMoney(options->amount, "--amount");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const PaidInvoice due = invoiceOption(billing, options->invoice, "--invoice");
        const GiftCertificate certificate = billing.giftCertificate(options->code);
        PaymentDraft draft;
        draft.method = PaymentMethod::GiftCertificate;
        draft.giftCertificateCode = certificate.code;
        draft.amountCents = amount.value_or(std::min(due.balanceDueCents(), certificate.balanceCents()));
        const PaidInvoice paid = billing.takePayments(due.invoice.id, {draft});
        printInvoiceResult(context,
                           formatMessage(_("Took {} from gift certificate {} toward {}."),
                                         moneyText(draft.amountCents, paid.invoice.currency), certificate.code,
                                         invoiceNumberText(paid.invoice.number)),
                           paid);
    });
}

} // namespace

void addPrepaidCommands(CLI::App& app, CliContext& context)
{
    CLI::App* package = app.add_subcommand(
        "package", _("Prepaid series of visits: sell one, list a client's, check a visit out from one"));
    package->require_subcommand(1);
    addPackageSell(*package, context);
    addPackageList(*package, context);
    addPackageUse(*package, context);
    CLI::App* gift = app.add_subcommand("gift", _("Gift certificates: sell one, show its balance, redeem it"));
    gift->require_subcommand(1);
    addGiftSell(*gift, context);
    addGiftShow(*gift, context);
    addGiftRedeem(*gift, context);
}

} // namespace knotwork::cli
