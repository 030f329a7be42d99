#include "sessions/ui/sessions_tab.h"

#include <algorithm>
#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/empty_state_panel.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_text.h"
#include "sessions/ui/addendum_dialog.h"
#include "sessions/ui/note_comparison_dialog.h"
#include "sessions/ui/note_history_model.h"
#include "sessions/ui/note_history_view.h"
#include "sessions/ui/note_view.h"

namespace knotwork::sessions::ui {

using knotwork::ui::reportErrors;

namespace {
enum Page { NoNotes, History };
constexpr int kTabMargin = 8;
constexpr int kListHeight = 190;  // about six notes; the note below takes the rest
constexpr int kNoteHeight = 160;  // the least of the note shown below the list
}

SessionsTab::SessionsTab(wxWindow* parent, Notifier& notifier, Actions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "chart-sessions"),
      m_notifier(notifier),
      m_actions(std::move(actions)),
      m_model(new NoteHistoryModel)
{
    m_book = new wxSimplebook(this);
    m_book->AddPage(new knotwork::ui::EmptyStatePanel(
                        m_book,
                        {"today", _("No session notes yet"),
                         _("The notes of this client's visits will be listed here, newest first. Start "
                           "one at the visit: it is saved as you type, and signed when you are done."),
                         _("New note"), [this] { newNote(); }},
                        "sessions-empty"),
                    wxString());
    m_book->AddPage(buildHistory(m_book), wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

SessionsTab::~SessionsTab() = default;

wxWindow* SessionsTab::buildHistory(wxWindow* parent)
{
    auto* page = new wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "sessions-history");
    m_continue = new wxButton(page, wxID_ANY, _("Con&tinue draft"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "continue-draft");
    m_continue->SetToolTip(_("Open the chosen draft in the note editor"));
    m_addendum = new wxButton(page, wxID_ANY, _("Add a&ddendum…"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "add-addendum");
    m_addendum->SetToolTip(_("Add a dated correction under the chosen signed note"));
    m_compare = new wxButton(page, wxID_ANY, _("Com&pare"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "compare-notes");
    m_compare->SetToolTip(_("Show the two chosen notes side by side"));
    // On its own line, wrapped: beside the buttons a narrow chart cut it short.
    auto* hint = new knotwork::ui::WrappingText(page, _("Ctrl+click a second note to compare."), "compare-hint");
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* split = new wxSplitterWindow(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH, "sessions-split");
    m_list = createNoteHistoryView(split, m_model.get(), "session-history");
    knotwork::ui::setAccessibleName(*m_list, _("Session notes"));
    split->SetMinimumPaneSize(FromDIP(90));
    // The list and a readable part of the note: on a short screen the chart scrolls instead of
    // squeezing the note to nothing.
    split->SetMinSize(wxSize(-1, FromDIP(kListHeight + kNoteHeight)));
    split->SetSashGravity(0.0);  // a taller window gives the note the room
    split->SplitHorizontally(m_list, buildNotePane(split), FromDIP(kListHeight));

    m_continue->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { continueDraft(); });
    m_addendum->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addAddendum(); });
    m_compare->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { compareSelected(); });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        showSelected();
        updateButtons();
    });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });

    // The buttons go onto a second line rather than off the edge of a narrow chart.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    for (wxButton* button : {m_continue, m_addendum, m_compare})
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kTabMargin)));
    column->Add(hint, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kTabMargin)));
    column->Add(split, wxSizerFlags(1).Expand());
    page->SetSizer(column);
    return page;
}

wxWindow* SessionsTab::buildNotePane(wxWindow* parent)
{
    if (m_actions.signedNoteActions.empty()) {
        m_view = new NoteView(parent, "session-note");
        return m_view;
    }
    // The chosen note with what can be made of it once signed, right above it.
    auto* pane = new wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "session-note-pane");
    m_view = new NoteView(pane, "session-note");
    auto* documents = new wxBoxSizer(wxHORIZONTAL);
    documents->AddStretchSpacer();
    for (const NoteAction& action : m_actions.signedNoteActions) {
        auto* button = new wxButton(pane, wxID_ANY, action.label, wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, action.name);
        button->SetToolTip(action.tooltip);
        button->Bind(wxEVT_BUTTON, [this, run = action.run](wxCommandEvent&) {
            if (const std::optional<NoteSummary> chosen = selectedSummary(); chosen && chosen->status == NoteStatus::Signed)
                run(chosen->id);
        });
        documents->Add(button, wxSizerFlags().Border(wxLEFT, FromDIP(8)));
        m_signedNoteButtons.push_back(button);
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(documents, wxSizerFlags().Expand().Border(wxTOP | wxRIGHT, FromDIP(kTabMargin)));
    column->Add(m_view, wxSizerFlags(1).Expand());
    pane->SetSizer(column);
    return pane;
}

std::vector<clients::ui::ChartAction> SessionsTab::actions()
{
    return {{_("Ne&w note"), "new-note",
             _("Write the SOAP note of today's visit, or continue the client's unsigned note"),
             [this] { newNote(); },
             [](const clients::ui::ChartContext& context) { return !context.chart.client.archived; }}};
}

void SessionsTab::setService(SessionService* service)
{
    m_service = service;
    clear();
}

void SessionsTab::show(const clients::ui::ChartContext& context)
{
    const bool sameClient = context.chart.client.id == m_client;
    m_client = context.chart.client.id;
    m_clientName = knotwork::ui::toWx(clients::fullName(context.chart.client));
    if (!sameClient) {
        m_list->UnselectAll();
        m_shownNote.reset();
    }
    reloadHistory();
}

