#pragma once
// JSON for session notes: `session add --from note.json`, `--json` output, the stored note body
// and the audit trail's before/after. Keys are snake_case and equal the validation field keys;
// enums are written by their choice keys; dates "YYYY-MM-DD", visit time "HH:MM". Reading is
// strict about types and values (ValidationError naming the key path) and lenient about missing
// keys. Lifecycle fields (status, signed_at…) are written but never read from input.
//
// {"client_id": 12, "visit_date": "2026-11-24", "visit_time": "10:30", "visit_minutes": 60,
//  "kind": "treatment",
//  "subjective": {"diary_days": 14, "headache_days": 3, "average_intensity": 4, ...,
//                 "rescreen": {"fever_or_systemic_illness": "no", "vision_changes": "yes", ...}},
//  "objective": {"posture": ["forward_head"], "rom": {"rotation_left": {"before": 60,
//                "after": 70}}, "cfrt_left": 28, "palpation": [{"muscle": "upper_trapezius",
//                "side": "left", "tenderness": 2, "hypertonic": true, "trigger_point": "active",
//                "reproduces_headache": true}]},
//  "assessment": {"pain_before": 5, "pain_after": 2, "tolerance": "good"},
//  "plan": {"techniques": ["suboccipital_release"], "regions": ["back_of_neck"], ...,
//           "referral_made": true, "referred_to_name": "Dr Okafor", "referral_methods": ["letter"]},
//  "carried_forward": ["plan.techniques"]}

#include <string_view>
#include <nlohmann/json.hpp>

#include "sessions/soap_note.h"

namespace knotwork::sessions {

void to_json(nlohmann::json& json, const Subjective& subjective);
void from_json(const nlohmann::json& json, Subjective& subjective);
void to_json(nlohmann::json& json, const Objective& objective);
void from_json(const nlohmann::json& json, Objective& objective);
void to_json(nlohmann::json& json, const Assessment& assessment);
void from_json(const nlohmann::json& json, Assessment& assessment);
void to_json(nlohmann::json& json, const Plan& plan);
void from_json(const nlohmann::json& json, Plan& plan);
void to_json(nlohmann::json& json, const Addendum& addendum);
// The whole note, with its lifecycle and addenda (written only).
void to_json(nlohmann::json& json, const SoapNote& note);
// The clinical content and the visit: what a person may write.
void from_json(const nlohmann::json& json, SoapNote& note);
void to_json(nlohmann::json& json, const NoteSummary& summary);

// The clinical content only (the visit's length, S, O, A, P, carried forward), as stored in the
// note's body column: compact, with what was not recorded left out.
nlohmann::json noteBody(const SoapNote& note);
void readNoteBody(const nlohmann::json& body, SoapNote& note);
// The body as its column holds it: read fast, refused as the overload above would refuse it.
void readNoteBody(std::string_view body, SoapNote& note);

} // namespace knotwork::sessions
