#pragma once

#include <functional>
#include <optional>
#include <set>
#include <wx/frame.h>
#include <wx/timer.h>

#include "common/notifier.h"
#include "common/validator.h"
#include "sessions/session_service.h"

class wxButton;
class wxSimplebook;
class wxStaticText;

namespace knotwork {
class ConflictError;
}

namespace knotwork::ui {
class SectionIndex;
}

namespace knotwork::sessions::ui {

class NoteForm;
class NoteView;

// The note editor: its own resizable window (it remembers its size), one scrolling form — the
// visit, then S, O, A, P with the body chart in O — with an index of its sections beside it
// (Ctrl+Alt+V, S, O, A, P). A draft autosaves a few seconds after each change and when the
// window closes; signing (Ctrl+Enter, then confirm) shows the note read-only with "Add addendum".
// Moving the visit's date re-proposes the diary period and says when signing makes a late entry.
class NoteEditorFrame : public wxFrame {
public:
    // Called after the note was saved, signed, discarded or given an addendum, so the chart and
    // the client list can read it again.
    using Changed = std::function<void(ClientId client, NoteId note)>;
    // Asks the person; the GUI shows a dialog, tests answer themselves.
    using Confirm = std::function<bool(const wxString& question)>;

    // Opens the editor of `note`, or raises it when it is open already.
    static NoteEditorFrame* open(wxWindow* parent, SessionService& service,
                                 clients::ClientService& clients, Notifier& notifier,
                                 NoteId note, Changed changed);
    // The open editor of a note, if any (tests, and closing a practice).
    static NoteEditorFrame* find(NoteId note);
    // Saves every open draft now (the practice is closing or the app quits).
    static void saveAllOpen();
    // Saves every open draft and closes its editor (the practice they write to is closing).
    static void closeAll();
    // A note of `client` (0: any) was saved at another desk: an open draft with nothing typed
    // shows the new version; one with unsaved changes keeps them and says so (Save then shows
    // both versions).
    static void showChangesMadeElsewhere(ClientId client);

    ~NoteEditorFrame() override;

    const SoapNote& note() const { return m_note; }
    NoteForm& form() const { return *m_form; }
    knotwork::ui::SectionIndex& sectionIndex() const { return *m_index; }
    wxString statusText() const;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The actions, as the buttons and keys run them.
    // Stores the draft now if anything changed; false when saving failed (the form keeps it all).
    bool saveNow();
    void sign();
    void discard();
    void addAddendum();

private:
    NoteEditorFrame(wxWindow* parent, SessionService& service, clients::ClientService& clients,
                    Notifier& notifier, const SoapNote& note, Changed changed);
    wxSizer* buildHeader(wxWindow* parent);
    void bindKeys();
    void onChanged(const std::string& key);
    // The visit's date or time changed (or the note was opened): the diary period it proposes,
    // the late-entry warning, the header and the title follow.
    void showVisit(const SoapNote& note);
    // The client's signed visit before `visitDate`, if any, and its date.
    std::optional<SoapNote> previousNote(const Date& visitDate) const;
    std::optional<Date> previousVisit(const Date& visitDate) const;
    // What the form shows, as a note with the stored lifecycle.
    SoapNote fromForm(Validator& unreadable) const;
    void showProblems(const std::vector<FieldProblem>& problems);
    // Signing a treatment was refused by the screening: the same draft becomes a referral visit.
    void chartAsReferral();
    // The red line under the status: why saving or signing did not happen; empty hides it.
    void showMessage(const wxString& text);
    // The draft was saved at another desk since it was loaded: shows both versions, then keeps
    // mine (true when saved), takes theirs into the form (true), or goes back to editing (false).
    bool resolveConflict(const SoapNote& mine, const ConflictError& error);
    void showDraftSavedElsewhere(const SoapNote& theirs);
    void changedElsewhere();
    // Read-only once signed; the buttons follow.
    void showState();
    void onClose(wxCloseEvent& event);

    SessionService& m_service;
    clients::ClientService& m_clients;
    Notifier& m_notifier;
    Changed m_changed;
    SoapNote m_note;  // as last stored
    std::set<clients::SafetyIssue> m_flagsOnRecord;
    std::set<clients::HealthFlag> m_precautions;
    wxString m_clientName;
    Date m_shownVisitDate;  // the visit date the form's diary period was proposed for
    bool m_dirty = false;
    // The other desk's version of the draft whose conflict the person went back from: autosaving
    // does not ask about it again, Save does.
    std::optional<int> m_declinedVersion;
    wxTimer m_autosave;
    Confirm m_confirm;

    wxStaticText* m_visitLine;
    wxStaticText* m_status;
    wxStaticText* m_message;
    wxButton* m_signButton;
    wxButton* m_discardButton;
    wxButton* m_addendumButton;
    wxSimplebook* m_book;
    NoteForm* m_form;
    knotwork::ui::SectionIndex* m_index;
    NoteView* m_view;
};

} // namespace knotwork::sessions::ui
