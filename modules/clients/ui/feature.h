#pragma once

#include <functional>
#include <initializer_list>
#include <wx/string.h>

#include "clients/client.h"
#include "common/service_set.h"

class wxWindow;

namespace knotwork {
class Notifier;
}

namespace knotwork::clients::ui {

class ClientListPanel;

// How features plug into the main window. Each feature's screens (sessions, plans, reports, later
// the schedule and billing) provide one Feature; app/ lists them once (app/gui/features.cpp) and
// the main window installs each at start-up. A feature adds what it shows through the host —
// tabs of the client chart, menu items, Today panels, bars, a view — and listens to the record
// changes it shows. The contract lives with the client chart because the chart is the hub every
// feature extends.

// What kind of record changed, so the screens that show it read it again.
enum class RecordKind {
    Client,      // a client's record: intake, screening, clearance, consents, archived
    Draft,       // an unsigned note was started or saved: only the lists of unsigned notes change
    Note,        // a note was signed, corrected or discarded: the client's visits changed
    Plan,        // a treatment plan or an outcome measure
    Report,      // a report was written and logged
    Practice,    // the practice's own details (its name, letterhead, paper size)
    Appointment, // a visit was booked, moved, called off, or the client arrived or did not come
    Billing,     // an invoice was issued or voided, a payment taken or refunded, the billing settings
};

// Every kind, for when anything may have changed (a clinic server's connection came back).
inline constexpr RecordKind kEveryRecordKind[] = {
    RecordKind::Client, RecordKind::Draft,    RecordKind::Note,        RecordKind::Plan,
    RecordKind::Report, RecordKind::Practice, RecordKind::Appointment, RecordKind::Billing,
};

struct RecordChange {
    RecordKind kind;
    ClientId client = 0;  // 0: no one client (or, from another desk, possibly any)
    // Saved at another desk of a practice on a clinic server (app/gui/server_changes.h): this
    // desk's screens did not make the change, so nothing of it is shown yet, and nothing that
    // follows a change made here (a question about the next step) is asked.
    bool fromAnotherDesk = false;
};

// Where a menu item goes.
enum class MenuPlace { File, Client };

struct MenuItem {
    MenuPlace place;
    wxString label;  // with its mnemonic: "&New client…"
    wxString help;   // the status bar's line
    std::function<void()> run;
    std::function<bool()> enabled{};      // always enabled without it
    std::function<wxString()> relabel{};  // a label that follows the state ("&Archive…" / "Re&store")
    // While it is disabled, the status bar's line says why ("…the clinic server's administrator
    // backs it up") in place of `help`, when this gives a reason.
    std::function<wxString()> whyDisabled{};
    bool separatorBefore = false;
    // The shortcut, shown beside the label and working wherever the focus is in the main window:
    // "Ctrl+N", never translated. Every menu item has one (the main window's tests check it).
    wxString accelerator{};
};

// A panel of the Today view, made with FeatureHost::todayParent() as its parent.
struct TodayPanel {
    wxWindow* window = nullptr;
    std::function<bool()> hasItems;  // shown only while it has something to list
    bool fillsTheView = false;       // a long list: below the short ones, taking the room left
};

// The main window as features see it.
class FeatureHost {
public:
    virtual ~FeatureHost() = default;

    // The main window: the parent of a feature's dialogs and editor windows.
    virtual wxWindow* window() = 0;
    virtual Notifier& notifier() = 0;
    // The Clients view; its chart takes a feature's tabs (ClientChartPanel::addTab).
    virtual ClientListPanel& clients() = 0;

    // At start-up (Feature::install).
    virtual void addMenuItem(MenuItem item) = 0;
    virtual wxWindow* todayParent() = 0;
    virtual void addTodayPanel(TodayPanel panel) = 0;
    // A bar across the top of the window, made with window() as its parent.
    virtual void addBar(wxWindow* bar) = 0;
    // The page of the navigation's view with this key ("reports"), made with `make(parent)`.
    virtual void addView(const char* viewKey, std::function<wxWindow*(wxWindow* parent)> make) = 0;
    // `listener` runs after a record of one of `kinds` changed, whoever changed it.
    virtual void listen(std::initializer_list<RecordKind> kinds,
                        std::function<void(const RecordChange&)> listener) = 0;

    // At any time.
    // Shows the Clients view.
    virtual ClientListPanel& showClients() = 0;
    // Shows the client's chart in the Clients view, on the tab with that window name if given.
    virtual void openClient(ClientId id, const wxString& tab = {}) = 0;
    // Tells every listener of the change's kind (and the Today view and status bar).
    virtual void recordChanged(const RecordChange& change) = 0;
};

class Feature {
public:
    virtual ~Feature() = default;

    // Once, at start-up: what the feature adds to the main window.
    virtual void install(FeatureHost& host) = 0;
    // A practice was opened (its services), or closed (an empty set).
    virtual void practiceChanged(const ServiceSet& services) = 0;
    // The practice is about to close (another is opened, or the window closes): keep what is open.
    virtual void practiceClosing() {}
    // The person opened the practice (at start-up, from the File menu) and it is showing: a
    // feature may ask for what a new practice still lacks. Not called for a practice a test or
    // another screen opens in passing.
    virtual void practiceShown() {}
};

} // namespace knotwork::clients::ui
