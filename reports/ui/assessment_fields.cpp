#include "reports/ui/assessment_fields.h"

#include <stdexcept>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/accessibility.h"
#include "common/ui/wx_text.h"
#include "sharing/assessment_suggestions.h"

namespace knotwork::reports::ui {

using knotwork::ui::toUtf8;
using knotwork::ui::toWx;

AssessmentFields::AssessmentFields(wxWindow* parent, wxSizer& fields, int width) : m_width(width)
{
    auto* heading = new wxStaticText(parent, wxID_ANY, _("Assessment and plan"));
    heading->SetFont(heading->GetFont().Bold());
    knotwork::ui::labelNothing(*heading);
    fields.Add(heading, wxSizerFlags().Border(wxBOTTOM, 4));
    auto* intro = new wxStaticText(parent, wxID_ANY,
                                   _("In your words; a completed or discontinued plan gives a discharge summary."));
    intro->Wrap(width);
    knotwork::ui::labelNothing(*intro);
    fields.Add(intro, wxSizerFlags().Border(wxBOTTOM, 8));

    auto* factsLabel = new wxStaticText(parent, wxID_ANY, _("Facts from the &data"));
    fields.Add(factsLabel, wxSizerFlags().Border(wxBOTTOM, 4));
    m_facts = new wxListBox(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(width, 96)), 0, nullptr,
                            wxLB_SINGLE);
    m_facts->SetName("assessment-facts");
    knotwork::ui::labelControl(*factsLabel, *m_facts);
    fields.Add(m_facts, wxSizerFlags().Expand().Border(wxBOTTOM, 4));
    m_chosenFact = new wxStaticText(parent, wxID_ANY, wxString());
    m_chosenFact->SetName("chosen-fact");
    knotwork::ui::labelNothing(*m_chosenFact);
    fields.Add(m_chosenFact, wxSizerFlags().Border(wxBOTTOM, 4));
    m_insert = new wxButton(parent, wxID_ANY, _("&Insert the fact"));
    m_insert->SetName("insert-fact");
    m_insert->SetToolTip(_("Adds the chosen fact to the field you last typed in (Progress at first)."));
    fields.Add(m_insert, wxSizerFlags().Border(wxBOTTOM, 8));
    m_prompt = new wxStaticText(parent, wxID_ANY, wxString());
    m_prompt->SetName("all-goals-met-prompt");
    knotwork::ui::labelNothing(*m_prompt);
    m_prompt->Hide();
    fields.Add(m_prompt, wxSizerFlags().Border(wxBOTTOM, 8));

    addField(parent, fields, _("&Progress in words (required)"), "progress", 90);
    addField(parent, fields, _("Comment on the &goals"), "goals_comment", 50);
    addField(parent, fields, _("&New goals or end-of-care criteria"), "goals_or_criteria", 66);
    addField(parent, fields, _("R&eason care continues (or ends)"), "reason", 66);
    m_insertInto = m_fields.front().second;

    m_facts->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { showChosenFact(); });
    m_facts->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { insertChosenFact(); });
    m_insert->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { insertChosenFact(); });
}

wxTextCtrl* AssessmentFields::addField(wxWindow* parent, wxSizer& fields, const wxString& label, const std::string& key,
                                       int height)
{
    auto* text = new wxStaticText(parent, wxID_ANY, label);
    fields.Add(text, wxSizerFlags().Border(wxBOTTOM, 4));
    auto* field = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(300, height)),
                                 wxTE_MULTILINE);
    field->SetName(toWx(key));
    fields.Add(field, wxSizerFlags().Expand().Border(wxBOTTOM, 2));
    auto* line = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, toWx(key + ".error"));
    line->SetForegroundColour(wxColour(0xB4, 0x23, 0x18));
    line->Hide();
    fields.Add(line, wxSizerFlags().Border(wxBOTTOM, 6));
    m_markers.add(key, field, line);
    m_markers.setLabel(key, text);
    m_lines.push_back(line);
    m_fields.emplace_back(key, field);
    field->Bind(wxEVT_SET_FOCUS, [this, field](wxFocusEvent& event) {
        m_insertInto = field;
        event.Skip();
    });
    // Typing again answers the refusal: its line goes until the next Save.
    field->Bind(wxEVT_TEXT, [this, line](wxCommandEvent& event) {
        if (line->IsShown()) {
            m_markers.clear();
            relayout();
        }
        event.Skip();
    });
    return field;
}

