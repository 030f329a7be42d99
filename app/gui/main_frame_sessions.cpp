// MainFrame's session notes: the chart's Sessions tab, the note editor windows, the bar that
// reopens unsigned notes, and saving open drafts before the practice closes.
#include <vector>

#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/report_errors.h"
#include "common/error.h"
#include "app/practice/practice_context.h"
#include "app/gui/main_frame.h"
#include "app/gui/today_view.h"
#include "sessions/ui/draft_recovery_bar.h"
#include "sessions/ui/note_editor_frame.h"
#include "sessions/ui/sessions_tab.h"

namespace knotwork::gui {

void MainFrame::buildSessions()
{
    m_draftBar = new sessions::ui::DraftRecoveryBar(this, m_notifier, [this](sessions::NoteId id) { openNote(id); });
    m_pages.clients->chart().addTab(_("Sessions"), [this](wxWindow* parent) {
        m_sessionsTab = new sessions::ui::SessionsTab(parent, m_notifier, {[this](sessions::NoteId id) { openNote(id); }});
        return m_sessionsTab;
    });
    // Whatever an open editor holds is stored before the window (and the practice) goes.
    Bind(wxEVT_CLOSE_WINDOW, [](wxCloseEvent& event) {
        sessions::ui::NoteEditorFrame::saveAllOpen();
        event.Skip();
    });
}

sessions::SessionService* MainFrame::sessionService()
{
    return m_practice ? &m_practice->sessionService() : nullptr;
}

void MainFrame::openNote(sessions::NoteId id)
{
    sessions::SessionService* sessions = sessionService();
    clients::ClientService* clients = clientService();
    if (!sessions || !clients)
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not open the note"), [&] {
        sessions::ui::NoteEditorFrame::open(this, *sessions, *clients, m_notifier, id,
                                            [this](clients::ClientId client, sessions::NoteId note) {
                                                noteChanged(client, note);
                                            });
    });
}

void MainFrame::newSessionNote()
{
    showView(View::Clients);
    if (m_pages.clients->chart().clientId() != 0)
        m_sessionsTab->newNote();
}

void MainFrame::noteChanged(clients::ClientId client, sessions::NoteId note)
{
    sessions::SessionService* sessions = sessionService();
    if (!sessions)
        return;
    m_sessionsTab->noteChanged(client);
    m_pages.today->reloadUnsignedNotes(sessions);
    bool stillDraft = false;
    try {
        stillDraft = sessions->notes().draftOf(client) == note;
    } catch (const Error&) {
        // Read as not a draft: the list is read again and reports what failed.
    }
    // Signed (a new last visit), discarded or corrected: the chart, the client list and Today
    // follow through the chart's one path for a changed record.
    if (!stillDraft) {
        m_pages.clients->chart().recordChanged();
        planChanged(client);
    }
}

void MainFrame::closeNoteEditors()
{
    sessions::ui::NoteEditorFrame::saveAllOpen();
    std::vector<wxWindow*> editors;
    for (wxWindow* window : wxTopLevelWindows)
        if (dynamic_cast<sessions::ui::NoteEditorFrame*>(window))
            editors.push_back(window);
    for (wxWindow* editor : editors)
        editor->Close(true);
}

} // namespace knotwork::gui
