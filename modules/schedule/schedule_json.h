#pragma once
// JSON for the appointment book, as knotwork-cli's --json prints it. Keys are snake_case and
// equal the stored columns and the validation field keys; choices by their keys
// (schedule_choices.h); local wall-clock times "YYYY-MM-DDTHH:MM", moments ISO UTC, days
// "YYYY-MM-DD"; an absent optional value is null. Written only: nothing reads these back.
//
// {"id": 42, "client_id": 12, "service_id": 4, "starts_at": "2026-12-08T10:00",
//  "ends_at": "2026-12-08T11:00", "minutes": 60, "buffer_minutes": 15, "status": "booked",
//  "cancelled_by": null, "cancelled_at": null, "cancel_reason": "", "note_id": null,
//  "plan_id": 3, "series_id": 7, "referral_only": false, "notes": "", "row_version": 1, …}

#include <nlohmann/json.hpp>

#include "schedule/booking_check.h"
#include "schedule/cancellation_policy.h"
#include "schedule/series_planner.h"
#include "schedule/service.h"
#include "schedule/waitlist.h"

namespace knotwork::schedule {

void to_json(nlohmann::json& json, const Appointment& appointment);
void to_json(nlohmann::json& json, const Service& service);
void to_json(nlohmann::json& json, const WaitlistEntry& entry);
// {"id": 3, "starts_at": "2026-12-24T00:00", "ends_at": "2026-12-27T00:00", "reason": "Holidays"}
void to_json(nlohmann::json& json, const TimeOff& timeOff);
// {"days": {"sunday": [], "monday": ["09:00-12:00", "13:00-17:00"], …}, "daily_cap": 8 or null}
void to_json(nlohmann::json& json, const WorkingWeek& week);
// {"text": "…", "version": "2026-2", "late_window_hours": 24, "late_fee_cents": 4000, "no_show_fee_cents": 0}
void to_json(nlohmann::json& json, const CancellationPolicy& policy);
// {"kind": "overlap", "other": 41, "time_off_reason": "", "text": "Overlaps another visit"}
void to_json(nlohmann::json& json, const BookingIssue& issue);
// {"asked": "…T10:00", "booked": "…T10:30" or null, "fate": "shifted", "issues": […], "phase": 0}
void to_json(nlohmann::json& json, const ProposedVisit& proposal);

} // namespace knotwork::schedule
