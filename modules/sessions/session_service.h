#pragma once

#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "clients/client_service.h"
#include "common/practice_user.h"
#include "common/unit_of_work.h"
#include "common/validator.h"
#include "sessions/session_store.h"

namespace knotwork::sessions {

// The use cases of session notes, the same for the GUI and the CLI.
class SessionService {
public:
    // Reads the time from the client service's clock; signing is one action of `actions`.
    SessionService(SessionStore& notes, clients::ClientService& clients, UnitOfWork& actions);

    // Reading is open to screens and commands; every write goes through the use cases below.
    NoteQueries& notes() { return m_notes; }
    const Clock& clock() const { return m_clients.clock(); }

    // The client's draft if there is one, else (for a client not archived) a new draft started
    // from the previous signed note (carry_forward.h), stored at once so a crash keeps it.
    SoapNote openNote(ClientId client, const Date& visitDate,
                      const std::optional<TimeOfDay>& visitTime);
    // The note of a booked visit on `visitDate`: the client's draft of that day, else a new draft
    // as openNote starts it. A draft of another day is not this visit's: refused
    // (ValidationError "visit_date", rule "draft-of-another-day") so it is signed or discarded first.
    SoapNote openVisitNote(ClientId client, const Date& visitDate, const std::optional<TimeOfDay>& visitTime);
    // A note written elsewhere (`session add --from`): validated, then stored as a draft.
    NoteId addNote(const SoapNote& note);
    // Autosave: stores whatever the draft holds. Returns the new rowVersion.
    int saveDraft(const SoapNote& note);

    // Signs the stored draft. First checks the values (ValidationError with every problem),
    // including a yes or no for every current flag of the re-screen, which is then recorded on
    // the client (a new red flag re-opens the status at once, even if signing is refused). A
    // treatment note is refused while the status blocks treatment — a new flag ("subjective.rescreen",
    // "new-red-flag") or one on record ("safety"): there is no override, the visit is charted
    // as a referral visit instead — and without informed consent to treatment on the visit day
    // ("consent", "treatment-consent-missing"). A referral visit needs neither. Stamps the time
    // and the signer (the practice's therapist and credentials) and marks a late entry; values
    // still marked as carried forward count as confirmed. Returns the signed note.
    SoapNote sign(NoteId id, int rowVersion);

    long long addAddendum(NoteId id, const std::string& text);
    void discardDraft(NoteId id, int rowVersion);

    std::vector<NoteSummary> history(ClientId client) { return m_notes.history(client); }
    SoapNote note(NoteId id) { return m_notes.note(id); }

    // On a clinic server, the account of the person logged in (app::PracticeContext): a
    // therapist signs with their own name and credentials, and a front desk account may not sign
    // at all. Without one (a practice file, the owner's login) the practice settings' therapist signs.
    void signAs(PracticeUser author) { m_author = std::move(author); }
    // "Maya Lindqvist, RMT": the account's, else the therapist of the practice settings.
    // ValidationError ("signer", "front-desk") for a front desk account.
    std::string signer();

private:
    // The steps of sign() inside its action; returns the refusal to throw once it has committed.
    std::exception_ptr signInAction(NoteId id, int rowVersion);
    void requireTreatmentAllowed(const SoapNote& note, const clients::ClientChart& chart,
                                 const std::set<clients::SafetyIssue>& onRecordBefore) const;
    // After a note is signed: when the diary shows medication overuse, the advisory goes on record.
    void noteMedicationOveruse(ClientId client);
    // NotFoundError for an unknown client; ValidationError for an archived one.
    clients::ClientChart activeClientChart(ClientId client);
    // A draft as stored: judged by the practice's flexion-rotation cut-off (note_rules.h).
    SoapNote withPracticeRules(SoapNote note);
    // The note's values, and its home-programme answers against what the last visit gave.
    void validateWithLastVisit(const SoapNote& note, Validator& validator);

    SessionStore& m_notes;
    clients::ClientService& m_clients;
    UnitOfWork& m_actions;
    std::optional<PracticeUser> m_author;
};

} // namespace knotwork::sessions
