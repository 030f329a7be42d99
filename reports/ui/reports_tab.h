#pragma once

#include <vector>
#include <wx/panel.h>

#include "clients/ui/chart_tab.h"
#include "common/notifier.h"
#include "reports/ui/dialog_runner.h"
#include "sharing/sharing_service.h"

class wxListCtrl;

namespace knotwork::reports::ui {

// The chart's Reports tab: what has been sent about the client (the disclosure log: when, which
// document, to whom, the file and its SHA-256), and the header's "Report…" button that writes
// a progress report.
class ReportsTab : public wxPanel, public clients::ui::ChartTab {
public:
    ReportsTab(wxWindow* parent, Notifier& notifier);

    void setService(sharing::SharingService* service) { m_service = service; }

    wxWindow* window() override { return this; }
    void show(const clients::ui::ChartContext& context) override;
    void clear() override;
    std::vector<clients::ui::ChartAction> actions() override;

    void reload();
    // Opens the progress report dialog for the shown client.
    void writeProgressReport();
    wxListCtrl& log() const { return *m_log; }
    // How the dialog is shown (modal; tests drive it without blocking).
    void setDialogRunner(DialogRunner run) { m_runDialog = std::move(run); }

private:
    Notifier& m_notifier;
    sharing::SharingService* m_service = nullptr;
    clients::ClientId m_client = 0;
    wxString m_clientName;
    wxListCtrl* m_log;
    DialogRunner m_runDialog;
};

} // namespace knotwork::reports::ui
