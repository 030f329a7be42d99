#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/client_service.h"
#include "sessions/session_store.h"

namespace knotwork::sessions {

// The use cases of session notes, the same for the GUI and the CLI.
class SessionService {
public:
    // Reads the time from the client service's clock.
    SessionService(SessionStore& notes, clients::ClientService& clients);

    SessionStore& store() { return m_notes; }
    const Clock& clock() const { return m_clients.clock(); }

    // The client's draft if there is one, else (for a client not archived) a new draft started from the previous signed
    // note and the latest screening (carry_forward.h), stored at once so a crash keeps it.
    SoapNote openNote(ClientId client, const Date& visitDate,
                      const std::optional<TimeOfDay>& visitTime);
    // A note written elsewhere (`session add --from`): validated, then stored as a draft.
    NoteId addNote(const SoapNote& note);
    // Autosave: stores whatever the draft holds. Returns the new rowVersion.
    int saveDraft(const SoapNote& note);

    // Signs the stored draft. First checks the values (ValidationError with every problem) and
    // the visit's re-screen: a red flag that is new since the latest screening records the
    // re-screen on the client (re-opening the status) and refuses, telling the therapist to
    // refer (field "subjective.rescreen", rule "new-red-flag"). A status that already blocked
    // treatment needs `overrideReason` (clients::requireTreatmentAllowed), which is kept on the
    // note. Stamps the time and the signer (the practice's therapist and credentials) and marks
    // a late entry; values still marked as carried forward count as confirmed. Returns the signed
    // note.
    SoapNote sign(NoteId id, int rowVersion, const std::string& overrideReason = {});

    long long addAddendum(NoteId id, const std::string& text);
    void discardDraft(NoteId id, int rowVersion);

    std::vector<NoteSummary> history(ClientId client) { return m_notes.history(client); }
    SoapNote note(NoteId id) { return m_notes.note(id); }

    // "Maya Lindqvist, RMT": the therapist of the practice settings.
    std::string signer();

private:
    // NotFoundError for an unknown client; ValidationError for an archived one.
    clients::ClientChart activeClientChart(ClientId client);
    // A draft as stored: judged by the practice's flexion-rotation cut-off (note_rules.h).
    SoapNote withPracticeRules(SoapNote note);

    SessionStore& m_notes;
    clients::ClientService& m_clients;
};

} // namespace knotwork::sessions
