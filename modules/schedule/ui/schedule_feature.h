#pragma once

#include <functional>

#include "clients/ui/feature.h"
#include "schedule/appointment.h"

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::sessions {
class SessionService;
}

namespace knotwork::schedule {
class RecallService;
class ScheduleService;
}

namespace knotwork::schedule::ui {

class RecallPanel;
class ScheduleView;
class TodaysVisitsPanel;

// The appointment book's screens: the Schedule view's week calendar, month overview and
// waitlist; Today's appointments, whose Start note opens the visit's session note, and the
// clients to recall.
class ScheduleFeature : public clients::ui::Feature {
public:
    // `openNote` shows a note of the open practice in the note editor (the sessions feature's).
    explicit ScheduleFeature(std::function<void(long long noteId)> openNote);

    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

private:
    // The visit's note, started with the visit's day and time and linked to it (the visit is then
    // completed), or the note it already has.
    void startNote(const Appointment& visit);
    void reload();

    std::function<void(long long)> m_openNote;
    clients::ui::FeatureHost* m_host = nullptr;
    ScheduleService* m_schedule = nullptr;
    clients::ClientService* m_clients = nullptr;
    sessions::SessionService* m_sessions = nullptr;
    ScheduleView* m_view = nullptr;
    TodaysVisitsPanel* m_today = nullptr;
    RecallService* m_recallService = nullptr;
    RecallPanel* m_recall = nullptr;
};

} // namespace knotwork::schedule::ui
