#pragma once
// A test of the billing commands: the appointment book's practice (cli_schedule_test.h) charging
// 13 % HST, its 60-minute treatment (service 4) at $85.00, so a visit comes to $96.05; visits
// booked and marked arrived, ready to be checked out.

#include "cli_schedule_test.h"

namespace knotwork::cli {

class CliBillingTest : public CliScheduleTest {
protected:
    static constexpr const char* kTreatment = "4";  // "Treatment, 60 min"
    static constexpr long long kVisitTotal = 9605;  // $85.00 and $11.05 of HST

    void SetUp() override
    {
        CliScheduleTest::SetUp();
        cliJson({"billing", "settings", "set", "--tax-name", "HST", "--tax-rate", "13", "--tax-number",
                 "81234 5678 RT0001"});
        cliJson({"schedule", "services", "edit", kTreatment, "--fee", "85"});
    }

    // A 60-minute treatment of `clientId`'s at `start`, booked and marked arrived; its number.
    std::string arrivedVisit(const std::string& start, long long clientId = 0)
    {
        const long long visit = book(clientId == 0 ? m_client : clientId, start, {"--anyway"});
        cliJson({"appointment", "arrive", std::to_string(visit)});
        return std::to_string(visit);
    }

    // `checkout --appointment VISIT --pay P…`, which must succeed: the invoice with its payments.
    nlohmann::json checkout(const std::string& visit, const std::vector<std::string>& payments = {})
    {
        std::vector<std::string> arguments{"checkout", "--appointment", visit};
        for (const std::string& payment : payments)
            arguments.insert(arguments.end(), {"--pay", payment});
        return cliJson(arguments);
    }

    static std::string idOf(const nlohmann::json& invoice) { return std::to_string(invoice["id"].get<long long>()); }
};

} // namespace knotwork::cli