wxTextCtrl& AssessmentFields::field(const std::string& key) const
{
    for (const auto& [name, field] : m_fields)
        if (name == key)
            return *field;
    throw std::out_of_range(key);
}

sharing::AssessmentBlock AssessmentFields::block() const
{
    return {toUtf8(field("progress").GetValue()), toUtf8(field("goals_comment").GetValue()),
            toUtf8(field("goals_or_criteria").GetValue()), toUtf8(field("reason").GetValue())};
}

void AssessmentFields::showFacts(const sharing::ProgressReportData& data)
{
    const int chosen = m_facts->GetSelection();
    wxArrayString facts;
    for (const std::string& fact : sharing::assessmentSuggestions(data))
        facts.Add(toWx(fact));
    if (facts != m_facts->GetStrings()) {
        m_facts->Set(facts);
        if (chosen != wxNOT_FOUND && chosen < static_cast<int>(facts.size()))
            m_facts->SetSelection(chosen);
    }
    if (m_facts->GetSelection() == wxNOT_FOUND && !facts.empty())
        m_facts->SetSelection(0);
    m_insert->Enable(!facts.empty());
    showChosenFact();
    const bool prompt = sharing::everyGoalMetWhileVisitsContinue(data.plan);
    if (prompt != m_prompt->IsShown()) {
        m_prompt->SetLabel(_("Every goal of the plan is met and visits continue: set new goals or end-of-care "
                             "criteria, or say why care continues."));
        m_prompt->Wrap(m_width);
        m_prompt->Show(prompt);
        relayout();
    }
}

void AssessmentFields::showChosenFact()
{
    const int chosen = m_facts->GetSelection();
    const wxString fact = chosen == wxNOT_FOUND ? wxString() : m_facts->GetString(static_cast<unsigned>(chosen));
    if (fact == m_chosenFact->GetLabelText())
        return;
    m_chosenFact->SetLabelText(fact);
    m_chosenFact->Wrap(m_width);
    relayout();
}

void AssessmentFields::relayout()
{
    wxWindow* column = m_facts->GetParent();
    column->Layout();
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(column))
        scrolled->FitInside();
}

void AssessmentFields::insertChosenFact()
{
    const int chosen = m_facts->GetSelection();
    if (chosen == wxNOT_FOUND)
        return;
    wxString fact = m_facts->GetString(static_cast<unsigned>(chosen));
    const wxString typed = m_insertInto->GetValue();
    const long at = m_insertInto->GetInsertionPoint();
    if (at > 0 && !wxIsspace(typed[static_cast<std::size_t>(at) - 1]))
        fact = " " + fact;
    m_insertInto->WriteText(fact);
    m_insertInto->SetFocus();
}

bool AssessmentFields::showProblem(const ValidationError& error)
{
    m_markers.clear();
    const std::vector<FieldProblem> unplaced = m_markers.show(error.problems());
    if (unplaced.size() == error.problems().size())
        return false;
    // Wrapped to the column, not to the markers' wider default.
    for (const FieldProblem& problem : error.problems())
        for (std::size_t i = 0; i < m_fields.size(); ++i)
            if (m_fields[i].first == problem.field) {
                m_lines[i]->SetLabelText(toWx(problem.message));
                m_lines[i]->Wrap(m_width);
            }
    relayout();
    m_markers.focusFirst();
    return true;
}

} // namespace knotwork::reports::ui
