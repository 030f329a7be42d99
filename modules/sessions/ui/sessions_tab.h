#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/dataview.h>
#include <wx/panel.h>

#include "clients/ui/chart_tab.h"
#include "common/notifier.h"
#include "sessions/session_service.h"

class wxButton;
class wxSimplebook;

namespace knotwork::sessions::ui {

class NoteHistoryModel;
class NoteView;

// The chart's Sessions tab: the client's notes newest first (visit, headache days, intensity,
// rotation, status, addenda), the chosen note read-only below the list, and what can be done
// with notes: start or continue the visit's note (in the editor window), add an addendum to a
// signed note, compare two notes side by side. Brings "New note" to the chart's header.
class SessionsTab : public wxPanel, public clients::ui::ChartTab {
public:
    // What another feature does with a chosen signed note (save it as PDF, hand out its home
    // care), shown as a button beside the tab's own.
    struct NoteAction {
        wxString label;  // with its mnemonic
        wxString name;   // the button's window name
        wxString tooltip;
        std::function<void(NoteId)> run;
    };
    struct Actions {
        // Opens the note editor on a note (app/ opens it, with what follows a change).
        std::function<void(NoteId)> openNote;
        std::vector<NoteAction> signedNoteActions;
    };

    SessionsTab(wxWindow* parent, Notifier& notifier, Actions actions);
    ~SessionsTab() override;

    // The practice's session service; none when no practice is open.
    void setService(SessionService* service);

    wxWindow* window() override { return this; }
    void show(const clients::ui::ChartContext& context) override;
    void clear() override;
    std::vector<clients::ui::ChartAction> actions() override;

    // A note of `client` changed in the editor (saved, signed, discarded, given an addendum):
    // reads the history again when the tab shows that client (0: any client, changed at another
    // desk).
    void noteChanged(ClientId client);

    // The client's draft if there is one, else a new note for now; opens it in the editor.
    void newNote();
    // Opens the chosen draft in the editor.
    void continueDraft();
    // Adds an addendum to the chosen signed note.
    void addAddendum();
    // The two chosen notes side by side.
    void compareSelected();

    ClientId clientId() const { return m_client; }
    const NoteHistoryModel& history() const { return *m_model; }
    std::vector<NoteId> selectedNotes() const;
    void selectNotes(const std::vector<NoteId>& notes);

private:
    wxWindow* buildHistory(wxWindow* parent);
    // The chosen note read-only, under the buttons of Actions::signedNoteActions.
    wxWindow* buildNotePane(wxWindow* parent);
    // Reads the client's history again, keeping the chosen notes (else choosing the newest).
    void reloadHistory();
    void showSelected();
    void updateButtons();
    std::optional<NoteSummary> selectedSummary() const;
    void openSelected();

    Notifier& m_notifier;
    Actions m_actions;
    SessionService* m_service = nullptr;
    ClientId m_client = 0;
    wxString m_clientName;
    // The version of the note shown below the list: a reload that finds it unchanged leaves the
    // reader where they were.
    struct ShownNote {
        NoteId id = 0;
        int rowVersion = 0;
        NoteStatus status = NoteStatus::Draft;
        std::size_t addenda = 0;
        friend bool operator==(const ShownNote&, const ShownNote&) = default;
    };
    std::optional<ShownNote> m_shownNote;

    wxObjectDataPtr<NoteHistoryModel> m_model;
    wxSimplebook* m_book;
    wxDataViewCtrl* m_list = nullptr;
    NoteView* m_view = nullptr;
    wxButton* m_continue = nullptr;
    wxButton* m_addendum = nullptr;
    wxButton* m_compare = nullptr;
    std::vector<wxButton*> m_signedNoteButtons;  // one per Actions::signedNoteActions, over the note
};

} // namespace knotwork::sessions::ui
