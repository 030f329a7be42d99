// What an appointment's status means for the book (does it hold its time, is it still to come)
// and for the client's attendance (was it missed), and the notice a cancellation gave.
#include <gtest/gtest.h>

#include "schedule/appointment.h"
#include "support/booked_visit.h"
#include "support/environment_override.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;

Appointment sixtyMinutesAt(const LocalTime& start)
{
    return testing::bookedVisit(start, 60, 15);
}

TEST(Appointment, EndsAfterItsLengthAndFreesTheRoomAfterItsBuffer)
{
    const Appointment visit = sixtyMinutesAt(localTimeOn(Date(2026, 12, 31), hours(23) + minutes(30)));
    EXPECT_EQ(visit.end(), localTimeOn(Date(2027, 1, 1), minutes(30)));
    EXPECT_EQ(visit.freeFrom(), localTimeOn(Date(2027, 1, 1), minutes(45)));
}

TEST(Appointment, OnlyCancellationsGiveTheirTimeBack)
{
    EXPECT_TRUE(holdsTime(AppointmentStatus::Booked));
    EXPECT_TRUE(holdsTime(AppointmentStatus::Arrived));
    EXPECT_TRUE(holdsTime(AppointmentStatus::Completed));
    EXPECT_TRUE(holdsTime(AppointmentStatus::NoShow)) << "the therapist kept the hour free";
    EXPECT_FALSE(holdsTime(AppointmentStatus::Cancelled));
    EXPECT_FALSE(holdsTime(AppointmentStatus::LateCancelled));
}

TEST(Appointment, LateCancellationsAndNoShowsAreMissedVisits)
{
    EXPECT_TRUE(isMissed(AppointmentStatus::LateCancelled));
    EXPECT_TRUE(isMissed(AppointmentStatus::NoShow));
    EXPECT_FALSE(isMissed(AppointmentStatus::Cancelled)) << "cancelled with notice is not missed";
    EXPECT_FALSE(isMissed(AppointmentStatus::Completed));
    EXPECT_TRUE(isUpcoming(AppointmentStatus::Booked));
    EXPECT_TRUE(isUpcoming(AppointmentStatus::Arrived));
    EXPECT_FALSE(isUpcoming(AppointmentStatus::NoShow));
}

TEST(Appointment, TheNoticeOfACancellationCountsRealHoursAcrossTheNightTheClocksGoBack)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    // Monday 2026-11-02 at 10:00 EST is 15:00 UTC; word came Saturday 10:00 EDT (14:00 UTC):
    // 49 hours, not the 48 the wall clock suggests.
    const Appointment visit = sixtyMinutesAt(localTimeOn(Date(2026, 11, 2), hours(10)));
    Cancellation call;
    call.at = Timestamp(boost::posix_time::ptime(Date(2026, 10, 31), hours(14)));
    EXPECT_EQ(noticeMinutes(visit, call), 49 * 60);

    call.at = Timestamp(boost::posix_time::ptime(Date(2026, 11, 2), hours(15) + minutes(20)));
    EXPECT_EQ(noticeMinutes(visit, call), -20) << "word came twenty minutes after the start";
}

} // namespace
} // namespace knotwork::schedule
