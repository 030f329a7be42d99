#pragma once

#include <string>
#include <vector>
#include <wx/string.h>

#include "common/ui/field_error_markers.h"
#include "sharing/report_data.h"

class wxButton;
class wxListBox;
class wxSizer;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace knotwork::reports::ui {

// The therapist's assessment in the progress report dialog: facts from the data to insert (never
// typed for them), progress in words, a comment on the goals, new goals or end-of-care criteria
// and the reason care continues or ends. A refusal is shown on its field, the typing kept.
class AssessmentFields {
public:
    // Adds the fields to `fields`, made in `parent`; text wraps to `width`.
    AssessmentFields(wxWindow* parent, wxSizer& fields, int width);

    sharing::AssessmentBlock block() const;
    // The facts of `data` to insert, and a prompt when every goal is met while visits continue.
    void showFacts(const sharing::ProgressReportData& data);
    // Marks the fields `error` names and focuses the first; false when it names none of them.
    bool showProblem(const ValidationError& error);
    // Inserts the chosen fact into the field last typed in (progress at first).
    void insertChosenFact();

    wxTextCtrl& field(const std::string& key) const;
    wxListBox& facts() const { return *m_facts; }
    wxStaticText& chosenFact() const { return *m_chosenFact; }
    wxStaticText& allGoalsMetPrompt() const { return *m_prompt; }
    wxString problemOn(const std::string& key) const { return m_markers.messageFor(key); }

private:
    wxTextCtrl* addField(wxWindow* parent, wxSizer& fields, const wxString& label, const std::string& key, int height);
    void showChosenFact();
    // Lays the scrolling column out again after a line changed its height.
    void relayout();

    int m_width;
    wxListBox* m_facts;
    wxStaticText* m_chosenFact;  // the chosen fact in full: the list is narrower than most
    wxButton* m_insert;
    wxStaticText* m_prompt;
    std::vector<std::pair<std::string, wxTextCtrl*>> m_fields;
    std::vector<wxStaticText*> m_lines;  // each field's problem line
    wxTextCtrl* m_insertInto = nullptr;
    knotwork::ui::FieldErrorMarkers m_markers;
};

} // namespace knotwork::reports::ui
