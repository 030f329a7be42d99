#pragma once

#include <optional>
#include <vector>
#include <wx/panel.h>
#include <wx/scrolwin.h>

#include "clients/ui/chart_tab.h"
#include "common/notifier.h"
#include "reports/ui/dialog_runner.h"
#include "reports/ui/record_document_dialog.h"
#include "sessions/session_service.h"
#include "sharing/sharing_service.h"

class wxButton;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::reports::ui {

// The chart's Reports tab: what has been sent about the client (the disclosure log: when, which
// document, to whom, the file and its SHA-256), the header's "Report…" button that writes a
// progress report, and the client's records as PDF: a signed note, its home-care handout and the
// intake summary (also on the Client menu, and a note's from the Sessions tab).
class ReportsTab : public wxScrolled<wxPanel>, public clients::ui::ChartTab {
public:
    ReportsTab(wxWindow* parent, Notifier& notifier);

    // The practice's services; none when no practice is open.
    void setServices(sharing::SharingService* sharing, sessions::SessionService* sessions);

    wxWindow* window() override { return this; }
    void show(const clients::ui::ChartContext& context) override;
    void clear() override;
    std::vector<clients::ui::ChartAction> actions() override;

    void reload();
    // Opens the progress report dialog for the shown client.
    void writeProgressReport();
    // Opens the dialog that saves one of the shown client's records as PDF: for a note or a
    // handout, `note` first (else the newest signed note).
    void saveRecordDocument(RecordDocument document, std::optional<sessions::NoteId> note = std::nullopt);
    // Whether a client is shown, with a signed note when `needsSignedNote`.
    bool canSave(bool needsSignedNote) const;
    knotwork::ui::TextTable& log() const { return *m_log; }
    // How the dialog is shown (modal; tests drive it without blocking).
    void setDialogRunner(DialogRunner run) { m_runDialog = std::move(run); }

private:
    std::vector<sessions::NoteSummary> signedNotes() const;

    Notifier& m_notifier;
    sharing::SharingService* m_service = nullptr;
    sessions::SessionService* m_sessions = nullptr;
    clients::ClientId m_client = 0;
    wxString m_clientName;
    bool m_hasSignedNote = false;
    knotwork::ui::TextTable* m_log;
    std::vector<wxButton*> m_documentButtons;
    DialogRunner m_runDialog;
};

} // namespace knotwork::reports::ui
