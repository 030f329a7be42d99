#include "schedule/schedule_choices.h"

#include "common/choice_table.h"

namespace knotwork {

namespace {

using namespace knotwork::schedule;

// The keys are stored (db/migrations/0012_appointment_book.sql checks them): never change one.
constexpr Choice<AppointmentStatus> kStatuses[] = {
    {AppointmentStatus::Booked, "booked", N_("Booked")},
    {AppointmentStatus::Arrived, "arrived", N_("Arrived")},
    {AppointmentStatus::Completed, "completed", N_("Completed")},
    {AppointmentStatus::Cancelled, "cancelled", N_("Cancelled")},
    {AppointmentStatus::LateCancelled, "late_cancelled", N_("Late cancellation")},
    {AppointmentStatus::NoShow, "no_show", N_("No-show")},
};

constexpr Choice<CancelledBy> kCancellers[] = {
    {CancelledBy::Client, "client", N_("The client")},
    {CancelledBy::Therapist, "therapist", N_("The therapist")},
};

constexpr Choice<ServiceKind> kServiceKinds[] = {
    {ServiceKind::InitialAssessment, "initial_assessment", N_("Initial assessment")},
    {ServiceKind::Treatment, "treatment", N_("Treatment")},
    {ServiceKind::FollowUp, "follow_up", N_("Follow-up")},
};

} // namespace

KNOTWORK_CHOICES(AppointmentStatus, kStatuses)
KNOTWORK_CHOICES(CancelledBy, kCancellers)
KNOTWORK_CHOICES(ServiceKind, kServiceKinds)

} // namespace knotwork
