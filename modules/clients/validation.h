#pragma once

#include "clients/attachment.h"
#include "clients/client_chart.h"
#include "clients/practice_settings.h"
#include "common/validator.h"

namespace knotwork::clients {

// The rules each form keeps. They add every problem to the validator; field keys are the JSON
// keys of the CLI ("family_name", "headache.days_per_month", "clearance.expires_on").
void validateIntake(const IntakeRecord& record, const Date& today, Validator& validator);
// The notes of a screening, at intake or at a visit's re-screen.
void validateScreeningNotes(const std::string& notes, Validator& validator);
// A withdrawal's own fields; whether the flag is on record is the service's to check.
void validateWithdrawal(const FlagWithdrawal& withdrawal, Validator& validator);
void validateProvider(const Provider& provider, Validator& validator);
void validateClearance(const Clearance& clearance, const std::optional<Attachment>& letter,
                       const Date& today, Validator& validator);
void validateConsent(const Consent& consent, const Date& today, Validator& validator);
// `logo` and `signature`: images about to be stored with the settings, PNG or JPEG.
void validateSettings(const PracticeSettings& settings, const std::optional<Attachment>& logo,
                      const std::optional<Attachment>& signature, Validator& validator);

} // namespace knotwork::clients
