#include "sessions/ui/sessions_feature.h"

#include <wx/intl.h>

#include "clients/client_service.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/error.h"
#include "common/ui/report_errors.h"
#include "sessions/session_service.h"
#include "sessions/ui/draft_recovery_bar.h"
#include "sessions/ui/note_editor_frame.h"
#include "sessions/ui/sessions_tab.h"
#include "sessions/ui/unsigned_notes_panel.h"

namespace knotwork::sessions::ui {

using clients::ui::MenuPlace;
using clients::ui::RecordChange;
using clients::ui::RecordKind;

SessionsFeature::SessionsFeature(std::vector<SessionsTab::NoteAction> signedNoteActions)
    : m_signedNoteActions(std::move(signedNoteActions))
{
}

void SessionsFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    const auto open = [this](NoteId id) { openNote(id); };
    m_draftBar = new DraftRecoveryBar(host.window(), host.notifier(), open);
    host.addBar(m_draftBar);
    host.clients().chart().addTab(_("Sessions"), [this, &host, open](wxWindow* parent) {
        m_tab = new SessionsTab(parent, host.notifier(), {open, m_signedNoteActions});
        return m_tab;
    });
    m_unsignedNotes = new UnsignedNotesPanel(host.todayParent(), host.notifier(), open);
    host.addTodayPanel({m_unsignedNotes, [this] { return !m_unsignedNotes->drafts().empty(); }});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("New &session note"),
                      .help = _("Write the chosen client's note of today's visit, or continue their unsigned note"),
                      .run = [this] { newNote(); },
                      .enabled =
                          [this, &host] {
                              const clients::ui::ClientChartPanel& chart = host.clients().chart();
                              return m_sessions && chart.clientId() != 0 && !chart.clientArchived();
                          },
                      .separatorBefore = true, .accelerator = "Ctrl+Shift+S"});
    host.listen({RecordKind::Draft, RecordKind::Note}, [this](const RecordChange& change) {
        if (change.fromAnotherDesk)
            NoteEditorFrame::showChangesMadeElsewhere(change.client);
        m_tab->noteChanged(change.client);
        m_unsignedNotes->reload(m_sessions);
    });
    // Unsigned notes are listed with the client's name, which an intake may change.
    host.listen({RecordKind::Client}, [this](const RecordChange&) { m_unsignedNotes->reload(m_sessions); });
}

void SessionsFeature::practiceChanged(const ServiceSet& services)
{
    m_sessions = services.find<SessionService>();
    m_clients = services.find<clients::ClientService>();
    m_tab->setService(m_sessions);
    m_unsignedNotes->reload(m_sessions);
    m_draftBar->check(m_sessions);
}

void SessionsFeature::practiceClosing()
{
    NoteEditorFrame::closeAll();
}

void SessionsFeature::openNote(NoteId id)
{
    if (!m_sessions || !m_clients)
        return;
    knotwork::ui::reportErrors(m_host->notifier(), _("Could not open the note"), [&] {
        NoteEditorFrame::open(m_host->window(), *m_sessions, *m_clients, m_host->notifier(), id,
                              [this](ClientId client, NoteId note) { noteChanged(client, note); });
    });
}

void SessionsFeature::newNote()
{
    clients::ui::ClientListPanel& clients = m_host->showClients();
    if (clients.chart().clientId() != 0)
        m_tab->newNote();
}

void SessionsFeature::noteChanged(ClientId client, NoteId note)
{
    if (!m_sessions)
        return;
    bool stillDraft = false;
    try {
        stillDraft = m_sessions->notes().draftOf(client) == note;
    } catch (const Error&) {
        // Read as not a draft: the lists are read again and report what failed.
    }
    m_host->recordChanged({stillDraft ? RecordKind::Draft : RecordKind::Note, client});
}

} // namespace knotwork::sessions::ui
