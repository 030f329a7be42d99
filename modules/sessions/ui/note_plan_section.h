#pragma once

#include "common/ui/choice_checklist.h"
#include "sessions/session_choices.h"
#include "sessions/ui/note_form_section.h"
#include "sessions/ui/optional_choice.h"

class wxCheckBox;
class wxChoice;
class wxStaticBoxSizer;
class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
}

namespace knotwork::sessions::ui {

// P: whether the visit was a treatment or a referral visit; techniques, regions and muscles
// treated, pressure and duration (not for a referral visit: they are kept on screen, greyed, and
// stored empty); home care given, the next visit and any referral, to whom and how.
class NotePlanSection : public NoteFormSection {
public:
    NotePlanSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, Changed changed);

    void load(const SoapNote& note) override;
    void store(SoapNote& note, Validator& problems) const override;
    wxWindow* first() const override;

private:
    void refresh() override;
    NoteKind kind() const;

    wxChoice* m_kind;
    wxStaticBoxSizer* m_treatmentBox;
    knotwork::ui::ChoiceChecklist<Technique>* m_techniques;
    knotwork::ui::ChoiceChecklist<TreatedRegion>* m_regions;
    knotwork::ui::ChoiceChecklist<Muscle>* m_muscles;
    OptionalChoice<clients::PressurePreference>* m_pressure;
    knotwork::ui::NumberField* m_duration;
    knotwork::ui::ChoiceChecklist<HomeCare>* m_homeCare;
    wxTextCtrl* m_homeCareNotes;
    knotwork::ui::NumberField* m_nextVisit;
    wxCheckBox* m_referralMade;
    wxTextCtrl* m_referredTo;
    knotwork::ui::ChoiceChecklist<ReferralMethod>* m_referralMethods;
    wxTextCtrl* m_referralNotes;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::sessions::ui
