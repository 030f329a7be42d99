#pragma once

#include <string>

namespace knotwork::billing {

// Which rules the practice's documents follow: a receipt under Ontario's college (CMTO) rules,
// or a receipt plus the US superbill (CPT and ICD-10 codes, the therapist's NPI).
enum class ReceiptRules { Ontario, UnitedStates };

// The practice's billing settings, saved on their own (like the cancellation policy). The
// therapist's name, credentials, registration number and signature come from the practice's
// details (clients::PracticeSettings).
struct BillingSettings {
    std::string currency = "CAD";  // ISO 4217, two decimals
    // The sales tax charged on taxable services: "HST" at 1300 (13 %); an empty name or a zero
    // rate: no tax is charged (and none is printed).
    std::string taxName = "HST";
    int taxBasisPoints = 0;    // 0–10 000
    std::string taxNumber;     // the HST/GST registration number printed on receipts
    ReceiptRules rules = ReceiptRules::Ontario;
    // How a receipt names the service (the college's wording): "Massage Therapy treatment".
    std::string serviceWording = "Massage Therapy treatment";
    std::string npi;           // the therapist's US National Provider Identifier (10 digits)
    int nextInvoiceNumber = 1; // read-only: the number the next invoice gets

    int rowVersion = 0;        // 0: never saved

    bool chargesTax() const { return !taxName.empty() && taxBasisPoints > 0; }

    friend bool operator==(const BillingSettings&, const BillingSettings&) = default;
};

} // namespace knotwork::billing
