#include "sessions/ui/note_comparison_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/spacing.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "sessions/ui/note_comparison_view.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

namespace {

using knotwork::ui::kWindowMargin;

bool visitedBefore(const SoapNote& a, const SoapNote& b)
{
    if (a.visitDate != b.visitDate)
        return a.visitDate < b.visitDate;
    return a.visitTime.value_or(TimeOfDay()) < b.visitTime.value_or(TimeOfDay());
}

// "Visit of 3/11/2026 at 10:30" and, on a second line, whether it is signed.
wxString columnTitle(const SoapNote& note)
{
    return visitTitle(note.visitDate, note.visitTime) + "\n"
         + (note.signedNote() ? (note.lateEntry ? wxString(_("Signed · late entry")) : wxString(_("Signed")))
                              : wxString(_("Draft, not signed")));
}

} // namespace

NoteComparisonDialog::NoteComparisonDialog(wxWindow* parent, const wxString& clientName, const SoapNote& first,
                                           const SoapNote& second)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Compare notes — %s"), clientName), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "note-comparison")
{
    const bool inOrder = visitedBefore(first, second);
    const SoapNote& older = inOrder ? first : second;
    const SoapNote& newer = inOrder ? second : first;
    m_sections = compareNotes(older, newer);
    m_olderTitle = columnTitle(older);
    m_newerTitle = columnTitle(newer);

    const long days = (newer.visitDate - older.visitDate).days();
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(wxPLURAL("%s: %ld day between the visits. Changed values are in bold, with the "
                                  "change on the right.",
                                  "%s: %ld days between the visits. Changed values are in bold, with the "
                                  "change on the right.",
                                  days),
                         clientName, days));
    m_onlyChanged = new wxCheckBox(this, wxID_ANY, _("Show &only what changed"), wxDefaultPosition, wxDefaultSize,
                                   0, wxDefaultValidator, "only-changed");
    m_onlyChanged->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { refresh(); });
    m_view = new NoteComparisonView(this, "note-comparison-view");

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(intro, wxSizerFlags(1).CentreVertical());
    top->Add(m_onlyChanged, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(kWindowMargin)));
    auto* buttons = new wxStdDialogButtonSizer;
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Close")));
    buttons->Realize();
    SetEscapeId(wxID_CANCEL);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kWindowMargin)));
    column->Add(m_view, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(8)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(kWindowMargin)));
    SetSizer(column);

    // Wide enough for two columns of findings; no larger than the screen it opens on.
    SetMinSize(FromDIP(wxSize(760, 480)));
    SetSize(FromDIP(wxSize(1080, 760)));
    Centre();
    knotwork::ui::keepWithinWorkArea(*this);
    refresh();
}

void NoteComparisonDialog::showOnlyChanged(bool only)
{
    m_onlyChanged->SetValue(only);
    refresh();
}

void NoteComparisonDialog::refresh()
{
    m_view->show(m_sections, m_olderTitle, m_newerTitle, m_onlyChanged->GetValue());
    Layout();
}

} // namespace knotwork::sessions::ui
