#include "sessions/ui/note_editor_frame.h"

#include <map>
#include <vector>
#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/client.h"
#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/conflict_dialog.h"
#include "common/ui/form_grid.h"
#include "common/ui/report_errors.h"
#include "common/ui/section_index.h"
#include "common/ui/tab_group.h"
#include "common/ui/work_area.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "sessions/carry_forward.h"
#include "sessions/note_rules.h"
#include "sessions/note_text.h"
#include "sessions/note_validation.h"
#include "sessions/ui/addendum_dialog.h"
#include "sessions/ui/note_field_texts.h"
#include "sessions/ui/note_form.h"
#include "sessions/ui/note_subjective_section.h"
#include "sessions/ui/note_visit_section.h"
#include "sessions/ui/note_view.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

using knotwork::ui::toWx;

namespace {

constexpr int kAutosaveMilliseconds = 3000;

std::map<NoteId, NoteEditorFrame*>& openEditors()
{
    static std::map<NoteId, NoteEditorFrame*> editors;
    return editors;
}

enum Command { SignCommand = wxID_HIGHEST + 400, SaveCommand, AddendumCommand };

} // namespace

NoteEditorFrame* NoteEditorFrame::open(wxWindow* parent, SessionService& service,
                                       clients::ClientService& clients, Notifier& notifier,
                                       NoteId id, Changed changed)
{
    if (NoteEditorFrame* open = find(id)) {
        open->Raise();
        return open;
    }
    NoteEditorFrame* frame = nullptr;
    knotwork::ui::reportErrors(notifier, _("Could not open the session note"), [&] {
        frame = new NoteEditorFrame(parent, service, clients, notifier, service.note(id), std::move(changed));
    });
    if (frame)
        frame->Show();
    return frame;
}

NoteEditorFrame* NoteEditorFrame::find(NoteId id)
{
    const auto found = openEditors().find(id);
    return found == openEditors().end() ? nullptr : found->second;
}

void NoteEditorFrame::saveAllOpen()
{
    for (const auto& [id, editor] : openEditors())
        editor->saveNow();
}

void NoteEditorFrame::closeAll()
{
    saveAllOpen();
    std::vector<NoteEditorFrame*> editors;
    for (const auto& [id, editor] : openEditors())
        editors.push_back(editor);
    for (NoteEditorFrame* editor : editors)
        editor->Close(true);
}

