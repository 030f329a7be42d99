#pragma once

#include <map>

#include "clients/ui/feature.h"
#include "plans/treatment_plan.h"
#include "schedule/appointment.h"

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::plans {
class PlanService;
}

namespace knotwork::schedule {
class ScheduleService;
}

namespace knotwork::schedule::ui {

// Booking from the main window: Client › Book appointment… and Book the plan… for the client in
// view, a double click on a free time of the week (ScheduleFeature passes it on), and the offer to
// re-space the visits booked for a plan when it moves to its next phase (asked once per phase,
// never on other plan edits). A feature of its own so that its menu items follow the plans'.
class BookingFeature : public clients::ui::Feature {
public:
    // Adds the menu items and listens to plan changes.
    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

    // The booking dialog for the client in view, the day and time filled in.
    void book(const LocalTime& start);
    void bookPlan();

private:
    // Offers to re-space the client's plan's visits when its phase is not the one last seen.
    void planChanged(ClientId client);
    // The client in view, or 0 (told so) when there is none to book for.
    ClientId clientInView(const wxString& title) const;

    clients::ui::FeatureHost* m_host = nullptr;
    ScheduleService* m_schedule = nullptr;
    clients::ClientService* m_clients = nullptr;
    plans::PlanService* m_plans = nullptr;
    std::map<plans::PlanId, int> m_phaseSeen;
};

} // namespace knotwork::schedule::ui
