#include "sessions/ui/note_view.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/ui/fact_sheet.h"
#include "common/ui/accessibility.h"
#include "common/ui/spacing.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_text.h"
#include "sessions/note_text.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

using knotwork::ui::toWx;

namespace {
using knotwork::ui::kWindowMargin;
}

NoteView::NoteView(wxWindow* parent, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    m_title = new knotwork::ui::WrappingText(this, wxString(), "note-title");
    m_title->SetFont(GetFont().Scaled(1.15f).Bold());
    m_signature = new knotwork::ui::WrappingText(this, wxString(), "note-signature");
    m_signature->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_sheet = new clients::ui::FactSheet(this, "note-sheet");
    knotwork::ui::setAccessibleName(*m_sheet, _("Note"));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_title, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kWindowMargin)));
    column->AddSpacer(FromDIP(2));
    column->Add(m_signature, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
    column->Add(m_sheet, wxSizerFlags(1).Expand());
    SetSizer(column);
}

void NoteView::show(const SoapNote& note)
{
    Freeze();
    m_title->SetLabel(visitTitle(note.visitDate, note.visitTime, note.visitMinutes));
    knotwork::ui::setAccessibleName(*m_sheet, m_title->GetLabelText());
    const wxString signature = toWx(signatureLine(note, &localeDate));
    m_signature->SetLabel(signature);
    m_signature->SetToolTip(signature);
    m_title->Show();
    m_signature->Show();

    m_sheet->clear();
    for (const NoteSection& section : describeNote(note, &localeDate)) {
        m_sheet->beginGroup(toWx(section.title));
        if (section.lines.empty())
            m_sheet->addText(_("Nothing recorded."));
        for (const NoteLine& line : section.lines) {
            wxSizer* extras = m_sheet->addFact(toWx(line.label), toWx(line.value));
            if (line.carriedForward) {
                auto* carried = new wxStaticText(m_sheet, wxID_ANY, _("carried forward, not yet confirmed"));
                carried->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
                carried->SetFont(carried->GetFont().Smaller().Italic());
                extras->Add(carried);
            }
        }
    }
    m_sheet->finish();
    m_sheet->Scroll(0, 0);
    Layout();
    Thaw();
}

void NoteView::clear(const wxString& hint)
{
    Freeze();
    m_title->Hide();
    m_signature->Hide();
    m_sheet->clear();
    m_sheet->addText(hint);
    m_sheet->finish();
    Layout();
    Thaw();
}

} // namespace knotwork::sessions::ui
