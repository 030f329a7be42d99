#pragma once

#include <filesystem>
#include <functional>
#include <vector>
#include <wx/panel.h>

#include "common/notifier.h"
#include "reports/ui/dialog_runner.h"
#include "reports/ui/report_files.h"
#include "sharing/sharing_service.h"

class wxButton;
class wxChoice;
class wxStaticText;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::reports::ui {

// The Reports view: choose a provider, see the clients they share in (and which of them
// consented to sharing with them), write one client's progress report, or the report of each
// client who consented, one after another into a folder. Each report needs the therapist's own
// assessment, so none is written without its dialog: saving one opens the next client's, and
// closing one unsaved ends the series.
class ReportsView : public wxPanel {
public:
    struct Actions {
        // A report was written (the chart's log follows).
        std::function<void()> reportsChanged;
    };

    ReportsView(wxWindow* parent, Notifier& notifier, Actions actions);

    void setService(sharing::SharingService* service);
    // Reads the providers and the chosen provider's clients again.
    void reload();
    void chooseProvider(clients::ProviderId provider);
    void writeReportForSelected();
    void writeBatch();

    knotwork::ui::TextTable& clientList() const { return *m_clients; }
    void setFolderQuestion(PathQuestion ask) { m_askFolder = std::move(ask); }
    void setDialogRunner(DialogRunner run) { m_runDialog = std::move(run); }

private:
    void showClients();
    const clients::Provider* provider() const;

    Notifier& m_notifier;
    Actions m_actions;
    sharing::SharingService* m_service = nullptr;
    std::vector<clients::Provider> m_providers;
    std::vector<clients::CareTeamClient> m_shown;
    wxChoice* m_provider;
    knotwork::ui::TextTable* m_clients;
    wxStaticText* m_summary;
    wxButton* m_one;
    wxButton* m_all;
    PathQuestion m_askFolder = askForFolder();
    DialogRunner m_runDialog;
};

} // namespace knotwork::reports::ui
