#include "clients/ui/intake_screening_section.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"
#include "common/ui/optional_date_field.h"
#include "clients/ui/safety_badge.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {
using knotwork::ui::relayoutForm;

using namespace knotwork::ui;

namespace {

constexpr int kStatusWidth = 300;

struct IssueGroup {
    IssueKind kind;
    wxString heading;
    const char* name;
};

} // namespace

IntakeScreeningSection::IntakeScreeningSection(wxWindow* parent, FieldErrorMarkers& markers, Date today,
                                               const ClientChart& chart)
    : IntakeSection(parent),
      m_today(today),
      m_history(chart.screenings),
      m_withdrawals(chart.withdrawals),
      m_clearances(chart.clearances),
      m_diagnoses(chart.diagnoses),
      m_healthFlags(chart.intake.health.flags)
{
    FormGrid screening(parent, _("Safety screening"), markers);
    wxWindow* box = screening.parent();
    const int gap = relatedGap(*parent);

    const IssueGroup groups[] = {
        {IssueKind::RedFlag, _("Red flags: refer before treatment"), "screening.red_flags"},
        {IssueKind::ClearanceRequired, _("Medical clearance required"), "screening.clearance_required"},
        {IssueKind::Advisory, _("Suggest a referral (does not stop treatment)"), "screening.advisories"},
    };
    auto* questions = new wxBoxSizer(wxVERTICAL);
    for (const IssueGroup& group : groups) {
        auto* heading = new wxStaticText(box, wxID_ANY, group.heading);
        heading->SetFont(heading->GetFont().Bold());
        questions->Add(heading, wxSizerFlags().Border(wxTOP, questions->IsEmpty() ? 0 : 2 * gap));
        auto* list = new ChoiceChecklist<SafetyIssue>(box, group.name, 1, [kind = group.kind](SafetyIssue issue) {
            return issueKind(issue) == kind;
        });
        nameField(*heading, *list);  // a reader hears the heading as the name of the boxes under it
        list->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
            showStatus();
            event.Skip();
        });
        questions->Add(list, wxSizerFlags().Border(wxTOP | wxLEFT, gap));
        m_groups.push_back(list);
    }

    auto* status = new wxBoxSizer(wxVERTICAL);
    auto* caption = new wxStaticText(box, wxID_ANY, _("Status once saved"));
    caption->SetFont(caption->GetFont().Bold());
    status->Add(caption);
    m_badge = new SafetyBadge(box, "screening.badge");
    status->Add(m_badge, wxSizerFlags().Border(wxTOP, gap));
    m_explanation = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                     "screening.explanation");
    status->Add(m_explanation, wxSizerFlags().Border(wxTOP, gap));
    status->SetMinSize(wxSize(box->FromDIP(kStatusWidth), -1));

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(questions, wxSizerFlags(1));
    columns->Add(status, wxSizerFlags().Border(wxLEFT, 2 * gap));
    screening.addWide(columns);
    m_pregnancyEndsOn = new OptionalDateField(box, "screening.pregnancy_ends_on", _("Known"));
    screening.add(_("Pregnancy and postpartum period ends"), m_pregnancyEndsOn, FieldWidth::Natural);
    m_notes = screening.addMultiLine(_("Screening no&tes"), "screening.notes", 2);

    addBox(screening.sizer());
    showStatus();
}

void IntakeScreeningSection::load(const IntakeRecord& record)
{
    for (ChoiceChecklist<SafetyIssue>* group : m_groups)
        group->setValues(record.screeningIssues);
    m_pregnancyEndsOn->setDate(record.pregnancyEndsOn);
    m_notes->SetValue(knotwork::ui::toWx(record.screeningNotes));
    showStatus();
}

void IntakeScreeningSection::store(IntakeRecord& record, Validator&) const
{
    record.screeningIssues = ticked();
    record.pregnancyEndsOn = m_pregnancyEndsOn->date();
    record.screeningNotes = typedText(*m_notes);
}

std::set<SafetyIssue> IntakeScreeningSection::ticked() const
{
    std::set<SafetyIssue> issues;
    for (const ChoiceChecklist<SafetyIssue>* group : m_groups)
        group->addValuesTo(issues);
    return issues;
}

SafetyAssessment IntakeScreeningSection::assessment() const
{
    // What saving would store: the history with these answers as the latest screening.
    std::vector<Screening> history = m_history;
    Screening now;
    now.issues = ticked();
    history.push_back(now);
    return assessSafety({history, m_withdrawals, m_clearances, m_diagnoses, m_healthFlags}, m_today);
}

void IntakeScreeningSection::preview(const IntakeRecord& record)
{
    m_diagnoses = record.diagnoses;
    m_healthFlags = record.intake.health.flags;
    showStatus();
}

wxString IntakeScreeningSection::explanation() const
{
    // What it says, without the line breaks wrapping put in at this font's widths.
    wxString text = m_explanation->GetLabelText();
    text.Replace("\n", " ");
    return text;
}

void IntakeScreeningSection::showStatus()
{
    const SafetyAssessment now = assessment();
    m_badge->setAssessment(now);
    m_explanation->SetLabelText(knotwork::ui::toWx(statusExplanation(now)));
    m_explanation->Wrap(m_explanation->FromDIP(kStatusWidth));
    relayoutForm(*m_explanation);
}

} // namespace knotwork::clients::ui
