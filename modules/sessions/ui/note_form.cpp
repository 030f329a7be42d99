#include "sessions/ui/note_form.h"

#include <wx/sizer.h>

#include "common/ui/form_grid.h"
#include "sessions/ui/note_assessment_section.h"
#include "sessions/ui/note_objective_section.h"
#include "sessions/ui/note_plan_section.h"
#include "sessions/ui/note_subjective_section.h"
#include "sessions/ui/note_visit_section.h"

namespace knotwork::sessions::ui {

NoteForm::NoteForm(wxWindow* parent, Changed changed) : ScrollingForm(parent, "note-form")
{
    m_visit = std::make_unique<NoteVisitSection>(this, m_markers, changed);
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
    FitInside();
}

NoteForm::~NoteForm() = default;

std::vector<NoteFormSection*> NoteForm::sections() const
{
    return {m_visit.get(), m_subjective.get(), m_objective.get(), m_assessment.get(), m_plan.get()};
}

std::vector<knotwork::ui::SectionIndex::Section> NoteForm::indexSections() const
{
    return {
        {_("Visit"), 'V', m_visit->top(), m_visit->first()},
        {_("Subjective"), 'S', m_subjective->top(), m_subjective->first()},
        {_("Objective"), 'O', m_objective->top(), m_objective->first()},
        {_("Assessment"), 'A', m_assessment->top(), m_assessment->first()},
        {_("Plan"), 'P', m_plan->top(), m_plan->first()},
    };
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

} // namespace knotwork::sessions::ui
