// The appointment book's store contract, on the SQL store and its in-memory stand-in alike: the
// same services, week and policy to start with, visits in start order, stale and missing records
// refused (store_contract_test.h).
#include "store_contract_test.h"

namespace knotwork::db::contract {
namespace {

template <typename Practice>
class BookContract : public StoreContract<Practice> {};
TYPED_TEST_SUITE(BookContract, Practices, PracticeNames);

schedule::Appointment visitAt(ClientId client, schedule::ServiceId service, const std::string& start)
{
    schedule::Appointment visit;
    visit.clientId = client;
    visit.serviceId = service;
    visit.start = parseIsoLocalTime(start, "start");
    return visit;
}

TYPED_TEST(BookContract, TheBookStartsAlikeListsInStartOrderAndRefusesStaleAndMissingRecords)
{
    schedule::ScheduleStore& book = this->m_practice.schedule();
    knotwork::testing::InMemoryClientStore clients{kActor};
    knotwork::testing::InMemoryScheduleStore fresh{clients, Clock::stoppedOn(kToday)};
    EXPECT_EQ(book.services(), fresh.services()) << "the same six services";
    EXPECT_EQ(book.workingWeek(), fresh.workingWeek()) << "the same week";
    EXPECT_EQ(book.cancellationPolicy(), fresh.cancellationPolicy());

    const ClientId zoe = this->addClient("Martin");
    const schedule::ServiceId service = book.services().at(3).id;
    const auto later = book.addAppointment(visitAt(zoe, service, "2026-11-24T15:00"));
    const auto earlier = book.addAppointment(visitAt(zoe, service, "2026-11-24T09:00"));
    const schedule::SeriesId series = book.addSeries(std::vector<schedule::Appointment>{
        visitAt(zoe, service, "2026-12-08T09:00"), visitAt(zoe, service, "2026-12-01T09:00")});
    std::vector<schedule::AppointmentId> day;
    for (const schedule::Appointment& visit : book.appointmentsBetween(parseIsoLocalTime("2026-11-24T00:00", "from"),
                                                                       parseIsoLocalTime("2026-11-25T00:00", "to")))
        day.push_back(visit.id);
    EXPECT_EQ(day, (std::vector<schedule::AppointmentId>{earlier, later}));
    const auto inSeries = book.appointmentsInSeries(series);
    ASSERT_EQ(inSeries.size(), 2u);
    EXPECT_LT(inSeries[0].start, inSeries[1].start);
    EXPECT_EQ(book.appointmentsOf(zoe).size(), 4u);

    schedule::Appointment moved = *book.findAppointment(later);
    EXPECT_EQ(moved.rowVersion, 1);
    schedule::Appointment stale = moved;
    moved.minutes = 45;
    EXPECT_EQ(book.updateAppointment(moved), 2);
    EXPECT_THROW(book.updateAppointment(stale), ConflictError);
    EXPECT_EQ(book.findAppointment(later)->minutes, 45);

    EXPECT_FALSE(book.findAppointment(9999));
    EXPECT_THROW(book.addAppointment(visitAt(9999, service, "2026-11-24T10:00")), NotFoundError);
    EXPECT_THROW(book.addAppointment(visitAt(zoe, 9999, "2026-11-24T10:00")), NotFoundError);
    EXPECT_THROW(book.addSeries(std::vector<schedule::Appointment>{visitAt(zoe, service, "2027-01-05T09:00"),
                                                                  visitAt(zoe, 9999, "2027-01-12T09:00")}),
                 NotFoundError);
    EXPECT_EQ(book.appointmentsOf(zoe).size(), 4u) << "nothing of the refused series";
    EXPECT_THROW(book.removeTimeOff(9999), NotFoundError);
    EXPECT_THROW(book.closeWaitlistEntry(9999, Timestamp::fromIso8601("2026-11-23T10:00:00Z")), NotFoundError);
}

} // namespace
} // namespace knotwork::db::contract
