#pragma once
// The closed lists of client records, as choices (common/choices.h): a stable key for storage,
// JSON and the CLI, a translated label for forms, in the order forms list them.

#include "clients/client_chart.h"
#include "clients/consent.h"
#include "clients/headache_profile.h"
#include "clients/intake.h"
#include "clients/practice_settings.h"
#include "clients/provider.h"
#include "clients/screening.h"
#include "common/choices.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(clients::ProviderRole)
KNOTWORK_DECLARE_CHOICES(clients::CareRelation)
KNOTWORK_DECLARE_CHOICES(clients::HeadacheType)
KNOTWORK_DECLARE_CHOICES(clients::HeadacheTrigger)
KNOTWORK_DECLARE_CHOICES(clients::NeckMovement)
KNOTWORK_DECLARE_CHOICES(clients::PosturePattern)
KNOTWORK_DECLARE_CHOICES(clients::AcuteMedication)
KNOTWORK_DECLARE_CHOICES(clients::HealthFlag)
KNOTWORK_DECLARE_CHOICES(clients::PressurePreference)
KNOTWORK_DECLARE_CHOICES(clients::SafetyIssue)
KNOTWORK_DECLARE_CHOICES(clients::ScreeningKind)
KNOTWORK_DECLARE_CHOICES(clients::WithdrawalReason)
KNOTWORK_DECLARE_CHOICES(clients::SafetyStatus)
KNOTWORK_DECLARE_CHOICES(clients::ConsentKind)
KNOTWORK_DECLARE_CHOICES(clients::PaperSize)
KNOTWORK_DECLARE_CHOICES(clients::RetentionRule)
KNOTWORK_DECLARE_CHOICES(clients::ClientFilter)
KNOTWORK_DECLARE_CHOICES(clients::ClientSort)

} // namespace knotwork
