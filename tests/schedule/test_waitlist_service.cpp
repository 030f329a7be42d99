// The waitlist through ScheduleService over in-memory stores: entries added and closed with
// their rules, and a freed time offered to an entry in one action that books the client there
// (or moves the booking they wanted to leave) and closes the entry.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schedule_book_fixture.h"

namespace knotwork::schedule {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class Waitlist : public Book {
protected:
    WaitlistEntry wanted(ClientId client, const std::string& serviceName = "Treatment, 60 min")
    {
        WaitlistEntry entry;
        entry.clientId = client;
        entry.serviceId = service(serviceName).id;
        entry.from = Date(2026, 11, 20);
        entry.preferences = "Mornings";
        return entry;
    }

    std::vector<WaitlistId> openEntries()
    {
        std::vector<WaitlistId> ids;
        for (const WaitlistEntry& entry : m_practice.scheduleStore.waitlist())
            ids.push_back(entry.id);
        return ids;
    }
};

TEST_F(Waitlist, AnEntryIsAddedNowAndClosedWhenNoLongerWanted)
{
    const WaitlistEntry added = m_service.addToWaitlist(wanted(addClient("Bo")));
    EXPECT_GT(added.id, 0);
    EXPECT_EQ(added.addedAt, m_now);
    EXPECT_THAT(openEntries(), ElementsAre(added.id));

    m_service.closeWaitlistEntry(added.id);
    EXPECT_THAT(openEntries(), IsEmpty());
    EXPECT_THROW(m_service.closeWaitlistEntry(added.id), ConflictError);
    EXPECT_THROW(m_service.closeWaitlistEntry(added.id + 100), NotFoundError);
}

TEST_F(Waitlist, AnEntryNamesItsClientItsServiceAndDaysInOrder)
{
    const ClientId client = addClient("Bo");
    WaitlistEntry entry = wanted(client);
    entry.until = Date(2026, 11, 19);
    EXPECT_EQ(fieldOf([&] { m_service.addToWaitlist(entry); }), "until_date after-from");
    entry = wanted(client);
    entry.serviceId = 9999;
    EXPECT_EQ(fieldOf([&] { m_service.addToWaitlist(entry); }), "service_id unknown");
    entry = wanted(client);
    entry.preferences = "Mornings\nnot Wednesdays";
    EXPECT_EQ(fieldOf([&] { m_service.addToWaitlist(entry); }), "preferences single-line");
    entry = wanted(0);
    EXPECT_EQ(fieldOf([&] { m_service.addToWaitlist(entry); }), "client_id required");
    EXPECT_THAT(openEntries(), IsEmpty());
}

TEST_F(Waitlist, OfferingAFreedTimeBooksTheClientThereAndClosesTheEntryTogether)
{
    const ClientId ada = addClient("Ada");
    const ClientId bo = addClient("Bo");
    const Appointment freed = m_service.book(visit(ada, at(2026, 11, 25, 10)), Issues::Refused);
    const WaitlistEntry entry = m_service.addToWaitlist(wanted(bo, "Treatment, 30 min"));

    // The visit still holds its time: nothing to offer yet.
    EXPECT_EQ(fieldOf([&] { m_service.offerFreedTime(freed.id, entry.id, Issues::Refused); }), "entry not-offered");
    m_service.cancel(freed.id, freed.rowVersion, CancelledBy::Client, "Flu");

    const Appointment booked = m_service.offerFreedTime(freed.id, entry.id, Issues::Refused);
    EXPECT_EQ(booked.clientId, bo);
    EXPECT_EQ(booked.start, at(2026, 11, 25, 10));
    EXPECT_EQ(booked.minutes, service("Treatment, 30 min").minutes);
    EXPECT_EQ(booked.status, AppointmentStatus::Booked);
    EXPECT_THAT(openEntries(), IsEmpty());
    // Offered once: the entry is closed and the time taken.
    EXPECT_EQ(fieldOf([&] { m_service.offerFreedTime(freed.id, entry.id, Issues::Refused); }), "entry not-offered");
}

TEST_F(Waitlist, AnEntryWaitingToLeaveALaterBookingHasThatBookingMoved)
{
    const ClientId ada = addClient("Ada");
    const ClientId bo = addClient("Bo");
    const Appointment freed = m_service.book(visit(ada, at(2026, 11, 25, 10)), Issues::Refused);
    const Appointment later = m_service.book(visit(bo, at(2026, 12, 9, 14)), Issues::Refused);
    WaitlistEntry entry = wanted(bo);
    entry.instead = later.id;
    entry = m_service.addToWaitlist(entry);
    m_service.cancel(freed.id, freed.rowVersion, CancelledBy::Client, "Flu");

    const Appointment moved = m_service.offerFreedTime(freed.id, entry.id, Issues::Refused);
    EXPECT_EQ(moved.id, later.id);
    EXPECT_EQ(moved.start, at(2026, 11, 25, 10));
    EXPECT_THAT(statusesOf(bo), ElementsAre(AppointmentStatus::Booked));
    EXPECT_THAT(openEntries(), IsEmpty());
}

TEST_F(Waitlist, AnOfferWhoseBookingIsRefusedLeavesTheEntryOpen)
{
    const ClientId ada = addClient("Ada");
    const ClientId bo = addClient("Bo");
    const Appointment freed = m_service.book(visit(ada, at(2026, 11, 25, 10)), Issues::Refused);
    const WaitlistEntry entry = m_service.addToWaitlist(wanted(bo));
    m_service.cancel(freed.id, freed.rowVersion, CancelledBy::Client, "Flu");
    // Someone else took most of the hour meanwhile.
    m_service.book(visit(addClient("Cy"), at(2026, 11, 25, 10, 30), "Treatment, 30 min"), Issues::Refused);

    EXPECT_EQ(fieldOf([&] { m_service.offerFreedTime(freed.id, entry.id, Issues::Refused); }),
              "start booking-issues");
    EXPECT_THAT(openEntries(), ElementsAre(entry.id));
    EXPECT_THAT(statusesOf(bo), IsEmpty());
}

} // namespace
} // namespace knotwork::schedule
