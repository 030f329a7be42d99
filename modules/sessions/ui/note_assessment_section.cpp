#include "sessions/ui/note_assessment_section.h"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"
#include "sessions/note_rules.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;
using knotwork::ui::toWx;

namespace {

wxString signedDegrees(int delta)
{
    return wxString::Format(delta > 0 ? "+%d" : delta < 0 ? "\u2212%d" : "\u00b1%d", std::abs(delta));
}

} // namespace

NoteAssessmentSection::NoteAssessmentSection(wxWindow* parent, FieldErrorMarkers& markers, Changed changed)
    : NoteFormSection(parent, std::move(changed))
{
    FormGrid response(parent, _("A \u2014 Response to treatment"), markers);
    wxWindow* box = response.parent();
    m_painBefore = new ScaleButtons(box, "assessment.pain_before", _("0 no pain · 10 worst imaginable"));
    response.add(_("Pain &before"), m_painBefore, FieldWidth::Natural);
    m_painAfter = new ScaleButtons(box, "assessment.pain_after", _("0 no pain · 10 worst imaginable"));
    response.add(_("Pain &after"), m_painAfter, FieldWidth::Natural);
    m_tolerance = new OptionalChoice<Rating>(box, "assessment.tolerance");
    response.add(_("Tolerance to &pressure"), m_tolerance, FieldWidth::Natural);
    m_changes = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "assessment.changes");
    response.add(_("Changes"), m_changes, FieldWidth::Full);
    m_notes = response.addMultiLine(_("Assessment &notes"), "assessment.notes", 2);
    addBox(response);
}

wxWindow* NoteAssessmentSection::first() const
{
    return m_painBefore;
}

void NoteAssessmentSection::load(const SoapNote& note)
{
    m_painBefore->setValue(note.assessment.painBefore);
    m_painAfter->setValue(note.assessment.painAfter);
    m_tolerance->setValue(note.assessment.tolerance);
    m_notes->ChangeValue(toWx(note.assessment.notes));
    showChanges(note);
}

void NoteAssessmentSection::store(SoapNote& note, Validator&) const
{
    note.assessment.painBefore = m_painBefore->value();
    note.assessment.painAfter = m_painAfter->value();
    note.assessment.tolerance = m_tolerance->value();
    note.assessment.notes = typedText(*m_notes);
}

void NoteAssessmentSection::showChanges(const SoapNote& note)
{
    wxArrayString lines;
    if (const auto pain = painChange(note.assessment))
        lines.Add(wxString::Format(_("Pain %d \u2192 %d (%s)"), pain->before, pain->after, signedDegrees(pain->delta())));
    for (const RomChange& change : romChanges(note.objective))
        lines.Add(wxString::Format(_("%s %d\u00b0 \u2192 %d\u00b0 (%s\u00b0)"), labelText(change.direction),
                                   change.change.before, change.change.after, signedDegrees(change.change.delta())));
    m_changes->SetLabel(lines.empty() ? _("Appear here once pain or range of motion is recorded before and after.")
                                      : joinText(lines, "\n"));
    relayoutForm(*m_changes);
}

} // namespace knotwork::sessions::ui
