#pragma once

#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "common/ui/choice_checklist.h"
#include "sessions/session_choices.h"
#include "sessions/ui/note_form_section.h"
#include "sessions/ui/home_programme_rows.h"
#include "sessions/ui/optional_choice.h"

class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
class ScaleButtons;
}

namespace knotwork::sessions::ui {

// S: the headache diary (since the last visit, or at a first visit the period the client
// reports on) with the medicines taken, triggers, the response to the last treatment, how the
// home programme was kept, sleep, hydration, caffeine and stress, the red-flag re-screen and the client's goal today.
class NoteSubjectiveSection : public NoteFormSection {
public:
    NoteSubjectiveSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, Changed changed);

    void load(const SoapNote& note) override;
    void store(SoapNote& note, Validator& problems) const override;
    // The flags on the client's record: a yes to one not among them is new today.
    void setFlagsOnRecord(const std::set<clients::SafetyIssue>& issues);
    // The client's last signed visit before this one (none at a first visit): the diary period is
    // counted from it, and its home care is what the client says they kept since.
    void setPreviousVisit(const std::optional<SoapNote>& previous);
    // The visit moved: the diary period follows unless the person gave their own (it still
    // shows `before`, what was proposed for the old date).
    void proposeDiaryDays(const std::optional<int>& before, const std::optional<int>& now);
    wxWindow* first() const override;

private:
    void refresh() override;
    std::map<clients::SafetyIssue, bool> rescreenAnswers() const;

    std::set<clients::SafetyIssue> m_onRecord;
    knotwork::ui::NumberField* m_diaryDays;
    knotwork::ui::NumberField* m_headacheDays;
    knotwork::ui::ScaleButtons* m_average;
    knotwork::ui::ScaleButtons* m_worst;
    knotwork::ui::NumberField* m_duration;
    knotwork::ui::NumberField* m_medicationDays;
    wxTextCtrl* m_medicationsTaken;
    knotwork::ui::ChoiceChecklist<clients::HeadacheTrigger>* m_triggers;
    OptionalChoice<TreatmentResponse>* m_response;
    knotwork::ui::NumberField* m_reliefDays;
    knotwork::ui::NumberField* m_sleep;
    OptionalChoice<Rating>* m_hydration;
    knotwork::ui::NumberField* m_caffeine;
    knotwork::ui::ScaleButtons* m_stress;
    std::unique_ptr<HomeProgrammeRows> m_homeProgramme;
    std::vector<std::pair<clients::SafetyIssue, knotwork::ui::ScaleButtons*>> m_rescreen;
    wxStaticText* m_newRedFlags;
    wxTextCtrl* m_goal;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::sessions::ui
