#pragma once
// The closed lists of the appointment book, as choices (common/choices.h): a stable key for
// storage, JSON and the CLI, a translated label for screens.

#include "common/choices.h"
#include "schedule/appointment.h"
#include "schedule/booking_check.h"
#include "schedule/series_planner.h"
#include "schedule/service.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(schedule::AppointmentStatus)
KNOTWORK_DECLARE_CHOICES(schedule::CancelledBy)
KNOTWORK_DECLARE_CHOICES(schedule::ServiceKind)
KNOTWORK_DECLARE_CHOICES(schedule::BookingIssueKind)
KNOTWORK_DECLARE_CHOICES(schedule::ProposalFate)

} // namespace knotwork
