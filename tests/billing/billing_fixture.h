#pragma once
// The fixture of BillingService's tests over in-memory stores: a practice charging 13 % HST, a
// treatment service of $95.00 for an hour, a policy of $40 for a late cancellation and $60 for a
// no-show, a client with visits on the book, and the clock where the test puts it.

#include <functional>
#include <string>
#include <gtest/gtest.h>

#include "billing/billing_service.h"
#include "common/local_time.h"
#include "support/in_memory_billing_store.h"
#include "support/in_memory_practice.h"
#include "support/refusal.h"

namespace knotwork::billing {

inline PaymentDraft pay(PaymentMethod method, Cents amount, Cents tip = 0)
{
    PaymentDraft draft;
    draft.method = method;
    draft.amountCents = amount;
    draft.tipCents = tip;
    return draft;
}

inline PaymentDraft payByCertificate(const std::string& code, Cents amount)
{
    PaymentDraft draft = pay(PaymentMethod::GiftCertificate, amount);
    draft.giftCertificateCode = code;
    return draft;
}

// "field rule" of what `action` is refused with; "accepted" when it is not.
inline std::string refusalOf(const std::function<void()>& action)
{
    const std::optional<ValidationError> error = testing::refusal(action);
    return error ? error->field() + " " + error->rule() : "accepted";
}

class Billing : public ::testing::Test {
protected:
    Billing()
        : m_practice(Clock([this] { return m_now; }), "Maya"),
          m_store(m_practice.clientStore, Clock([this] { return m_now; })),
          m_service(m_store, m_practice.scheduleStore, m_practice.clientService, m_clock, m_practice.unitOfWork)
    {
        BillingSettings settings;
        settings.taxName = "HST";
        settings.taxBasisPoints = 1300;
        settings.taxNumber = "123456789RT0001";
        m_service.saveSettings(settings);

        for (schedule::Service service : m_practice.scheduleStore.services())
            if (service.name == "Treatment, 60 min") {
                service.feeCents = 9500;
                m_practice.scheduleStore.updateService(service);
                m_treatment = service.id;
            }
        schedule::CancellationPolicy policy;
        policy.lateFeeCents = 4000;
        policy.noShowFeeCents = 6000;
        m_practice.scheduleStore.setCancellationPolicy(policy);
        m_client = addClient("Zoë", "Martin");
    }

    ClientId addClient(const std::string& given, const std::string& family)
    {
        clients::IntakeRecord record;
        record.client.familyName = family;
        record.client.givenNames = given;
        return m_practice.clientService.saveIntake(record);
    }

    // A 60-minute treatment on `day` at 10:00 with `status`.
    schedule::AppointmentId visit(const Date& day,
                                  schedule::AppointmentStatus status = schedule::AppointmentStatus::Completed,
                                  ClientId client = 0)
    {
        schedule::Appointment visit;
        visit.clientId = client ? client : m_client;
        visit.serviceId = m_treatment;
        visit.start = LocalTime(day, boost::posix_time::hours(10));
        visit.minutes = 60;
        visit.status = status;
        if (status == schedule::AppointmentStatus::Cancelled || status == schedule::AppointmentStatus::LateCancelled)
            visit.cancellation = schedule::Cancellation{schedule::CancelledBy::Client, m_now, "sick"};
        return m_practice.scheduleStore.addAppointment(visit);
    }

    // Noon on `day` where the tests run, whatever their time zone.
    void setToday(const Date& day) { m_now = utcOfLocal(LocalTime(day, boost::posix_time::hours(12))); }

    Timestamp m_now = utcOfLocal(LocalTime(Date(2026, 3, 10), boost::posix_time::hours(12)));
    Clock m_clock{[this] { return m_now; }};
    testing::InMemoryPractice m_practice;
    testing::InMemoryBillingStore m_store;
    BillingService m_service;
    schedule::ServiceId m_treatment = 0;
    ClientId m_client = 0;
};

} // namespace knotwork::billing
