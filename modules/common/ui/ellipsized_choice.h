#pragma once

#include <wx/arrstr.h>
#include <wx/choice.h>

namespace knotwork::ui {

// A drop-down list of long labels ("Amélie Côté, pht (Physical therapist, Clinique du Plateau)")
// in a column narrower than they are: each label is shortened with "…" to the width the control
// is given, instead of being cut off by it (GTK cuts the text and the arrow), and the chosen one
// is whole in the tooltip. Items are chosen by their index, as in any wxChoice.
class EllipsizedChoice : public wxChoice {
public:
    EllipsizedChoice(wxWindow* parent, const wxArrayString& labels, const wxString& name);

    // The chosen label as it was given, not shortened; empty with nothing chosen.
    wxString chosenLabel() const;
    void SetSelection(int index) override;

private:
    void fitLabels();
    void showChosenInTooltip();

    wxArrayString m_labels;
    int m_margin = 0;    // the control's width beyond its text: padding and arrow
    int m_fitWidth = 0;  // the width the labels were last shortened to
};

} // namespace knotwork::ui
