#include "billing/billing_validation.h"

#include <fmt/format.h>

#include "billing/billing_service.h"
#include "common/i18n.h"
#include "common/validator.h"

namespace knotwork::billing {

namespace {

bool isCurrencyCode(const std::string& code)
{
    if (code.size() != 3)
        return false;
    for (char c : code)
        if (c < 'A' || c > 'Z')
            return false;
    return true;
}

bool isNpi(const std::string& npi)
{
    if (npi.size() != 10)
        return false;
    for (char c : npi)
        if (c < '0' || c > '9')
            return false;
    return true;
}

void checkAmount(Validator& check, Cents amount, Cents lowest, const std::string& field)
{
    if (amount < lowest || amount > kLargestAmount)
        check.add(field, "range",
                  lowest > 0 ? _("The amount must be more than 0 and at most 10,000.00.")
                             : _("The amount must be from 0 to 10,000.00."));
}

} // namespace

void validateBillingSettings(const BillingSettings& settings)
{
    Validator check;
    if (!isCurrencyCode(settings.currency))
        check.add("currency", "currency-code", _("The currency is a three-letter code such as CAD or USD."));
    check.singleLine(settings.taxName, 16, "tax_name", _("Tax name"));
    check.inRange(settings.taxBasisPoints, 0, kBasisPointsPerWhole, "tax_rate", _("Tax rate"));
    if (settings.taxBasisPoints > 0 && settings.taxName.empty())
        check.add("tax_name", "required", _("Name the tax charged (HST, GST) or set its rate to 0."));
    check.singleLine(settings.taxNumber, 30, "tax_number", _("Tax registration number"));
    check.required(settings.serviceWording, "service_wording", _("Service on receipts"));
    check.singleLine(settings.serviceWording, 100, "service_wording", _("Service on receipts"));
    if (!settings.npi.empty() && !isNpi(settings.npi))
        check.add("npi", "npi", _("The NPI is ten digits."));
    check.throwIfAny();
}

void validatePaymentDrafts(const std::vector<PaymentDraft>& payments)
{
    Validator check;
    for (std::size_t i = 0; i < payments.size(); ++i) {
        const PaymentDraft& payment = payments[i];
        const std::string field = fmt::format("payments[{}].", i);
        checkAmount(check, payment.amountCents, 1, field + "amount");
        if (payment.tipCents < 0 || payment.tipCents > kLargestAmount)
            check.add(field + "tip", "range", _("A tip is from 0 to 10,000.00."));
        if (payment.tipCents > 0 && !isMoneyReceived(payment.method))
            check.add(field + "tip", "money-only", _("A tip is paid in money, not from a gift certificate or package."));
        check.singleLine(payment.reference, 100, field + "reference", _("Reference"));
        if (payment.method == PaymentMethod::GiftCertificate && payment.giftCertificateCode.empty())
            check.add(field + "code", "required", _("Type the gift certificate's code."));
        if (payment.method == PaymentMethod::Package)
            check.add(field + "method", "package-at-check-out",
                      _("A visit is paid from a package by choosing the package at check-out."));
    }
    check.throwIfAny();
}

void validateCorrectedLines(const std::vector<InvoiceLine>& lines, std::size_t originalCount)
{
    Validator check;
    if (lines.size() != originalCount)
        check.add("lines", "same-lines", _("A correction keeps the invoice's lines: change their amounts or wording."));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string field = fmt::format("lines[{}].", i);
        check.required(lines[i].description, field + "description", _("Description"));
        check.singleLine(lines[i].description, 200, field + "description", _("Description"));
        checkAmount(check, lines[i].amountCents, 0, field + "amount");
    }
    check.throwIfAny();
}

void validateReason(const std::string& reason, const std::string& field)
{
    Validator check;
    check.required(reason, field, _("Reason"));
    check.singleLine(reason, 500, field, _("Reason"));
    check.throwIfAny();
}

} // namespace knotwork::billing
