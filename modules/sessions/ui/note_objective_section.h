#pragma once

#include <map>

#include "common/ui/choice_checklist.h"
#include "sessions/note_rules.h"
#include "sessions/session_choices.h"
#include "sessions/ui/note_form_section.h"
#include "sessions/ui/optional_choice.h"

class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
}

namespace knotwork::sessions::ui {

class PalpationEditor;

// O: posture, cervical active range of motion before and after treatment with the typical adult
// range beside each direction, the flexion-rotation test, and palpation on the body chart.
class NoteObjectiveSection : public NoteFormSection {
public:
    NoteObjectiveSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, Changed changed);

    void load(const SoapNote& note) override;
    void store(SoapNote& note, Validator& problems) const override;
    wxWindow* first() const override;
    PalpationEditor* palpation() const { return m_palpation; }

private:
    void refresh() override;

    knotwork::ui::ChoiceChecklist<clients::PosturePattern>* m_posture;
    wxTextCtrl* m_postureNotes;
    OptionalChoice<RomInstrument>* m_romInstrument;
    struct RomFields {
        knotwork::ui::NumberField* before;
        knotwork::ui::NumberField* after;
    };
    std::map<RomDirection, RomFields> m_rom;
    knotwork::ui::NumberField* m_cfrtLeft;
    knotwork::ui::NumberField* m_cfrtRight;
    wxStaticText* m_cfrtResult;
    int m_cfrtCutoff = kCfrtDefaultCutoff;  // the loaded note's (note_rules.h)
    PalpationEditor* m_palpation;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::sessions::ui
