#pragma once
// The client, session, plan and sharing use cases (and the schedule's store) over in-memory stores,
// for tests of rules that have nothing to do with SQL: the stores of in_memory_*_store.h, an
// ImmediateUnitOfWork, and the services built on them as the app builds them on the SQL stores.
// `actor` signs what the stores stamp (screenings, withdrawals), as the person who opened the
// practice does.

#include <string>

#include "clients/client_service.h"
#include "common/unit_of_work.h"
#include "plans/plan_service.h"
#include "sessions/session_service.h"
#include "sharing/sharing_service.h"
#include "support/in_memory_client_store.h"
#include "support/in_memory_disclosure_store.h"
#include "support/in_memory_plan_store.h"
#include "support/in_memory_provider_store.h"
#include "support/in_memory_schedule_store.h"
#include "support/in_memory_session_store.h"
#include "support/in_memory_settings_store.h"

namespace knotwork::testing {

struct InMemoryPractice {
    InMemoryPractice(const Clock& clock, const std::string& actor)
        : clientStore(actor),
          settingsStore(clientStore),
          sessionStore(clientStore, clock),
          planStore(clientStore, sessionStore, clock),
          scheduleStore(clientStore, clock),
          disclosureStore(actor),
          clientService(clientStore, providerStore, settingsStore, clock),
          sessionService(sessionStore, clientService, unitOfWork),
          planService(planStore, sessionService, clientService),
          sharingService(clientService, sessionService, planService, disclosureStore, scheduleStore)
    {
    }

    InMemoryClientStore clientStore;
    InMemoryProviderStore providerStore;
    InMemorySettingsStore settingsStore;
    InMemorySessionStore sessionStore;
    InMemoryPlanStore planStore;
    InMemoryScheduleStore scheduleStore;  // for the schedule and sharing services
    InMemoryDisclosureStore disclosureStore;
    ImmediateUnitOfWork unitOfWork;
    clients::ClientService clientService;
    sessions::SessionService sessionService;
    plans::PlanService planService;
    sharing::SharingService sharingService;
};

} // namespace knotwork::testing
