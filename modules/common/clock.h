#pragma once

#include <functional>
#include <string_view>

#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork {

// The one clock the app reads for "now" and "today". Services are handed one at start-up: the
// computer's clock in use, a stopped one in tests, so that no rule ("goal met in the last four
// weeks", "clearance expired") depends on the day a test happens to run.
class Clock {
public:
    using Reading = std::function<Timestamp()>;

    // The computer's clock.
    Clock();
    // Reads the time from `reading` (a test's own moment that it moves along).
    explicit Clock(Reading reading);
    // Stopped at `moment`.
    static Clock stoppedAt(Timestamp moment);
    // Stopped at `time` on `day` on this computer's clock, in its time zone (noon by default,
    // which exists on every day in every zone).
    static Clock stoppedOn(const Date& day, TimeOfDay time = TimeOfDay(12, 0, 0));

    Timestamp now() const { return m_reading(); }
    // The day the therapist sees on the wall: now() in this computer's time zone.
    Date today() const;
    // The local time of day, to the minute.
    TimeOfDay timeOfDay() const;

private:
    Reading m_reading;
};

// The environment variable that stops the clock of a whole process (the app or knotwork-cli run
// by a test) at one moment: "2026-11-23T15:00:00Z", or a day "2026-11-23" (noon, local time).
inline constexpr const char* kClockVariable = "KNOTWORK_CLOCK";

// The computer's clock, or the clock stopped where KNOTWORK_CLOCK says. ValidationError naming
// the variable when its text is neither a UTC moment nor a day.
Clock clockFromEnvironment();
// The same for a text already read; an empty text is the computer's clock.
Clock clockFromSetting(std::string_view setting);

} // namespace knotwork
