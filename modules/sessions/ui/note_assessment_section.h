#pragma once

#include "sessions/session_choices.h"
#include "sessions/ui/note_form_section.h"
#include "sessions/ui/optional_choice.h"

class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class ScaleButtons;
}

namespace knotwork::sessions::ui {

// A: pain before and after treatment, tolerance to pressure, and the before → after changes of
// pain and range of motion, computed as the therapist types.
class NoteAssessmentSection : public NoteFormSection {
public:
    NoteAssessmentSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, Changed changed);

    void load(const SoapNote& note) override;
    void store(SoapNote& note, Validator& problems) const override;
    // Shows the changes computed from the whole note as it stands.
    void showChanges(const SoapNote& note);
    wxWindow* first() const override;

private:
    knotwork::ui::ScaleButtons* m_painBefore;
    knotwork::ui::ScaleButtons* m_painAfter;
    OptionalChoice<Rating>* m_tolerance;
    wxStaticText* m_changes;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::sessions::ui
