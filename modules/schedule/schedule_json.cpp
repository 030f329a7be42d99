#include "schedule/schedule_json.h"

#include "common/json_field_io.h"
#include "schedule/schedule_choices.h"
#include "schedule/schedule_validation.h"

namespace knotwork::schedule {

using nlohmann::json;
using json_io::Writer;

namespace {

json localTimeJson(const std::optional<LocalTime>& time)
{
    return time && !time->is_special() ? json(isoLocalTime(*time)) : json();
}

} // namespace

void to_json(json& out, const Appointment& appointment)
{
    Writer io(out);
    io("id", appointment.id);
    io("client_id", appointment.clientId);
    io("service_id", appointment.serviceId);
    out["starts_at"] = localTimeJson(appointment.start);
    out["ends_at"] = localTimeJson(appointment.start.is_special() ? appointment.start : appointment.end());
    io("minutes", appointment.minutes);
    io("buffer_minutes", appointment.bufferMinutes);
    io("status", appointment.status);
    const std::optional<Cancellation>& cancellation = appointment.cancellation;
    out["cancelled_by"] = cancellation ? json(std::string(keyOf(cancellation->by))) : json();
    out["cancelled_at"] = cancellation ? json(cancellation->at.iso8601()) : json();
    out["cancel_reason"] = cancellation ? cancellation->reason : std::string();
    if (cancellation && !appointment.start.is_special())
        out["notice_minutes"] = noticeMinutes(appointment, *cancellation);
    io("note_id", appointment.noteId);
    io("plan_id", appointment.planId);
    io("series_id", appointment.seriesId);
    io("referral_only", appointment.referralOnly);
    io("notes", appointment.notes);
    io("row_version", appointment.rowVersion);
    io("created_at", appointment.createdAt);
    io("updated_at", appointment.updatedAt);
}

void to_json(json& out, const Service& service)
{
    Writer io(out);
    io("id", service.id);
    io("kind", service.kind);
    io("name", service.name);
    io("minutes", service.minutes);
    io("buffer_minutes", service.bufferMinutes);
    io("fee_cents", service.feeCents);
    io("offered", service.offered);
    io("taxable", service.taxable);
    io("cpt_code", service.cptCode);
    io("row_version", service.rowVersion);
}

void to_json(json& out, const TimeOff& timeOff)
{
    out = json{{"id", timeOff.id},
               {"starts_at", localTimeJson(timeOff.from)},
               {"ends_at", localTimeJson(timeOff.to)},
               {"reason", timeOff.reason}};
}

void to_json(json& out, const WorkingWeek& week)
{
    json days = json::object();
    for (std::size_t weekday = 0; weekday < week.days.size(); ++weekday) {
        json stretches = json::array();
        for (const OpeningHours& hours : week.days[weekday])
            stretches.push_back(timeOfDayText(hours.opens) + "-" + timeOfDayText(hours.closes));
        days[weekdayKey(static_cast<int>(weekday))] = stretches;
    }
    out = json{{"days", days}, {"daily_cap", week.dailyCap ? json(*week.dailyCap) : json()}};
}

void to_json(json& out, const CancellationPolicy& policy)
{
    out = json{{"text", policy.text},
               {"version", policy.version},
               {"late_window_hours", policy.lateWindowHours},
               {"late_fee_cents", policy.lateFeeCents},
               {"no_show_fee_cents", policy.noShowFeeCents}};
}

void to_json(json& out, const WaitlistEntry& entry)
{
    Writer io(out);
    io("id", entry.id);
    io("client_id", entry.clientId);
    io("service_id", entry.serviceId);
    io("instead_appointment_id", entry.instead);
    io("from_date", entry.from);
    io("until_date", entry.until);
    io("preferences", entry.preferences);
    io("added_at", entry.addedAt);
}

void to_json(json& out, const BookingIssue& issue)
{
    Writer io(out);
    io("kind", issue.kind);
    io("other", issue.other);
    io("time_off_reason", issue.timeOffReason);
    io("text", describeIssue(issue));
}

void to_json(json& out, const ProposedVisit& proposal)
{
    Writer io(out);
    out["asked"] = localTimeJson(proposal.asked);
    out["booked"] = localTimeJson(proposal.booked);
    io("fate", proposal.fate);
    out["issues"] = proposal.because;
    io("phase", proposal.phase);
}

} // namespace knotwork::schedule
