#pragma once
// JSON for the clients domain: the CLI's --json output and --from input, the stored intake
// document and the audit trail's before/after all use these one mappings. Keys are snake_case and
// match the field keys of ValidationError; enums are written by their choice keys; dates as
// "YYYY-MM-DD". Reading is strict about types and values (ValidationError naming the key path
// and the rule) and lenient about missing keys (the default stays).

#include <string_view>
#include <nlohmann/json.hpp>

#include "clients/client_chart.h"
#include "clients/practice_settings.h"

namespace knotwork::clients {

void to_json(nlohmann::json& json, const Client& client);
void from_json(const nlohmann::json& json, Client& client);
void to_json(nlohmann::json& json, const Provider& provider);
void from_json(const nlohmann::json& json, Provider& provider);
void to_json(nlohmann::json& json, const CareTeamMember& member);
void from_json(const nlohmann::json& json, CareTeamMember& member);
void to_json(nlohmann::json& json, const Diagnosis& diagnosis);
void from_json(const nlohmann::json& json, Diagnosis& diagnosis);
void to_json(nlohmann::json& json, const Intake& intake);
void from_json(const nlohmann::json& json, Intake& intake);
// The intake as its client's row holds it: read fast, refused as from_json would refuse it.
Intake storedIntake(std::string_view text);
void to_json(nlohmann::json& json, const Screening& screening);
void to_json(nlohmann::json& json, const FlagWithdrawal& withdrawal);
void to_json(nlohmann::json& json, const ClearanceExtension& extension);
void to_json(nlohmann::json& json, const Clearance& clearance);
void from_json(const nlohmann::json& json, Clearance& clearance);
void to_json(nlohmann::json& json, const Consent& consent);
void from_json(const nlohmann::json& json, Consent& consent);
void to_json(nlohmann::json& json, const PracticeSettings& settings);
void from_json(const nlohmann::json& json, PracticeSettings& settings);
// The whole intake form: {"client": {...}, "intake": {...}, "diagnoses": [...], "care_team":
// [...], "screening": {"issues": [...], "notes": ""}}.
void to_json(nlohmann::json& json, const IntakeRecord& record);
void from_json(const nlohmann::json& json, IntakeRecord& record);
void to_json(nlohmann::json& json, const SafetyAssessment& assessment);
void to_json(nlohmann::json& json, const ClientListRow& row);
void to_json(nlohmann::json& json, const ClientChart& chart);

} // namespace knotwork::clients
