#pragma once
// Recall driven by care, not the calendar: which clients the Today view asks the therapist to
// contact or prepare for, from each client's open treatment plan rather than from "it has been a
// while".
//
// Three reasons (RecallReason):
// - VisitDue: the plan's rhythm says a visit is due (the lower end of the current phase's
//   interval since the last visit has come) and no visit is booked soon enough (see
//   bookingClearsVisitDue).
// - NotSeen: the client has not been seen for longer than the current phase allows (the upper
//   end of "every 4–6 weeks"). It stands whether or not a visit is booked (the plan's rhythm
//   lapsed, something to talk about at the review), and replaces VisitDue for the same client:
//   one row, the stronger one, whose sentence says whether anything is booked. With a fixed
//   interval ("weekly") a visit due becomes a lapse the day after it was due.
// - RemeasureDue: a questionnaire the plan's goals use (NDI, HDI, PSFS) falls due at the client's
//   next visit (see kRemeasureEveryWeeks and kEndOfPhaseFreshDays for the cadence).
//
// Only an active plan recalls: a plan on hold is a pause agreed with the client, and a completed
// or discontinued plan has no rhythm left. Safety screening is deliberately not an input: a client
// whose screening blocks treatment (a red flag, a clearance needed) is still listed, because the
// conversation is still due; the gate is at booking, which books such a client only a referral
// visit (booking_check.h).
//
// Pure functions over plain inputs: the service reads the plan, notes, measures and the book and
// passes today's date from its Clock (clock.today()), so every rule here is tested on fixed dates.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/choices.h"
#include "common/date_text.h"
#include "plans/outcome_measure.h"
#include "plans/treatment_plan.h"
#include "schedule/appointment.h"

namespace knotwork::schedule {

// The re-measure cadence. No rule for it existed before this (reports and plan reminders read
// whatever measures are on file and never ask for one).
//
// The questionnaires recall asks for: the ones the client fills in on paper (DOMAIN.md), so the
// therapist has to remember to hand one out. NPRS and functional ratings are asked aloud at the
// visit itself and the diary comes with every note, so they need no recall.
inline constexpr plans::MeasureKind kRecalledMeasures[] = {
    plans::MeasureKind::Ndi, plans::MeasureKind::Hdi, plans::MeasureKind::Psfs};

// While care is active each recalled measure a goal uses is re-taken at least every four weeks:
// the seed's intensive phases ("weekly or every two weeks … for about three months") then get a
// figure for each month, enough to see a trend and to write a progress report (DOMAIN.md models
// it on Medicare's "at least every 10 treatment days", about a month of weekly visits), and in
// maintenance ("every 4–6 weeks") it is taken at every visit.
inline constexpr int kRemeasureEveryWeeks = 4;

// Each recalled measure is also re-taken at the last planned visit of a phase (and at any visit
// past it until the plan moves on), since a plan's goals mark the end of a phase and judging them
// needs a current figure. One taken in the two weeks before that visit already describes the
// phase's end: the questionnaires' test–retest studies repeat them within about two weeks, and
// asking again sooner only burdens the client.
inline constexpr int kEndOfPhaseFreshDays = 14;

enum class RecallReason {
    NotSeen,       // not seen for longer than the current phase allows
    VisitDue,      // the plan's next visit is due and none is booked soon enough
    RemeasureDue,  // a questionnaire falls due at the next visit
};

// What recall knows about one client. Every field is plain data the service reads beforehand.
struct RecallFacts {
    clients::ClientId clientId = 0;
    // The client's open plan (active or on hold), if any. Only an active plan recalls.
    std::optional<plans::TreatmentPlan> openPlan;
    // The visit date of the client's last signed note (any plan's); none before the first visit.
    std::optional<Date> lastVisit;
    // Signed visits on or after the current phase began (plans::visitsInPhase).
    int visitsInPhase = 0;
    // The client's next appointment on the book. It counts only while upcoming (booked or
    // arrived, isUpcoming) and on or after today; a cancelled one or one in the past is ignored.
    std::optional<Appointment> nextAppointment;
    // The day each kind of measure was last taken (voided measures left out).
    std::map<plans::MeasureKind, Date> lastTaken;
};

// Why a measure is due at the next visit.
enum class RemeasureCause {
    NeverTaken,  // a goal uses it and it has never been taken: the baseline is missing
    Interval,    // kRemeasureEveryWeeks have passed (or will have by the next visit)
    EndOfPhase,  // the next visit is the phase's last planned one, or past it
};

struct DueMeasure {
    plans::MeasureKind kind = plans::MeasureKind::Ndi;
    RemeasureCause cause = RemeasureCause::Interval;
    Date dueOn{boost::gregorian::not_a_date_time};
    std::optional<Date> lastTaken;