NoteEditorFrame::NoteEditorFrame(wxWindow* parent, SessionService& service, clients::ClientService& clients,
                                 Notifier& notifier, const SoapNote& note, Changed changed)
    : wxFrame(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "NoteEditor"),
      m_service(service), m_clients(clients), m_notifier(notifier), m_changed(std::move(changed)), m_note(note),
      m_autosave(this)
{
    const clients::ClientChart chart = clients.clients().chart(note.clientId);
    const clients::SafetyAssessment safety = clients.assess(chart);
    m_flagsOnRecord = safety.flagsOnRecord();
    m_precautions = safety.precautions;
    m_clientName = toWx(clients::fullName(chart.client));
    m_confirm = [this](const wxString& question) {
        return wxMessageBox(question, GetTitle(), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    };

    auto* panel = new wxPanel(this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(buildHeader(panel), wxSizerFlags().Expand().Border(wxALL, knotwork::ui::groupGap(*panel)));
    m_book = new wxSimplebook(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "note-book");
    auto* draft = new wxPanel(m_book, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "note-draft");
    m_form = new NoteForm(draft, [this](const std::string& key) { onChanged(key); });
    m_index = new knotwork::ui::SectionIndex(draft, *m_form, m_form->indexSections(), "note-sections");
    m_index->MoveBeforeInTabOrder(m_form);  // it stands left of the form: Tab reaches it first
    auto* beside = new wxBoxSizer(wxHORIZONTAL);
    beside->Add(m_index, wxSizerFlags().Border(wxLEFT | wxTOP, knotwork::ui::groupGap(*panel)));
    beside->Add(m_form, wxSizerFlags(1).Expand());
    draft->SetSizer(beside);
    m_view = new NoteView(m_book, "signed-note");
    m_book->AddPage(draft, _("Draft"));
    m_book->AddPage(m_view, _("Signed"));
    column->Add(m_book, wxSizerFlags(1).Expand());
    panel->SetSizer(column);

    m_form->load(m_note, m_flagsOnRecord);
    m_form->showDerived(m_note);
    showVisit(m_note);
    showState();
    bindKeys();
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { saveNow(); });
    Bind(wxEVT_CLOSE_WINDOW, &NoteEditorFrame::onClose, this);

    SetSize(FromDIP(wxSize(1240, 900)));
    SetMinSize(FromDIP(wxSize(880, 560)));
    wxPersistentRegisterAndRestore(this, "NoteEditor");
    knotwork::ui::keepWithinWorkArea(*this);
    openEditors()[m_note.id] = this;
}

NoteEditorFrame::~NoteEditorFrame()
{
    openEditors().erase(m_note.id);
}

wxSizer* NoteEditorFrame::buildHeader(wxWindow* parent)
{
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    auto* text = new wxBoxSizer(wxVERTICAL);
    m_status = new knotwork::ui::WrappingText(parent, wxString(), "note-status");
    m_status->SetFont(m_status->GetFont().Bold());
    m_message = new knotwork::ui::WrappingText(parent, wxString(), "note-message");
    m_message->SetForegroundColour(wxColour(176, 0, 32));
    m_message->Hide();
    auto* name = new wxStaticText(parent, wxID_ANY, m_clientName, wxDefaultPosition, wxDefaultSize, 0, "note-client");
    name->SetFont(name->GetFont().Bold().Scaled(1.3f));
    text->Add(name);
    m_visitLine = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "note-visit");
    text->Add(m_visitLine);
    if (!m_precautions.empty()) {
        auto* precautions = new knotwork::ui::WrappingText(
            parent, wxString::Format(_("Precautions: %s"), toWx(clients::precautionsText(m_precautions))),
            "note-precautions");
        precautions->SetForegroundColour(wxColour(0x1E, 0x3A, 0x8A));
        text->Add(precautions, wxSizerFlags().Expand().Border(wxTOP, knotwork::ui::relatedGap(*parent)));
    }
    text->Add(m_status, wxSizerFlags().Expand().Border(wxTOP, knotwork::ui::relatedGap(*parent)));
    text->Add(m_message, wxSizerFlags().Expand().Border(wxTOP, knotwork::ui::relatedGap(*parent)));
    header->Add(text, wxSizerFlags(1).Expand());

    m_signButton = new wxButton(parent, SignCommand, _("&Sign\u2026"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "sign");
    m_signButton->SetToolTip(_("Sign the note (Ctrl+Enter). A signed note cannot be changed; corrections are addenda."));
    m_discardButton = new wxButton(parent, wxID_ANY, _("&Discard draft\u2026"), wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, "discard");
    m_addendumButton = new wxButton(parent, AddendumCommand, _("Add adde&ndum\u2026"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "add-addendum");
    m_addendumButton->SetToolTip(_("Append a dated correction or addition (Ctrl+Shift+A)"));
    auto* close = new wxButton(parent, wxID_CLOSE, _("&Close"));
    for (wxButton* button : {m_signButton, m_discardButton, m_addendumButton, close})
        header->Add(button, wxSizerFlags().Top().Border(wxLEFT, knotwork::ui::relatedGap(*parent)));
    // One Tab stop, as a toolbar: the arrow keys go from action to action (each has its keys too).
    knotwork::ui::oneTabStop({m_signButton, m_discardButton, m_addendumButton, close});
    m_signButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { sign(); });
    m_discardButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { discard(); });
    m_addendumButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addAddendum(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    return header;
}

void NoteEditorFrame::bindKeys()
{
    const wxAcceleratorEntry keys[] = {
        {wxACCEL_CTRL, WXK_RETURN, SignCommand},         {wxACCEL_CTRL, WXK_NUMPAD_ENTER, SignCommand},
        {wxACCEL_CTRL, 'S', SaveCommand},                {wxACCEL_CTRL | wxACCEL_SHIFT, 'A', AddendumCommand},
        {wxACCEL_CTRL, 'W', wxID_CLOSE},
    };
    SetAcceleratorTable(wxAcceleratorTable(std::size(keys), keys));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { sign(); }, SignCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        m_declinedVersion.reset();  // a conflict declined is asked about again
        saveNow();
    }, SaveCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addAddendum(); }, AddendumCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
}

