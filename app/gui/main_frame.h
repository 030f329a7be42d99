#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <wx/frame.h>

#include "clients/client.h"
#include "common/clock.h"
#include "db/database.h"
#include "app/gui/navigation_views.h"
#include "sessions/soap_note.h"

class wxInfoBar;

namespace knotwork {
class Notifier;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::sessions {
class SessionService;
}

namespace knotwork::plans {
class PlanService;
}

namespace knotwork::sharing {
class SharingService;
}

namespace knotwork::plans::ui {
class PlanTab;
class ProgressTab;
}

namespace knotwork::reports::ui {
class ReportsTab;
}

namespace knotwork::sessions::ui {
class DraftRecoveryBar;
class SessionsTab;
}

namespace knotwork::gui {

class NavigationPanel;

// The one window: navigation between the views, the open practice and its stores, the practice
// named in the title and status bar (and a banner when it is the demo practice, another when it
// has unsigned session notes), File / Client / View / Help menus. Remembers its size and place.
class MainFrame : public wxFrame {
public:
    static constexpr int kDemoClients = 1500;

    // `clock` is what the open practice's services read for now and today.
    MainFrame(Notifier& notifier, std::string actor, Clock clock);
    ~MainFrame() override;

    // Opens the practice (creating or upgrading it as needed) in place of the current one. On
    // failure tells the person why, keeps the current practice and returns false.
    bool openPractice(const std::filesystem::path& file, db::OpenMode mode);
    // Opens the demo practice, generating it first (with a progress dialog that can be
    // cancelled) when there is none yet. False when cancelled or it failed (and said why).
    bool exploreDemoPractice(int clientCount = kDemoClients);

    // The open practice, or null before one is open.
    app::PracticeContext* practice() { return m_practice.get(); }
    clients::ClientService* clientService();
    sessions::SessionService* sessionService();
    plans::PlanService* planService();
    sharing::SharingService* sharingService();
    bool showingDemo() const;

    void showView(View view);
    View currentView() const;
    // The client's chart, in the Clients view.
    void openClient(clients::ClientId id);
    // The note editor on a note of the open practice (raised when it is open already).
    void openNote(sessions::NoteId id);
    // Client › New session note: the chosen client's draft, or a new note, in the editor.
    void newSessionNote();

private:
    void buildMenuBar();
    void bindClientMenu();
    void buildWindow();
    void buildDemoBar();
    void showPracticeDetails();
    void refreshViews();
    void chooseNewPractice();
    void chooseExistingPractice();
    void showAbout();
    void showProviders();
    void showPracticeSettings();
    // Session notes: the chart's Sessions tab and the bar that reopens unsigned notes.
    void buildSessions();
    void noteChanged(clients::ClientId client, sessions::NoteId note);
    // Treatment plans: the chart's Plan and Progress tabs.
    void buildPlans();
    // The client's chart on its Plan tab.
    void openPlan(clients::ClientId client);
    // A plan, measure or signed note of `client` changed: the tabs and Today follow.
    void planChanged(clients::ClientId client);
    void setPlanServices(plans::PlanService* service);
    // Reports: the chart's Reports tab (the disclosure log), the Reports view and its batches.
    void buildReports();
    void setReportServices(sharing::SharingService* service);
    // Reports were written: the chart's log and the Reports view read again.
    void reportsWritten();
    // Writes the clients' progress reports for `provider` into `folder` on a thread of its own,
    // with its own connection to the practice, behind a progress dialog that can cancel.
    void runReportBatch(const clients::Provider& provider, const std::vector<clients::CareTeamClient>& clients,
                        const std::filesystem::path& folder);
    // Saves and closes every note editor, before the practice they write to closes.
    void closeNoteEditors();

    Notifier& m_notifier;
    std::string m_actor;
    Clock m_clock;
    wxInfoBar* m_demoBar = nullptr;
    sessions::ui::DraftRecoveryBar* m_draftBar = nullptr;
    sessions::ui::SessionsTab* m_sessionsTab = nullptr;
    plans::ui::PlanTab* m_planTab = nullptr;
    plans::ui::ProgressTab* m_progressTab = nullptr;
    reports::ui::ReportsTab* m_reportsTab = nullptr;
    NavigationPanel* m_navigation = nullptr;
    ViewPages m_pages;
    std::filesystem::path m_ownPractice;  // the last practice that was not the demo
    std::unique_ptr<app::PracticeContext> m_practice;
};

} // namespace knotwork::gui
