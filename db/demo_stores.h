#pragma once
// The demo practice writes through a practice's SQL stores (header only: db itself does not link
// the demo; the app, the CLI and the tests that fill demo practices do).

#include "db/practice_stores.h"
#include "demo/demo_practice.h"

namespace knotwork::db {

inline demo::DemoStores demoStores(PracticeStores& stores)
{
    return {stores.clientStore(), stores.providerStore(), stores.settingsStore(),
            stores.sessionStore(), stores.planStore()};
}

} // namespace knotwork::db
