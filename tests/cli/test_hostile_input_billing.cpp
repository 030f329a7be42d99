// Hostile and broken input to the billing commands: negative, garbled and oversized amounts, an
// unknown payment method, a void or refund without its reason. Each is refused naming the option
// or field and the rule, and the practice file is exactly as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_billing_test.h"
#include "cli_refusal.h"

namespace knotwork::cli {
namespace {

class HostileBillingInput : public CliBillingTest {
protected:
    void SetUp() override
    {
        CliBillingTest::SetUp();
        m_invoice = idOf(checkout(arrivedVisit("2026-11-26 10:00"), {"card:20"}));
        m_visit = arrivedVisit("2026-11-27 10:00");
    }

    void expectRefused(const Refusal& row)
    {
        SCOPED_TRACE(row.name);
        std::vector<std::string> arguments = row.arguments;
        for (std::string& argument : arguments) {
            if (argument == "{visit}")
                argument = m_visit;
            else if (argument == "{invoice}")
                argument = m_invoice;
        }
        expectRefusedUnchanged([this](std::vector<std::string> line) { return cli(std::move(line)); }, m_practice,
                               row, arguments);
    }

    std::string m_invoice, m_visit;
};

TEST_F(HostileBillingInput, EachBadValueIsRefusedNamingTheFieldAndNothingStoredChanges)
{
    const std::vector<Refusal> table{
        {"a negative payment", {"checkout", "--appointment", "{visit}", "--pay", "card:-5"}, "--pay", "not an amount"},
        {"a payment in words", {"checkout", "--appointment", "{visit}", "--pay", "card:ten"}, "--pay", "not an amount"},
        {"three decimals", {"checkout", "--appointment", "{visit}", "--pay", "cash:10.555"}, "--pay", "not an amount"},
        {"an amount of 1e3", {"checkout", "--appointment", "{visit}", "--pay", "cash:1e3"}, "--pay", "not an amount"},
        {"no amount at all", {"checkout", "--appointment", "{visit}", "--pay", "cash"}, "--pay", "METHOD:AMOUNT"},
        {"an unknown method", {"checkout", "--appointment", "{visit}", "--pay", "bitcoin:10"}, "--pay", "must be one of"},
        {"a package as a payment", {"checkout", "--appointment", "{visit}", "--pay", "package:10"}, "--pay", "--package"},
        {"a negative tip", {"checkout", "--appointment", "{visit}", "--pay", "cash:10:-2"}, "--pay", "not an amount"},
        {"a split over the total", {"checkout", "--appointment", "{visit}", "--pay", "cash:90", "--pay", "card:90"}, "payments[1].amount", "is due"},
        {"an amount beyond any purse", {"payment", "add", "--invoice", "{invoice}", "--method", "cash", "--amount", "99999999999999"}, "--amount", "not an amount"},
        {"a payment of nothing", {"payment", "add", "--invoice", "{invoice}", "--method", "cash", "--amount", "0"}, "payments[0].amount", "more than 0"},
        {"a method in capitals", {"payment", "add", "--invoice", "{invoice}", "--method", "CASH", "--amount", "5"}, "--method", "must be one of"},
        {"an invoice that is not one", {"payment", "add", "--invoice", "INV-abc", "--method", "cash", "--amount", "5"}, "--invoice", "INV-000042"},
        {"a refund below zero", {"payment", "refund", "--invoice", "{invoice}", "--method", "card", "--amount", "-5", "--reason", "x"}, "--amount", "not an amount"},
        {"a refund without its reason", {"payment", "refund", "--invoice", "{invoice}", "--method", "card", "--amount", "5"}, "--reason", "required"},
        {"a refund with a blank reason", {"payment", "refund", "--invoice", "{invoice}", "--method", "card", "--amount", "5", "--reason", "  "}, "reason", "is required"},
        {"a void without its reason", {"invoice", "void", "{invoice}"}, "--reason", "required"},
        {"a void with an empty reason", {"invoice", "void", "{invoice}", "--reason", ""}, "reason", "is required"},
        {"a package of no visits", {"package", "sell", "--client", "1", "--service", "4", "--visits", "0", "--price", "100"}, "visits", "Visits"},
        {"a package at a garbled price", {"package", "sell", "--client", "1", "--service", "4", "--visits", "5", "--price", "4OO"}, "--price", "not an amount"},
        {"a certificate of minus 50", {"gift", "sell", "--purchaser", "1", "--for", "Ana", "--amount", "-50"}, "--amount", "not an amount"},
        {"a tax rate with its sign", {"billing", "settings", "set", "--tax-rate", "13%"}, "--tax-rate", "percentage"},
        {"a tax rate over 100", {"billing", "settings", "set", "--tax-rate", "250"}, "--tax-rate", "0 to 100"},
        {"unknown receipt rules", {"billing", "settings", "set", "--rules", "quebec"}, "--rules", "must be one of"},
        {"a service taxable perhaps", {"schedule", "services", "edit", "4", "--taxable", "maybe"}, "--taxable", "yes or no"},
        {"a year report of year 0", {"billing", "report", "--year", "0"}, "--year", "not in range"},
    };
    for (const Refusal& row : table)
        expectRefused(row);
}

} // namespace
} // namespace knotwork::cli
