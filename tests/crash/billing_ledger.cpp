#include "billing_ledger.h"

#include <nlohmann/json.hpp>

#include "ledger_text.h"
#include "support/practice_files.h"

namespace knotwork::crash {

using knotwork::testing::sqliteQuery;
using nlohmann::json;

namespace {

constexpr long long kVisitTotal = 9605;  // $85.00 and 13 % HST
constexpr long long kPayment = 100;      // each `payment add`: $1.00 in cash

std::string paidText(long long count, long long cents)
{
    return std::to_string(count) + " payments of " + std::to_string(cents) + " cents";
}

} // namespace

void BillingLedger::setUp()
{
    m_cli({"billing", "settings", "set", "--tax-rate", "13"});
    m_cli({"schedule", "services", "edit", "4", "--fee", "85"});
}

std::vector<std::string> BillingLedger::prepare(WriteKind kind, const std::string& client)
{
    if (kind == WriteKind::Payment) {
        std::vector<long long> due;
        for (const auto& [visit, invoice] : m_visits)
            if (invoice.invoice && invoice.allowed.front().cents + kPayment <= kVisitTotal)
                due.push_back(visit);
        const long long visit = due.at(std::uniform_int_distribution<std::size_t>(0, due.size() - 1)(m_random));
        m_pending = {kind, visit, {1, kPayment}};
        return {"payment", "add", "--invoice", std::to_string(*m_visits.at(visit).invoice), "--method", "cash",
                "--amount", "1", "--json"};
    }
    const std::string visit = std::to_string(
        json::parse(m_cli({"appointment", "add", "--client", client, "--start", "2027-04-05 10:00", "--anyway", "--json"})
                        .out)["id"]
            .get<long long>());
    m_cli({"appointment", "arrive", visit});
    std::uniform_int_distribution<long long> dollars(1, 40);
    const long long card = dollars(m_random), cash = dollars(m_random);
    m_pending = {kind, std::stoll(visit), {2, (card + cash) * 100}};
    return {"checkout", "--appointment", visit, "--pay", "card:" + std::to_string(card), "--pay",
            "cash:" + std::to_string(cash), "--json"};
}

bool BillingLedger::canPay() const
{
    for (const auto& [visit, invoice] : m_visits)
        if (invoice.invoice && invoice.allowed.front().cents + kPayment <= kVisitTotal)
            return true;
    return false;
}

void BillingLedger::ran(bool acknowledged, const std::string& output)
{
    if (m_pending.kind == WriteKind::Checkout) {
        VisitInvoice& invoice = m_visits[m_pending.visit];
        invoice.allowed = {m_pending.payment};
        invoice.mayBeAbsent = !acknowledged;
        if (acknowledged)
            invoice.invoice = json::parse(output)["id"].get<long long>();
        return;
    }
    VisitInvoice& invoice = m_visits.at(m_pending.visit);
    const Paid before = invoice.allowed.front();
    const Paid after{before.count + 1, before.cents + m_pending.payment.cents};
    invoice.allowed = acknowledged ? std::vector<Paid>{after} : std::vector<Paid>{before, after};
}

Findings BillingLedger::checkInvoices(const std::filesystem::path& practice)
{
    // One line a visit's invoice: the visit, the invoice, its payments and what they add up to.
    const std::string rows = sqliteQuery(
        practice, "SELECT group_concat(i.appointment_id || '|' || i.id || '|' || "
                  "(SELECT COUNT(*) FROM payments p WHERE p.invoice_id = i.id) || '|' || "
                  "(SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id), char(10)) "
                  "FROM invoices i WHERE i.status = 'issued' AND i.appointment_id IS NOT NULL");
    Findings findings;
    std::map<long long, VisitInvoice> found;
    for (const std::string& row : split(rows, '\n')) {
        std::vector<long long> fields;
        for (const std::string& field : split(row, '|'))
            fields.push_back(std::stoll(field));
        const long long visit = fields.at(0), id = fields.at(1);
        const Paid paid{fields.at(2), fields.at(3)};
        const std::string what = "invoice " + std::to_string(id) + " of appointment " + std::to_string(visit);
        const auto known = m_visits.find(visit);
        if (known == m_visits.end()) {
            findings.push_back({FindingClass::Doubled, what + ": no run is known to have issued it"});
            continue;
        }
        if (known->second.invoice && *known->second.invoice != id)
            findings.push_back({FindingClass::Doubled, what + ": the checkout issued invoice " +
                                                           std::to_string(*known->second.invoice)});
        if (std::ranges::find(known->second.allowed, paid) == known->second.allowed.end()) {
            std::string allowed;
            for (const Paid& each : known->second.allowed)
                allowed += (allowed.empty() ? "" : " or ") + paidText(each.count, each.cents);
            findings.push_back({FindingClass::Half, what + " holds " + paidText(paid.count, paid.cents) + ", not " +
                                                        allowed});
        }
        found[visit] = {id, false, {paid}};
    }
    for (const auto& [visit, invoice] : m_visits)
        if (!found.contains(visit) && !invoice.mayBeAbsent)
            findings.push_back({FindingClass::Lost, "the invoice of appointment " + std::to_string(visit) +
                                                        " (acknowledged or seen before) is gone"});
    // A killed checkout's invoice that is not there must never turn up: it is forgotten, and an
    // invoice of its visit found later is one no run issued.
    m_visits = std::move(found);
    return findings;
}

Findings BillingLedger::check(const std::filesystem::path& practice)
{
    Findings findings = checkInvoices(practice);
    const std::vector<std::string> numbers =
        split(sqliteQuery(practice, "SELECT group_concat(number, ',') FROM (SELECT number FROM invoices ORDER BY number)"),
              ',');
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (std::stoll(numbers[i]) != static_cast<long long>(i + 1)) {
            findings.push_back({FindingClass::Half, "invoice numbers are not 1 to " + std::to_string(numbers.size()) +
                                                        " without a gap: the " + std::to_string(i + 1) +
                                                        "th is " + numbers[i]});
            break;
        }
    }
    return findings;
}

} // namespace knotwork::crash
