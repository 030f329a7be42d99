#pragma once

#include <functional>
#include <vector>

#include "clients/ui/feature.h"
#include "schedule/appointment.h"
#include "schedule/ui/settings_page.h"

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::sessions {
class SessionService;
}

namespace knotwork::schedule {
class BookSettingsService;
class RecallService;
class ScheduleService;
}

namespace knotwork::schedule::ui {

class RecallPanel;
class ScheduleView;
class TodaysVisitsPanel;

// The appointment book's screens: the Schedule view's week calendar, month overview and
// waitlist; Today's appointments, whose Start note opens the visit's session note, and the
// clients to recall; File › Appointment book settings….
class ScheduleFeature : public clients::ui::Feature {
public:
    // `openNote` shows a note of the open practice in the note editor (the sessions feature's);
    // `book` books a visit at a free time double-clicked in the week (BookingFeature::book);
    // `settingsPages` follow the book's own in its settings (billing's, the app's reminder email
    // pages); `checkOut` checks a visit out from Today's list and the visit's dialog (billing's).
    ScheduleFeature(std::function<void(long long noteId)> openNote, std::function<void(const LocalTime&)> book,
                    std::vector<SettingsPageFactory> settingsPages = {},
                    std::function<void(const Appointment&)> checkOut = {});

    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

private:
    // The visit's note, started with the visit's day and time and linked to it (the visit is then
    // completed), or the note it already has.
    void startNote(const Appointment& visit);
    void reload();
    void openSettings();

    std::function<void(long long)> m_openNote;
    std::function<void(const LocalTime&)> m_book;
    std::vector<SettingsPageFactory> m_settingsPages;
    std::function<void(const Appointment&)> m_checkOut;
    clients::ui::FeatureHost* m_host = nullptr;
    ScheduleService* m_schedule = nullptr;
    BookSettingsService* m_bookSettings = nullptr;
    clients::ClientService* m_clients = nullptr;
    sessions::SessionService* m_sessions = nullptr;
    ScheduleView* m_view = nullptr;
    TodaysVisitsPanel* m_today = nullptr;
    RecallService* m_recallService = nullptr;
    RecallPanel* m_recall = nullptr;
};

} // namespace knotwork::schedule::ui
