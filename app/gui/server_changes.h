#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <wx/timer.h>

#include "clients/ui/feature.h"
#include "db/change_listener.h"

namespace knotwork::db {
class Database;
}

namespace knotwork::gui {

// What other desks save in a practice on a clinic server shows at this desk without a restart:
// about once a second the change notices that arrived (db::ChangeListener) are told to the
// main window's listeners as record changes from another desk (RecordChange::fromAnotherDesk),
// one for each kind and client however many rows changed. This desk's own saves are left out:
// its screens showed them already. After the listener's connection was lost and made again,
// every kind is told, for any client, since notices may have been missed.
class ServerChanges {
public:
    static constexpr int kPollMilliseconds = 1000;

    // Listens on a connection of its own to the server `practice` is on. StorageError when it
    // cannot connect.
    ServerChanges(clients::ui::FeatureHost& host, db::Database& practice);
    ~ServerChanges();

    // Tells the changes that arrived since the last time (the timer calls it; tests too).
    void showChanges();

private:
    clients::ui::FeatureHost& m_host;
    db::ChangeListener m_listener;
    wxTimer m_timer;
    bool m_showing = false;  // a listener's message box runs the timer inside showChanges
};

// For a practice on a server, a ServerChanges over it; null for a practice file or none. When the
// server refuses the listener's connection, says so (the practice works, other desks' changes show
// when it is opened again) and returns null.
std::unique_ptr<ServerChanges> watchServerChanges(clients::ui::FeatureHost& host, db::Database* practice);

// The kind of record a table of the practice holds, as the screens know it; none for a table no
// screen shows.
std::optional<clients::ui::RecordKind> recordKindOfTable(std::string_view table);

} // namespace knotwork::gui
