#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <wx/frame.h>

#include "app/gui/navigation_views.h"
#include "app/practice/practice_location.h"
#include "app/practice/server_login.h"
#include "clients/ui/feature.h"
#include "common/clock.h"
#include "db/database.h"

class wxInfoBar;

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::gui {

class BackupActions;
class NavigationPanel;
class RecordChecks;
class ReminderSending;
class ServerChanges;
class ServerConnectionWatch;
class TodayView;

// The one window and the host of every feature (clients/ui/feature.h): navigation between the
// views, the open practice (a file, or a database on a clinic server), the practice named in the
// title (by its name in the settings, else its file or server) and status bar (and a banner when
// it is the demo practice), the File / Client / View / Help menus. The features listed in
// app/gui/features.cpp add their tabs, menu items, Today panels and views at start-up. Remembers
// its size and place.
class MainFrame : public wxFrame, public clients::ui::FeatureHost {
public:
    static constexpr int kDemoClients = 1500;

    // `clock` is what the open practice's services read for now and today.
    MainFrame(Notifier& notifier, std::string actor, Clock clock);
    ~MainFrame() override;

    // Opens the practice (creating or upgrading it as needed; on a server never creating it) in
    // place of the current one. On failure tells the person why, keeps the current practice and
    // returns false.
    bool openPractice(const app::PracticeLocation& where, db::OpenMode mode, const std::string& passphrase = {});
    // As openPractice, for a practice the person chose (at start-up, from the File menu): once it
    // shows, the features may ask for what a new practice lacks (Feature::practiceShown).
    bool openChosenPractice(const app::PracticeLocation& where, db::OpenMode mode);
    // File › Connect to a clinic server…: the Connect dialog, filled with `prefill` (else the
    // server connected to before) and saying `problem` at the top; opens the practice once it
    // connects and remembers the server (and the password, when asked to). False when cancelled.
    bool connectToClinicServer(const std::optional<app::ServerLogin>& prefill = {}, const std::string& problem = {});
    // At start-up without --db: the practice open when the app last closed. The clinic server
    // connected to last with its kept password (the Connect dialog when none is kept or it is
    // refused), else the default practice file.
    bool openLastPractice();
    // The practice is on a clinic server.
    bool onClinicServer() const;
    // Replaces the open practice's file (a restore, a new passphrase, an import): closes the
    // practice (the features keep what is open first), runs `change` with its file and passphrase,
    // and opens the file again with the passphrase `change` returns. If `change` throws, says why
    // and opens the practice as it was; false then.
    using PracticeFileChange =
        std::function<std::string(const std::filesystem::path& file, const std::string& passphrase)>;
    bool changePracticeFile(const PracticeFileChange& change);
    // Opens the demo practice, generating it first (with a progress dialog that can be
    // cancelled) when there is none yet. False when cancelled or it failed (and said why).
    bool exploreDemoPractice(int clientCount = kDemoClients);
    // The demo banner's "Open my practice": the last practice of one's own, a file or a server.
    bool openOwnPractice();
    // The clinic server's connection came back (ServerConnectionWatch): the lists read again.
    void reconnected();
    ServerConnectionWatch& connection() { return *m_connection; }

    // The open practice, or null before one is open.
    app::PracticeContext* practice() { return m_practice.get(); }
    clients::ClientService* clientService();
    bool showingDemo() const;
    const std::string& actor() const { return m_actor; }
    const Clock& clock() const { return m_clock; }

    void showView(View view);
    View currentView() const;
    // Back up now, restore, the automatic backups and their status.
    BackupActions& backups() { return *m_backups; }
    // The check of the records, the record key's dialogs.
    RecordChecks& records() { return *m_records; }
    // The day-before reminders sent while the app is open.
    ReminderSending& reminders() { return *m_reminders; }
    // A Today panel's state changed: Today shows the panels that have something to say.
    void todayChanged();

    // clients::ui::FeatureHost
    wxWindow* window() override { return this; }
    Notifier& notifier() override { return m_notifier; }
    clients::ui::ClientListPanel& clients() override { return *m_clients; }
    clients::ui::ClientListPanel& showClients() override;
    void addMenuItem(clients::ui::MenuItem item) override;
    wxWindow* todayParent() override;
    void addTodayPanel(clients::ui::TodayPanel panel) override;
    void addBar(wxWindow* bar) override;
    void addView(const char* viewKey, std::function<wxWindow*(wxWindow*)> make) override;
    void listen(std::initializer_list<clients::ui::RecordKind> kinds,
                std::function<void(const clients::ui::RecordChange&)> listener) override;
    void openClient(clients::ClientId id, const wxString& tab = {}) override;
    void recordChanged(const clients::ui::RecordChange& change) override;

private:
    struct Listener {
        std::vector<clients::ui::RecordKind> kinds;
        std::function<void(const clients::ui::RecordChange&)> run;
    };

    void buildWindow();
    void buildDemoBar();
    void installFeatures();
    void buildMenuBar();
    void appendFeatureItems(wxMenu& menu, clients::ui::MenuPlace place);
    void showPracticeDetails();
    // Hands every feature the open practice's services (none: an empty set).
    void practiceChanged();
    void closePractice();
    // Shows `practice`, opened at `where`, in place of the current one.
    void adopt(std::unique_ptr<app::PracticeContext> practice, const app::PracticeLocation& where);
    // Once the window shows the practice just chosen, the questions it raises (a missing key, what a
    // new practice lacks, the recovery code).
    void askWhatThePracticeLacks();
    // The practice's title and status line when it is on a clinic server.
    void showServerDetails(const wxString& practiceName, const wxString& count);
    void chooseNewPractice();
    void chooseExistingPractice();
    void showAbout();

    std::unique_ptr<ServerConnectionWatch> m_connection;  // the notifier the views are given
    Notifier& m_notifier;
    std::string m_actor;
    Clock m_clock;
    wxInfoBar* m_demoBar = nullptr;
    std::vector<wxWindow*> m_bars;
    NavigationPanel* m_navigation = nullptr;
    TodayView* m_today = nullptr;
    clients::ui::ClientListPanel* m_clients = nullptr;
    ViewPageMakers m_viewPages;
    std::vector<clients::ui::MenuItem> m_menuItems;
    std::vector<Listener> m_listeners;
    std::vector<std::unique_ptr<clients::ui::Feature>> m_features;
    std::unique_ptr<BackupActions> m_backups;
    std::unique_ptr<RecordChecks> m_records;
    std::unique_ptr<ReminderSending> m_reminders;
    app::PracticeLocation m_ownPractice;  // the last practice that was not the demo
    std::unique_ptr<app::PracticeContext> m_practice;
    // On a clinic server: what other desks save, shown here as they save it. Goes before the
    // practice it listens to.
    std::unique_ptr<ServerChanges> m_serverChanges;
};

} // namespace knotwork::gui