SoapNote NoteEditorFrame::fromForm(Validator& unreadable) const
{
    SoapNote note = m_note;
    m_form->store(note, unreadable);
    return note;
}

std::optional<SoapNote> NoteEditorFrame::previousNote(const Date& visitDate) const
{
    if (visitDate.is_special())
        return std::nullopt;
    return m_service.notes().latestSigned(m_note.clientId, visitDate);
}

std::optional<Date> NoteEditorFrame::previousVisit(const Date& visitDate) const
{
    const std::optional<SoapNote> previous = previousNote(visitDate);
    return previous ? std::optional<Date>(previous->visitDate) : std::nullopt;
}

void NoteEditorFrame::showVisit(const SoapNote& note)
{
    if (note.visitDate != m_shownVisitDate) {
        const std::optional<Date> before = previousVisit(m_shownVisitDate);
        const std::optional<SoapNote> previous = previousNote(note.visitDate);
        const std::optional<Date> now = previous ? std::optional<Date>(previous->visitDate) : std::nullopt;
        if (!m_shownVisitDate.is_special())
            m_form->subjective().proposeDiaryDays(proposedDiaryDays(m_shownVisitDate, before),
                                                  proposedDiaryDays(note.visitDate, now));
        m_form->subjective().setPreviousVisit(previous);
        m_shownVisitDate = note.visitDate;
    }
    const bool late = !note.signedNote() && !note.visitDate.is_special() && note.visitDate <= m_clients.today()
        && isLateEntry(note.visitDate, note.visitTime, m_service.clock().now());
    m_form->visit().showLateEntry(late, note.visitDate);
    wxString line = visitTitle(note.visitDate, note.visitTime, note.visitMinutes);
    if (late)
        line += _(" \u00b7 a late entry when signed");
    m_visitLine->SetLabelText(line);
    m_visitLine->SetForegroundColour(late ? wxColour(0x8A, 0x4B, 0x00) : wxNullColour);
    SetTitle(wxString::Format(_("Note \u2014 %s \u2014 %s"), m_clientName, knotwork::ui::formatDate(note.visitDate)));
}

void NoteEditorFrame::onChanged(const std::string& key)
{
    markTouched(m_note, key);
    m_dirty = true;
    m_autosave.StartOnce(kAutosaveMilliseconds);
    m_status->SetLabel(_("Draft \u2014 changes not saved yet"));
    if (key == "visit_date" || key == "visit_time" || key == "visit_minutes") {
        Validator unreadable;
        showVisit(fromForm(unreadable));
    }
    // Problems are shown as the therapist types, without stopping the autosave.
    Validator problems;
    const SoapNote note = fromForm(problems);
    validateNote(note, m_clients.today(), problems);
    m_form->markers().clear();
    m_form->markers().show(problems.problems());
    m_form->showCarried(m_note.carriedForward);
    m_form->showDerived(note);
}

bool NoteEditorFrame::saveNow()
{
    m_autosave.Stop();
    if (!m_dirty || m_note.signedNote())
        return true;
    Validator unreadable;
    SoapNote note = fromForm(unreadable);
    try {
        note.rowVersion = m_service.saveDraft(note);
        m_note = note;
        m_dirty = false;
        m_status->SetLabel(wxString::Format(_("Draft saved %s"), knotwork::ui::formatTime(m_service.clock().now())));
        showMessage(wxString());
        if (m_changed)
            m_changed(m_note.clientId, m_note.id);
        return true;
    } catch (const ConflictError& error) {
        if (note.id != 0)
            return resolveConflict(note, error);
        m_status->SetLabel(_("Draft NOT saved"));
        showMessage(toWx(error.what()));
        return false;
    } catch (const Error& error) {
        // Everything typed stays in the form; the next change or close tries again.
        m_status->SetLabel(_("Draft NOT saved"));
        showMessage(knotwork::ui::failureText(error));
        return false;
    }
}

