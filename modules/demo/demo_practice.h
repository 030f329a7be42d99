#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "common/calendar_date.h"

#include "billing/billing_store.h"
#include "clients/client_store.h"
#include "clients/provider_store.h"
#include "clients/settings_store.h"
#include "plans/plan_store.h"
#include "schedule/schedule_store.h"
#include "sessions/session_store.h"

namespace knotwork::demo {

struct DemoOptions {
    int clients = 250;
    std::uint32_t seed = 1;
    // Dates are laid out relative to this day (visits in the past, clearances expiring ahead), so
    // the demo looks current; the same seed and day always give the same practice.
    Date referenceDay{boost::gregorian::not_a_date_time};  // required: the front end's today
    // Session notes for every treatable client (about 14 each), with plans and measures, and
    // the appointment book that goes with them. Benchmarks of the client list alone leave them
    // out to fill faster.
    bool sessionNotes = true;
    // None: the compact demo, every first visit within the last two and a half years and about a
    // third of the clients in care at once (what the tests and benchmarks were built on). A number
    // of years: a practice that has run that long (demo_history.h), its first visits spread evenly
    // over those years, plans that start and end, clearances renewed while clients keep coming.
    // At 500 clients a year (10,000 over twenty years) that is about 20 notes a client (200,000),
    // 22 appointments (220,000: the notes' visits, cancellations and no-shows, the weeks ahead),
    // and 100–200 plans active on any day: a solo caseload of plans, since each runs a few
    // months. The visits are not a solo practice's, though: the maintenance clients who make up
    // half the notes bring the book to about 200 visits a week, which overflow the days
    // (demo_book.h). Fewer clients a year keep the same shape, scaled down.
    std::optional<int> years = std::nullopt;
};

// The size of a practice of `years` when no client count is asked for: 10,000 over twenty years.
constexpr int kDemoClientsPerYear = 500;

// Called between batches with how many clients are written; returning false stops the work
// (the caller then discards the half-filled practice file).
using DemoProgress = std::function<bool(int done, int total)>;

// Where the demo writes.
struct DemoStores {
    clients::ClientStore& clients;
    clients::ProviderStore& providers;
    clients::SettingsStore& settings;
    sessions::SessionStore& notes;
    plans::PlanStore& plans;
    schedule::ScheduleStore& schedule;
    billing::BillingStore& billing;
};

// Fills an empty practice with a synthetic caseload: practice settings, providers, clients with
// varied (also non-ASCII) names, mixed headache types, red flags and clearances, consents, and
// years of session notes (improving, not improving and dropped-out courses of care) with their
// treatment plans and outcome measures, and the appointment book of those visits with a few
// cancellations and no-shows and the coming weeks booked (demo_book.h), and the last twelve
// months' billing (demo_billing.h).
// Deterministic: the same options always write the same records. Returns false when cancelled.
bool fillDemoPractice(const DemoStores& stores, const DemoOptions& options,
                      const DemoProgress& progress = {});

} // namespace knotwork::demo
