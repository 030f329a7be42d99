#pragma once

#include <vector>

#include "clients/ui/feature.h"
#include "sessions/soap_note.h"
#include "sessions/ui/sessions_tab.h"

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::sessions {
class SessionService;
}

namespace knotwork::sessions::ui {

class DraftRecoveryBar;
class UnsignedNotesPanel;

// Session notes in the main window: the chart's Sessions tab, the note editor windows, the bar
// that reopens unsigned notes after a crash, Today's unsigned notes and Client › New session note.
// Whatever an open editor holds is stored before its practice closes.
class SessionsFeature : public clients::ui::Feature {
public:
    // `signedNoteActions`: what other features do with a chosen signed note (the Sessions tab's
    // buttons for them).
    explicit SessionsFeature(std::vector<SessionsTab::NoteAction> signedNoteActions = {});

    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;
    void practiceClosing() override;

    // The note editor on a note of the open practice (raised when it is open already).
    void openNote(NoteId id);

private:
    void newNote();
    // An editor stored, signed or discarded the note: the screens that show it follow.
    void noteChanged(ClientId client, NoteId note);

    std::vector<SessionsTab::NoteAction> m_signedNoteActions;
    clients::ui::FeatureHost* m_host = nullptr;
    SessionService* m_sessions = nullptr;
    clients::ClientService* m_clients = nullptr;
    DraftRecoveryBar* m_draftBar = nullptr;
    SessionsTab* m_tab = nullptr;
    UnsignedNotesPanel* m_unsignedNotes = nullptr;
};

} // namespace knotwork::sessions::ui
