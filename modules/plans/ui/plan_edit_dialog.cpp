#include "plans/ui/plan_edit_dialog.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/choice_checklist.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "plans/plan_choices.h"
#include "plans/plan_template.h"
#include "plans/ui/plan_rows_editors.h"
#include "plans/ui/template_name_dialog.h"
#include "sessions/session_choices.h"

namespace knotwork::plans::ui {

using namespace knotwork::ui;

PlanEditDialog::PlanEditDialog(wxWindow* parent, PlanService& service, const TreatmentPlan& plan)
    : RecordDialog(parent, wxString::Format(_("Edit plan: %s"), toWx(labelOf(plan.focus))), "plan-edit-dialog"),
      m_service(service),
      m_plan(plan)
{
    // Both ways: a narrow screen still reaches the goal table's last columns.
    m_body = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxVSCROLL | wxHSCROLL | wxTAB_TRAVERSAL, "plan-form");
    m_body->SetScrollRate(FromDIP(16), FromDIP(16));
    const int gap = knotwork::ui::groupGap(*this);

    knotwork::ui::FormGrid dates(m_body, _("Plan"), markers());
    m_review = new wxDatePickerCtrl(dates.parent(), wxID_ANY, knotwork::ui::toWxDate(plan.reviewDate),
                                    wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY,
                                    wxDefaultValidator, "review_date");
    dates.add(_("&Review on"), m_review, knotwork::ui::FieldWidth::Natural);
    m_precautions = dates.addMultiLine(_("&Precautions"), "precautions", 2);
    m_precautions->SetValue(toWx(plan.precautions));

    knotwork::ui::FormGrid frequency(m_body, _("Frequency"), markers());
    m_phases = std::make_unique<PhaseEditor>(frequency.parent(), markers());
    frequency.addWide(m_phases->sizer());
    m_phases->load(plan.phases);

    knotwork::ui::FormGrid goals(m_body, _("Goals"), markers());
    // A new goal starts from what was last recorded for its measure, never from a made-up number.
    m_goals = std::make_unique<GoalEditor>(
        goals.parent(), markers(),
        [data = service.progressData(plan.clientId), today = service.today()](const Goal& goal) {
            return latestRecorded(goal, data, today);
        });
    goals.addWide(m_goals->sizer());
    goals.addNote(_("Phase is the frequency phase whose end the goal marks (1 for the first). A new goal's "
                    "baseline is the latest value recorded for its measure. Progress is computed from signed "
                    "notes and measures."));
    m_goals->load(plan.goals);

    knotwork::ui::FormGrid treatment(m_body, _("Treatment"), markers());
    m_muscles = new knotwork::ui::ChoiceChecklist<sessions::Muscle>(treatment.parent(), "target_muscles", 3);
    m_muscles->setValues(plan.targetMuscles);
    treatment.add(_("Target &muscles"), m_muscles, knotwork::ui::FieldWidth::Full);
    m_regions = new knotwork::ui::ChoiceChecklist<sessions::TreatedRegion>(treatment.parent(), "regions", 3);
    m_regions->setValues(plan.regions);
    treatment.add(_("Re&gions"), m_regions, knotwork::ui::FieldWidth::Full);
    m_techniques = new knotwork::ui::ChoiceChecklist<sessions::Technique>(treatment.parent(), "techniques", 3);
    m_techniques->setValues(plan.techniques);
    treatment.add(_("&Techniques"), m_techniques, knotwork::ui::FieldWidth::Full);
    m_homeCare = new knotwork::ui::ChoiceChecklist<sessions::HomeCare>(treatment.parent(), "home_programme", 2);
    m_homeCare->setValues(plan.homeProgramme);
    treatment.add(_("&Home programme"), m_homeCare, knotwork::ui::FieldWidth::Full);
    m_homeNotes = treatment.addMultiLine(_("Home programme &notes"), "home_programme_notes", 2);
    m_homeNotes->SetValue(toWx(plan.homeProgrammeNotes));

    auto* asTemplate = new wxButton(m_body, wxID_ANY, _("Save as my te&mplate…"), wxDefaultPosition, wxDefaultSize,
                                    0, wxDefaultValidator, "save-as-template");
    asTemplate->SetToolTip(_("Keep this plan's frequency, goals and treatment as a template for the next client"));
    asTemplate->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askTemplateName(); });

    auto* form = new wxBoxSizer(wxVERTICAL);
    for (wxSizer* section : {dates.sizer(), frequency.sizer(), goals.sizer(), treatment.sizer()})
        form->Add(section, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    form->Add(asTemplate, wxSizerFlags().Border(wxBOTTOM, gap));
    auto* margins = new wxBoxSizer(wxVERTICAL);
    margins->Add(form, wxSizerFlags(1).Expand().Border(wxRIGHT, gap));
    m_body->SetSizer(margins);

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(m_body, wxSizerFlags(1).Expand());
    setBody(body, _("&Save"));
    markUnchanged();
    SetMinSize(FromDIP(wxSize(720, 480)));
    SetSize(FromDIP(wxSize(1240, 800)));
    m_body->FitInside();
    Centre();
}

PlanEditDialog::~PlanEditDialog() = default;

TreatmentPlan PlanEditDialog::plan() const
{
    TreatmentPlan plan = m_plan;
    plan.reviewDate = knotwork::ui::fromWxDate(m_review->GetValue()).value_or(Date(boost::gregorian::not_a_date_time));
    plan.precautions = knotwork::ui::typedText(*m_precautions);
    plan.phases = m_phases->rows();
    plan.currentPhase = std::min(plan.currentPhase, std::max(0, static_cast<int>(plan.phases.size()) - 1));
    plan.goals = m_goals->rows();
    plan.targetMuscles = m_muscles->values();
    plan.regions = m_regions->values();
    plan.techniques = m_techniques->values();
    plan.homeProgramme = m_homeCare->values();
    plan.homeProgrammeNotes = knotwork::ui::typedText(*m_homeNotes);
    return plan;
}

void PlanEditDialog::save()
{
    m_plan = m_service.updatePlan(plan());
}

void PlanEditDialog::makeRoom()
{
    // The form scrolls: the person chose the dialog's size, keep it.
    Layout();
    m_body->FitInside();
}

TemplateId PlanEditDialog::saveAsTemplate(const std::string& name)
{
    return m_service.saveTemplate(templateFrom(plan(), name));
}

void PlanEditDialog::askTemplateName()
{
    TemplateNameDialog ask(this, _("Save as my template"), wxString(),
                           [this](const std::string& name) { saveAsTemplate(name); });
    ask.ShowModal();
}

} // namespace knotwork::plans::ui
