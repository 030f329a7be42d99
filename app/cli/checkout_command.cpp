// knotwork-cli checkout|payment add|payment refund: a visit's invoice issued with the payments
// taken with it, more payments toward an invoice, money given back; each one action of
// BillingService, the same as the app's check-out.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/billing_text.h"
#include "app/cli/commands.h"
#include "billing/billing_choices.h"
#include "billing/billing_json.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::billing;

namespace {

struct CheckoutOptions {
    AppointmentId visit = 0;
    std::vector<std::string> pay;
    std::optional<PackageId> package;
};

void addCheckout(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<CheckoutOptions>();
    CLI::App* checkout = app.add_subcommand(
        "checkout", _("Issue an arrived or completed visit's invoice (or a late cancellation's or no-show's fee) and "
                      "take its payments, split or partial, in one action"));
    checkout->add_option("--appointment", options->visit, _("The visit's appointment number"))
        ->option_text("ID")
        ->required();
    checkout->add_option("--pay", options->pay, payOptionHelp())->option_text("METHOD:AMOUNT[:TIP][:REF]");
    checkout->add_option("--package", options->package,
                         _("Take the visit from this prepaid package of the client's (see `package list`)"))
        ->option_text("ID");
    checkout->callback([&context, options] {
        const std::vector<PaymentDraft> payments = paymentOptions(options->pay, "--pay");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const PaidInvoice paid = practice.billing().checkOut(options->visit, payments, options->package);
        printInvoiceResult(context,
                           formatMessage(_("Issued {} for appointment {}."), invoiceNumberText(paid.invoice.number),
                                         options->visit),
                           paid);
    });
}

struct PaymentOptions {
    std::string invoice, method, amount, tip, reference, code, reason;
};

void addInvoiceAndMethod(CLI::App& command, PaymentOptions& options)
{
    command.add_option("--invoice", options.invoice, _("The invoice: its ID or its number (INV-000042)"))
        ->option_text("ID")
        ->required();
    command.add_option("--method", options.method, _("cash, card, e_transfer, cheque or gift_certificate"))
        ->option_text("METHOD")
        ->required();
    command.add_option("--amount", options.amount, _("The amount: 85 or 85.50"))->option_text("AMOUNT")->required();
}

PaymentDraft paymentDraft(const PaymentOptions& options)
{
    PaymentDraft draft;
    draft.method = choiceOption<PaymentMethod>(options.method, "--method");
    draft.amountCents = parseMoney(options.amount, "--amount");
    if (!options.tip.empty())
        draft.tipCents = parseMoney(options.tip, "--tip");
    draft.reference = options.reference;
    draft.giftCertificateCode = options.code;
    return draft;
}

void addPaymentAdd(CLI::App& payment, CliContext& context)
{
    auto options = std::make_shared<PaymentOptions>();
    CLI::App* add = payment.add_subcommand(
        "add", _("Take a payment toward an invoice: the rest of a partial payment, or one part of a split"));
    addInvoiceAndMethod(*add, *options);
    add->add_option("--tip", options->tip, _("A tip paid with it, kept apart from the invoice and never taxed"))
        ->option_text("AMOUNT");
    add->add_option("--reference", options->reference, _("A cheque's number, a card's last digits, an e-transfer's id"))
        ->option_text("TEXT");
    add->add_option("--code", options->code, _("With --method gift_certificate: the certificate's code"))
        ->option_text("CODE");
    add->callback([&context, options] {
        const PaymentDraft draft = paymentDraft(*options);
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const InvoiceId id = invoiceOption(billing, options->invoice, "--invoice").invoice.id;
        const PaidInvoice paid = billing.takePayments(id, {draft});
        printInvoiceResult(context,
                           formatMessage(_("Took {} by {} toward {}."), moneyText(draft.amountCents, paid.invoice.currency),
                                         labelOf(draft.method), invoiceNumberText(paid.invoice.number)),
                           paid);
    });
}

void addPaymentRefund(CLI::App& payment, CliContext& context)
{
    auto options = std::make_shared<PaymentOptions>();
    CLI::App* refund = payment.add_subcommand(
        "refund", _("Give money back on an invoice, by a method it was paid with (a gift certificate's or a package's "
                    "value goes back on it)"));
    addInvoiceAndMethod(*refund, *options);
    refund->add_option("--reason", options->reason, _("Why, in one line"))->required();
    refund->callback([&context, options] {
        const PaymentMethod method = choiceOption<PaymentMethod>(options->method, "--method");
        const Cents amount = parseMoney(options->amount, "--amount");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingService& billing = practice.billing();
        const InvoiceId id = invoiceOption(billing, options->invoice, "--invoice").invoice.id;
        const PaidInvoice paid = billing.refund(id, method, amount, options->reason);
        printInvoiceResult(context,
                           formatMessage(_("Refunded {} by {} on {}."), moneyText(amount, paid.invoice.currency),
                                         labelOf(method), invoiceNumberText(paid.invoice.number)),
                           paid);
    });
}

} // namespace

void addCheckoutCommands(CLI::App& app, CliContext& context)
{
    addCheckout(app, context);
    CLI::App* payment = app.add_subcommand("payment", _("Payments toward an invoice: add one, or refund"));
    payment->require_subcommand(1);
    addPaymentAdd(*payment, context);
    addPaymentRefund(*payment, context);
}

} // namespace knotwork::cli