void SessionsTab::clear()
{
    m_client = 0;
    m_clientName.clear();
    m_shownNote.reset();
    m_model->setNotes({});
    m_view->clear(wxString());
    m_book->ChangeSelection(NoNotes);
    updateButtons();
}

void SessionsTab::noteChanged(ClientId client)
{
    if (client == 0 || client == m_client)
        reloadHistory();
}

void SessionsTab::reloadHistory()
{
    std::vector<NoteId> keep = selectedNotes();
    std::vector<NoteSummary> notes;
    if (m_service && m_client != 0)
        reportErrors(m_notifier, _("Could not read the session notes"), [&] { notes = m_service->history(m_client); });
    m_model->setNotes(std::move(notes));
    m_book->ChangeSelection(m_model->notes().empty() ? NoNotes : History);

    std::erase_if(keep, [this](NoteId id) { return !m_model->rowOf(id); });
    if (keep.empty() && !m_model->notes().empty())
        keep.push_back(m_model->notes().front().id);
    selectNotes(keep);
}

std::vector<NoteId> SessionsTab::selectedNotes() const
{
    wxDataViewItemArray items;
    m_list->GetSelections(items);
    std::vector<NoteId> ids;
    for (const wxDataViewItem& item : items)
        if (const NoteSummary* note = m_model->noteAt(m_model->GetRow(item)))
            ids.push_back(note->id);
    return ids;
}

void SessionsTab::selectNotes(const std::vector<NoteId>& notes)
{
    m_list->UnselectAll();
    for (const NoteId id : notes) {
        if (const std::optional<unsigned> row = m_model->rowOf(id)) {
            const wxDataViewItem item = m_model->GetItem(*row);
            m_list->Select(item);
            if (id == notes.front()) {
                m_list->SetCurrentItem(item);
                m_list->EnsureVisible(item);
            }
        }
    }
    showSelected();
    updateButtons();
}

std::optional<NoteSummary> SessionsTab::selectedSummary() const
{
    const std::vector<NoteId> ids = selectedNotes();
    if (ids.size() != 1)
        return std::nullopt;
    const std::optional<unsigned> row = m_model->rowOf(ids.front());
    return row ? std::optional<NoteSummary>(*m_model->noteAt(*row)) : std::nullopt;
}

void SessionsTab::showSelected()
{
    const std::vector<NoteId> ids = selectedNotes();
    if (ids.size() != 1) {
        m_shownNote.reset();
        m_view->clear(ids.empty() ? _("Choose a note in the list to read it here.")
                      : ids.size() == 2 ? _("Two notes are chosen: Compare shows them side by side.")
                                        : _("Choose one note to read it, or two to compare them."));
        return;
    }
    if (!m_service)
        return;
    SoapNote note;
    if (!reportErrors(m_notifier, _("Could not read the note"), [&] { note = m_service->note(ids.front()); })) {
        m_shownNote.reset();
        m_view->clear(wxString());
        return;
    }
    const ShownNote shown{note.id, note.rowVersion, note.status, note.addenda.size()};
    if (m_shownNote == shown)
        return;
    m_shownNote = shown;
    m_view->show(note);
}

void SessionsTab::updateButtons()
{
    const std::optional<NoteSummary> chosen = selectedSummary();
    m_continue->Enable(chosen && chosen->status == NoteStatus::Draft);
    m_addendum->Enable(chosen && chosen->status == NoteStatus::Signed);
    m_compare->Enable(selectedNotes().size() == 2);
    for (wxButton* button : m_signedNoteButtons)
        button->Enable(chosen && chosen->status == NoteStatus::Signed);
}

void SessionsTab::openSelected()
{
    if (const std::optional<NoteSummary> chosen = selectedSummary(); chosen && m_actions.openNote)
        m_actions.openNote(chosen->id);
}

void SessionsTab::newNote()
{
    if (!m_service || m_client == 0)
        return;
    NoteId id = 0;
    if (!reportErrors(m_notifier, _("Could not start a note"), [&] {
            const Clock& clock = m_service->clock();
            id = m_service->openNote(m_client, clock.today(), clock.timeOfDay()).id;
        }))
        return;
    reloadHistory();
    selectNotes({id});
    // Started from the header or the menu while another tab showed: the note is listed here.
    if (auto* book = dynamic_cast<wxBookCtrlBase*>(GetParent()); book && book->FindPage(this) != wxNOT_FOUND)
        book->SetSelection(static_cast<size_t>(book->FindPage(this)));
    if (m_actions.openNote)
        m_actions.openNote(id);
}

void SessionsTab::continueDraft()
{
    const std::optional<NoteSummary> chosen = selectedSummary();
    if (chosen && chosen->status == NoteStatus::Draft && m_actions.openNote)
        m_actions.openNote(chosen->id);
}

void SessionsTab::addAddendum()
{
    const std::optional<NoteSummary> chosen = selectedSummary();
    if (!m_service || !chosen || chosen->status != NoteStatus::Signed)
        return;
    SoapNote note;
    if (!reportErrors(m_notifier, _("Could not read the note"), [&] { note = m_service->note(chosen->id); }))
        return;
    AddendumDialog dialog(this, *m_service, note);
    if (dialog.ShowModal() == wxID_OK)
        reloadHistory();
}

void SessionsTab::compareSelected()
{
    const std::vector<NoteId> ids = selectedNotes();
    if (!m_service || ids.size() != 2)
        return;
    SoapNote first;
    SoapNote second;
    if (!reportErrors(m_notifier, _("Could not read the notes"), [&] {
            first = m_service->note(ids[0]);
            second = m_service->note(ids[1]);
        }))
        return;
    NoteComparisonDialog dialog(this, m_clientName, first, second);
    dialog.ShowModal();
}

} // namespace knotwork::sessions::ui