void NoteEditorFrame::showDraftSavedElsewhere(const SoapNote& theirs)
{
    m_autosave.Stop();
    m_note = theirs;
    m_form->load(m_note, m_flagsOnRecord);
    m_form->showDerived(m_note);
    showVisit(m_note);
    m_dirty = false;
    m_status->SetLabel(_("Draft as saved at the other desk"));
    showMessage(wxString());
}

void NoteEditorFrame::showChangesMadeElsewhere(ClientId client)
{
    for (const auto& [id, editor] : openEditors())
        if (client == 0 || editor->m_note.clientId == client)
            editor->changedElsewhere();
}

void NoteEditorFrame::changedElsewhere()
{
    if (m_note.signedNote())
        return;
    SoapNote stored;
    try {
        stored = m_service.note(m_note.id);
    } catch (const Error&) {
        return;  // gone (discarded at the other desk): saving says so
    }
    if (stored.rowVersion == m_note.rowVersion || stored.rowVersion == m_declinedVersion)
        return;  // another note of the client's, or the version the person went back from
    if (!m_dirty && !stored.signedNote()) {
        showDraftSavedElsewhere(stored);  // nothing typed here to keep
        return;
    }
    showMessage(_("Changed at another desk: Save (Ctrl+S) shows both versions."));
}

bool NoteEditorFrame::resolveConflict(const SoapNote& mine, const ConflictError& error)
{
    std::optional<SoapNote> theirs;
    knotwork::ui::reportErrors(m_notifier, _("Could not read the note"), [&] { theirs = m_service.note(mine.id); });
    if (!theirs || theirs->signedNote() || m_declinedVersion == theirs->rowVersion) {
        // Signed meanwhile it cannot be changed; declined, it is not asked about again until Save.
        m_status->SetLabel(_("Draft NOT saved"));
        showMessage(toWx(error.what()));
        return false;
    }
    switch (knotwork::ui::askAboutConflict(this, wxString::Format(_("the note of %s"), m_clientName),
                                           noteFieldTexts(mine), noteFieldTexts(*theirs))) {
    case knotwork::ui::ConflictChoice::KeepMine:
        m_note.rowVersion = theirs->rowVersion;
        return saveNow();
    case knotwork::ui::ConflictChoice::TakeTheirs:
        showDraftSavedElsewhere(*theirs);
        return true;
    case knotwork::ui::ConflictChoice::GoBack:
        break;
    }
    m_declinedVersion = theirs->rowVersion;
    m_status->SetLabel(_("Draft NOT saved"));
    showMessage(_("Nothing was saved: this draft was saved at another desk since you opened it. What you typed is "
                  "still here; Save (Ctrl+S) shows both versions again."));
    return false;
}

void NoteEditorFrame::showMessage(const wxString& text)
{
    m_message->SetLabel(text);
    m_message->Wrap(FromDIP(760));
    // A reader says the line as an alert each time it appears, a refusal repeated too.
    m_message->Hide();
    knotwork::ui::setAccessibleRole(*m_message, knotwork::ui::AccessibleRole::Alert);
    knotwork::ui::setAccessibleName(*m_message, text);
    m_message->Show(!text.empty());
    GetChildren().front()->Layout();
}

void NoteEditorFrame::showProblems(const std::vector<FieldProblem>& problems)
{
    m_form->markers().clear();
    const std::vector<FieldProblem> unplaced = m_form->markers().show(problems);
    wxString text;
    for (const FieldProblem& problem : problems)
        if (problem.field == "subjective.rescreen" || problem.field == "safety" || problem.field == "consent"
            || &problem == &problems.front())
            text = toWx(problem.message);
    showMessage(unplaced.empty() ? text : toWx(unplaced.front().message));
    m_form->markers().focusFirst();
}

