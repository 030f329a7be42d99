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

// Not stored: the keys of the CLI's JSON (a booking's issues, a series' proposals).
constexpr Choice<BookingIssueKind> kIssueKinds[] = {
    {BookingIssueKind::OutsideHours, "outside_hours", N_("Outside opening hours")},
    {BookingIssueKind::TimeOff, "time_off", N_("During time off")},
    {BookingIssueKind::Overlap, "overlap", N_("Overlaps another visit")},
    {BookingIssueKind::IntoBuffer, "into_buffer", N_("Runs into the buffer between visits")},
    {BookingIssueKind::DailyCap, "daily_cap", N_("The day already has as many visits as the daily cap allows")},
};

constexpr Choice<ProposalFate> kFates[] = {
    {ProposalFate::AsAsked, "as_asked", N_("As asked")},
    {ProposalFate::Shifted, "shifted", N_("Shifted")},
    {ProposalFate::Skipped, "skipped", N_("Skipped")},
};

} // namespace

KNOTWORK_CHOICES(AppointmentStatus, kStatuses)
KNOTWORK_CHOICES(CancelledBy, kCancellers)
KNOTWORK_CHOICES(ServiceKind, kServiceKinds)
KNOTWORK_CHOICES(BookingIssueKind, kIssueKinds)
KNOTWORK_CHOICES(ProposalFate, kFates)

} // namespace knotwork
