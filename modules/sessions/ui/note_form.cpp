#include "sessions/ui/note_form.h"

#include <wx/sizer.h>

#include "common/ui/form_grid.h"
#include "sessions/ui/note_assessment_section.h"
#include "sessions/ui/note_objective_section.h"
#include "sessions/ui/note_plan_section.h"
#include "sessions/ui/note_subjective_section.h"

namespace knotwork::sessions::ui {

NoteForm::NoteForm(wxWindow* parent, Changed changed)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL, "note-form")
{
    m_subjective = std::make_unique<NoteSubjectiveSection>(this, m_markers, changed);
    m_objective = std::make_unique<NoteObjectiveSection>(this, m_markers, changed);
    m_assessment = std::make_unique<NoteAssessmentSection>(this, m_markers, changed);
    m_plan = std::make_unique<NotePlanSection>(this, m_markers, changed);
    auto* column = new wxBoxSizer(wxVERTICAL);
    for (NoteFormSection* section : sections())
        column->Add(section->sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, knotwork::ui::groupGap(*this)));
    auto* margins = new wxBoxSizer(wxVERTICAL);
    margins->Add(column, wxSizerFlags(1).Expand().Border(wxALL, knotwork::ui::groupGap(*this)));
    SetSizer(margins);
    SetScrollRate(0, FromDIP(16));
    FitInside();
}

std::vector<NoteFormSection*> NoteForm::sections() const
{
    return {m_subjective.get(), m_objective.get(), m_assessment.get(), m_plan.get()};
}

void NoteForm::load(const SoapNote& note, const std::set<clients::SafetyIssue>& onRecord)
{
    for (NoteFormSection* section : sections())
        section->setLoading(true);
    m_subjective->setFlagsOnRecord(onRecord);
    for (NoteFormSection* section : sections())
        section->load(note);
    for (NoteFormSection* section : sections())
        section->setLoading(false);
    showCarried(note.carriedForward);
    FitInside();
}

void NoteForm::store(SoapNote& note, Validator& problems) const
{
    for (const NoteFormSection* section : sections())
        section->store(note, problems);
}

void NoteForm::showCarried(const std::set<std::string>& keys)
{
    for (NoteFormSection* section : sections())
        section->showCarried(keys);
}

void NoteForm::showDerived(const SoapNote& note)
{
    m_assessment->showChanges(note);
}

void NoteForm::jumpTo(char section)
{
    wxWindow* target = section == 'S' ? m_subjective->first()
                     : section == 'O' ? m_objective->first()
                     : section == 'A' ? m_assessment->first()
                                      : m_plan->first();
    knotwork::ui::scrollIntoView(*target);
    target->SetFocus();
}

} // namespace knotwork::sessions::ui