void NoteEditorFrame::sign()
{
    if (m_note.signedNote() || !saveNow())
        return;
    wxString question = wxString::Format(_("Sign the note of %s? A signed note cannot be changed; corrections are "
                                           "added as addenda."), knotwork::ui::formatDate(m_note.visitDate));
    if (m_form->visit().showsLateEntry())
        question += "\n\n" + _("It will be recorded as a late entry: signed more than 24 hours after the visit began.");
    if (!m_confirm(question))
        return;
    try {
        m_note = m_service.sign(m_note.id, m_note.rowVersion);
    } catch (const ValidationError& error) {
        const bool blocked = error.field() == "safety" || error.rule() == "new-red-flag";
        if (blocked && !m_note.referralVisit()
            && m_confirm(toWx(error.what()) + "\n\n" + _("Chart this visit as a referral visit instead?")))
            chartAsReferral();
        else
            showProblems(error.problems());
        return;
    } catch (const Error& error) {
        showMessage(knotwork::ui::failureText(error));
        return;
    }
    showState();
    if (m_changed)
        m_changed(m_note.clientId, m_note.id);
}

void NoteEditorFrame::chartAsReferral()
{
    SoapNote referral = m_note;
    referral.kind = NoteKind::Referral;
    referral.plan.referralMade = true;
    m_form->load(referral, m_flagsOnRecord);
    m_dirty = true;
    if (!saveNow())
        return;
    showMessage(_("Charted as a referral visit: write what was observed, who the client was referred to and "
                  "how, then sign."));
    m_index->jumpTo('P');
}

void NoteEditorFrame::discard()
{
    if (m_note.signedNote() || !m_confirm(_("Discard this draft? It is deleted from the client's notes (the audit "
                                            "trail keeps a copy).")))
        return;
    const bool done = knotwork::ui::reportErrors(m_notifier, _("Could not discard the draft"), [this] {
        m_autosave.Stop();
        m_service.discardDraft(m_note.id, m_note.rowVersion);
    });
    if (!done)
        return;
    m_dirty = false;
    if (m_changed)
        m_changed(m_note.clientId, m_note.id);
    Destroy();
}

void NoteEditorFrame::addAddendum()
{
    if (!m_note.signedNote())
        return;
    AddendumDialog dialog(this, m_service, m_note);
    if (dialog.ShowModal() != wxID_OK)
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not read the note again"), [this] { m_note = m_service.note(m_note.id); });
    showState();
    if (m_changed)
        m_changed(m_note.clientId, m_note.id);
}

wxString NoteEditorFrame::statusText() const
{
    return m_status->GetLabel();
}

void NoteEditorFrame::showState()
{
    const bool isSigned = m_note.signedNote();
    if (isSigned) {
        m_view->show(m_note);
        m_status->SetLabel(toWx(signatureLine(m_note, &localeDate)));
        showMessage(wxString());
    } else if (!m_note.carriedForward.empty()) {
        m_status->SetLabel(_("Draft \u2014 values in grey were carried forward from the last note: check them; "
                             "changing one confirms it"));
    } else {
        m_status->SetLabel(_("Draft"));
    }
    m_book->SetSelection(isSigned ? 1 : 0);
    if (isSigned)
        showVisit(m_note);
    m_signButton->Show(!isSigned);
    m_discardButton->Show(!isSigned);
    m_addendumButton->Show(isSigned);
    GetChildren().front()->Layout();
}

void NoteEditorFrame::onClose(wxCloseEvent& event)
{
    if (!saveNow() && event.CanVeto()
        && !m_confirm(_("The draft could not be saved (see the message above). Close anyway and lose the last changes?"))) {
        event.Veto();
        return;
    }
    Destroy();
}

} // namespace knotwork::sessions::ui