    friend bool operator==(const DueMeasure&, const DueMeasure&) = default;
};

// One row of the recall list.
struct RecallItem {
    clients::ClientId clientId = 0;
    plans::PlanId planId = 0;
    RecallReason reason = RecallReason::VisitDue;
    // The day it became due. A re-measure may fall due at a visit still ahead: then this is that
    // visit's day (or the day the interval runs out before it) and daysOverdue is negative.
    Date dueOn{boost::gregorian::not_a_date_time};
    int daysOverdue = 0;  // today − dueOn
    // RemeasureDue: the measures due, in kRecalledMeasures' order; empty for the other reasons.
    std::vector<DueMeasure> measures;
    // The next visit on the book, if one counts (RecallFacts::nextAppointment).
    std::optional<LocalTime> nextBooked;
    // For the screen, translated: what is due and why ("A visit was due on …; none is booked.").
    std::string sentence;
};

// The questionnaires recall asks for in `plan`: the recalled measures its goals use (an NDI goal
// uses the NDI, a PSFS activity the PSFS), in kRecalledMeasures' order.
std::vector<plans::MeasureKind> recalledMeasuresOf(const plans::TreatmentPlan& plan);

// The day the plan's next visit is due: the lower end of the current phase's interval after the
// last visit, and never before the current phase began or, for a plan resumed after a hold, the
// day care resumed (the plan's statusChangedOn). Without a visit yet, the day the phase began.
// None when the plan has no current phase.
std::optional<Date> visitDueOn(const plans::TreatmentPlan& plan, const std::optional<Date>& lastVisit);

// The last day the current phase allows without a visit: the upper end of its interval ("every
// 4–6 weeks": six) after the latest of the last visit, the day the plan began (a returning
// client's visits under an earlier plan are not this plan's lapse) and the day care resumed. None
// without a visit yet or without a current phase.
std::optional<Date> lastDayAllowed(const plans::TreatmentPlan& plan, const std::optional<Date>& lastVisit);

// Whether a visit booked on `booked` answers the plan's next visit: it falls inside the phase's
// interval, on or before the last day the phase allows (lastDayAllowed). Without a visit yet,
// within the interval's upper end of the later of the day the first visit is due and `today`.
bool bookingClearsVisitDue(const plans::TreatmentPlan& plan, const std::optional<Date>& lastVisit,
                           const Date& booked, const Date& today);

// The recalled measures due at the client's next visit. The next visit is the booked one when it
// counts, otherwise the later of today and the day the visit is due.
std::vector<DueMeasure> measuresDue(const RecallFacts& facts, const Date& today);

// What recall lists for one client today: at most one of NotSeen and VisitDue, and at most one
// RemeasureDue naming every measure due. Empty without an active plan. `formatDate` writes the
// days in the sentences (the locale's short format in the UI; ISO without one).
std::vector<RecallItem> recallItems(const RecallFacts& facts, const Date& today,
                                    DateFormatter formatDate = nullptr);

// The recall list of the whole practice: every client's items, most overdue first (earliest due
// day); on the same day NotSeen before VisitDue before RemeasureDue, then by client id.
std::vector<RecallItem> recallList(const std::vector<RecallFacts>& clients, const Date& today,
                                   DateFormatter formatDate = nullptr);

} // namespace knotwork::schedule

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(schedule::RecallReason)
KNOTWORK_DECLARE_CHOICES(schedule::RemeasureCause)

} // namespace knotwork
