#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/panel.h>

#include "clients/ui/chart_context.h"
#include "clients/ui/chart_tab.h"
#include "common/notifier.h"

class wxBoxSizer;
class wxButton;
class wxNotebook;
class wxSimplebook;

namespace knotwork::clients::ui {

class ChartDocumentsPage;
class ChartHeader;
class ChartIntakePage;
class ChartOverviewPage;

// One client's chart beside the list: the header with the safety badge, the actions that change
// the record (intake, clearance, consents, archive) and the tabs. After an action saves, the
// chart reads the record again and tells its owner through `changed`. Other features add their
// tabs (and header buttons) through addTab.
class ClientChartPanel : public wxPanel {
public:
    using Changed = std::function<void(ClientId)>;
    // Creates a tab's window as a child of `parent` (the chart's notebook, which owns it).
    using TabFactory = std::function<ChartTab*(wxWindow* parent)>;

    ClientChartPanel(wxWindow* parent, Notifier& notifier, Changed changed);

    // Adds a tab after the chart's record tabs (Overview, Intake), in the order added, and its
    // actions at the front of the header's buttons. Returns the tab.
    ChartTab& addTab(const wxString& title, const TabFactory& create);
    // Brings the tab whose window has this name to the front ("plan-tab").
    void showTab(const wxString& windowName);

    // The practice's service; none clears the chart.
    void setService(ClientService* service);
    // Shows the client's chart; reports an error and shows nothing when it cannot be read.
    void showClient(ClientId id);
    // Reads the shown client's chart again.
    void reload();
    // The shown client's record changed (a dialog saved): reads it again and tells the owner,
    // so the list row and its badge follow.
    void recordChanged();
    void clear();

    ClientId clientId() const { return m_context ? m_context->chart.client.id : 0; }
    bool clientArchived() const { return m_context && m_context->chart.client.archived; }
    // A clearance can be recorded only while something blocks treatment.
    bool clearanceNeeded() const { return m_context && m_context->assessment.blocksTreatment(); }

    void editIntake();
    void recordClearance();
    // Takes a flag on record off it, with the reason.
    void withdrawFlag();
    // Extends the lapsed clearance, once, when nothing new was found.
    void extendClearance();
    void editConsents();
    // Archives the client, asking why, or restores an archived one.
    void archiveOrRestore();

private:
    wxWindow* buildChart(wxWindow* parent);
    wxSizer* buildActions(wxWindow* parent);
    void display();
    // Runs a dialog of the chart; when it saved, reads the chart again and reports the change.
    void afterDialog(int result);

    Notifier& m_notifier;
    Changed m_changed;
    ClientService* m_service = nullptr;
    std::optional<ChartContext> m_context;

    wxSimplebook* m_book;
    ChartHeader* m_header = nullptr;
    wxButton* m_clearanceButton = nullptr;
    wxButton* m_archiveButton = nullptr;
    wxNotebook* m_tabs = nullptr;
    ChartOverviewPage* m_overview = nullptr;
    ChartIntakePage* m_intake = nullptr;
    ChartDocumentsPage* m_documents = nullptr;

    struct AddedAction {
        wxButton* button;
        std::function<bool(const ChartContext&)> enabled;
    };
    wxBoxSizer* m_actionRow = nullptr;
    std::vector<AddedAction> m_addedActions;
    std::vector<ChartTab*> m_addedTabs;  // windows owned by m_tabs
    size_t m_addedTabsAt = 0;            // the notebook position of the next added tab
};

} // namespace knotwork::clients::ui
