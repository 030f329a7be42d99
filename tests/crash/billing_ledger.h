#pragma once
// What the crash test asked of billing, run by run, and the check that it holds whole: invoices
// numbered 1, 2, 3 … without a gap whatever was killed; each visit's invoice there with all the
// payments its checkout took or not there at all; each `payment add` there once or (killed) not
// at all; every acknowledged invoice and payment still there. The ledger also prepares its runs:
// a checkout of a new visit, booked and marked arrived, taking a part of its $96.05 in two
// payments, and a payment of $1.00 toward an invoice with a balance left.

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "findings.h"
#include "support/process.h"
#include "write_kind.h"

namespace knotwork::crash {

class BillingLedger {
public:
    // Runs a knotwork-cli command on the practice to its end; throws when it fails.
    using Cli = std::function<knotwork::testing::ProcessResult(std::vector<std::string>)>;

    BillingLedger(Cli cli, std::mt19937_64& random) : m_cli(std::move(cli)), m_random(random) {}

    // The practice's 60-minute treatment at $85.00 with 13 % HST.
    void setUp();
    // The arguments of a run of `kind` (Checkout, or Payment when canPay()), for `client`'s visits.
    std::vector<std::string> prepare(WriteKind kind, const std::string& client);
    bool canPay() const;
    // Notes how the run prepared last ended: acknowledged (its --json output) or killed.
    void ran(bool acknowledged, const std::string& output);

    // Reads invoices and payments (through SQLite, behind Knotwork's back); settles what killed
    // runs left.
    Findings check(const std::filesystem::path& practice);

private:
    // What an invoice may hold: payments and their sum, either of two after a killed payment.
    struct Paid {
        long long count = 0;
        long long cents = 0;
        friend bool operator==(const Paid&, const Paid&) = default;
    };
    struct VisitInvoice {
        std::optional<long long> invoice;  // its id: acknowledged, or found once
        bool mayBeAbsent = true;           // a killed checkout not found (yet)
        std::vector<Paid> allowed;
    };
    struct Pending {
        WriteKind kind = WriteKind::Checkout;
        long long visit = 0;
        Paid payment;
    };

    Findings checkInvoices(const std::filesystem::path& practice);

    Cli m_cli;
    std::mt19937_64& m_random;
    std::map<long long, VisitInvoice> m_visits;  // by the visit's appointment number
    Pending m_pending;
};

} // namespace knotwork::crash
