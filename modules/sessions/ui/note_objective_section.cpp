#include "sessions/ui/note_objective_section.h"

#include <wx/sizer.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/choice_text.h"
#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"
#include "sessions/note_rules.h"
#include "sessions/ui/palpation_editor.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;
using knotwork::ui::toWx;

namespace {

std::string romKey(RomDirection direction, const char* when)
{
    return "objective.rom." + std::string(keyOf(direction)) + "." + when;
}

wxString cfrtText(const CfrtSide& side)
{
    return side.restricted() ? _("restricted") : _("not restricted");
}

} // namespace

NoteObjectiveSection::NoteObjectiveSection(wxWindow* parent, FieldErrorMarkers& markers, Changed changed)
    : NoteFormSection(parent, std::move(changed))
{
    FormGrid posture(parent, _("O \u2014 Posture"), markers);
    wxWindow* box = posture.parent();
    m_posture = new ChoiceChecklist<clients::PosturePattern>(box, "objective.posture", 3);
    posture.add(_("&Posture"), m_posture, FieldWidth::Full);
    m_postureNotes = posture.addText(_("Posture n&otes"), "objective.posture_notes");
    addBox(posture);

    FormGrid rom(parent, _("O \u2014 Cervical active range of motion"), markers);
    box = rom.parent();
    m_romInstrument = new OptionalChoice<RomInstrument>(box, "objective.rom_instrument");
    rom.add(_("Measured &with"), m_romInstrument, FieldWidth::Natural);
    for (const auto& choice : choices<RomDirection>()) {
        const RomLimits limits = romLimits(choice.value);
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        const std::string before = romKey(choice.value, "before");
        const std::string after = romKey(choice.value, "after");
        RomFields fields{new NumberField(box, before, {0, double(limits.highest), 1, 0}, _("° before")),
                         new NumberField(box, after, {0, double(limits.highest), 1, 0}, _("° after"))};
        row->Add(fields.before, wxSizerFlags().CenterVertical());
        row->AddSpacer(groupGap(*box));
        row->Add(fields.after, wxSizerFlags().CenterVertical());
        row->AddSpacer(groupGap(*box));
        auto* typical = new wxStaticText(box, wxID_ANY, wxString::Format(_("0–%d, typical %d°"), limits.highest, limits.typical));
        typical->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        row->Add(typical, wxSizerFlags().CenterVertical());
        rom.add(labelText(choice.value), row, fields.before, before);
        // The label names the first field; the second says it too: "Flexion, ° after".
        knotwork::ui::nameField(*fields.after, labelText(choice.value));
        markers.addAlias(after, before);
        watch(fields.before);
        watch(fields.after);
        m_rom[choice.value] = fields;
    }
    auto* cfrt = new wxBoxSizer(wxHORIZONTAL);
    m_cfrtLeft = new NumberField(box, "objective.cfrt_left", {0, kCfrtHighest, 1, 0}, _("° left"));
    m_cfrtRight = new NumberField(box, "objective.cfrt_right", {0, kCfrtHighest, 1, 0}, _("° right"));
    m_cfrtResult = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                    "objective.cfrt_result");
    cfrt->Add(m_cfrtLeft, wxSizerFlags().CenterVertical());
    cfrt->AddSpacer(groupGap(*box));
    cfrt->Add(m_cfrtRight, wxSizerFlags().CenterVertical());
    cfrt->AddSpacer(groupGap(*box));
    cfrt->Add(m_cfrtResult, wxSizerFlags().CenterVertical());
    rom.add(_("Flexion-rotation &test"), cfrt, m_cfrtLeft, "objective.cfrt_left");
    knotwork::ui::nameField(*m_cfrtRight, wxStripMenuCodes(_("Flexion-rotation &test")));
    markers.addAlias("objective.cfrt_right", "objective.cfrt_left");
    rom.addNote(_("Flexion-rotation test: about 44° each way without symptoms; restricted at the practice's "
                  "cut-off (30° or 32°) or less, or 10° or more below the other side."));
    watch(m_cfrtLeft);
    watch(m_cfrtRight);
    addBox(rom);

    FormGrid palpation(parent, _("O \u2014 Palpation"), markers);
    box = palpation.parent();
    m_palpation = new PalpationEditor(box);
    palpation.addWide(m_palpation);
    m_palpation->onChanged([this] { reportChange("objective.palpation"); });
    m_notes = palpation.addMultiLine(_("Objective no&tes"), "objective.notes", 2);
    addBox(palpation);
}

wxWindow* NoteObjectiveSection::first() const
{
    return m_posture;
}

void NoteObjectiveSection::load(const SoapNote& note)
{
    const Objective& o = note.objective;
    m_posture->setValues(o.posture);
    m_postureNotes->ChangeValue(toWx(o.postureNotes));
    m_romInstrument->setValue(o.romInstrument);
    for (auto& [direction, fields] : m_rom) {
        const auto measure = o.rom.find(direction);
        const RomMeasure value = measure == o.rom.end() ? RomMeasure{} : measure->second;
        fields.before->setValue(value.before ? std::optional<double>(*value.before) : std::nullopt);
        fields.after->setValue(value.after ? std::optional<double>(*value.after) : std::nullopt);
    }
    m_cfrtLeft->setValue(o.cfrtLeft ? std::optional<double>(*o.cfrtLeft) : std::nullopt);
    m_cfrtRight->setValue(o.cfrtRight ? std::optional<double>(*o.cfrtRight) : std::nullopt);
    m_cfrtCutoff = cfrtCutoffOf(o);
    m_palpation->setFindings(o.palpation);
    m_palpation->setCarriedForward(note.carriedForward.contains("objective.palpation"));
    m_notes->ChangeValue(toWx(o.notes));
    refresh();
}

void NoteObjectiveSection::store(SoapNote& note, Validator& problems) const
{
    Objective& o = note.objective;
    o.posture = m_posture->values();
    o.postureNotes = trimmedText(*m_postureNotes);
    o.romInstrument = m_romInstrument->value();
    o.rom.clear();
    for (const auto& [direction, fields] : m_rom) {
        RomMeasure measure{fields.before->readWhole(problems),
                           fields.after->readWhole(problems)};
        if (measure != RomMeasure{})
            o.rom[direction] = measure;
    }
    o.cfrtLeft = m_cfrtLeft->readWhole(problems);
    o.cfrtRight = m_cfrtRight->readWhole(problems);
    o.palpation = m_palpation->findings();
    o.notes = typedText(*m_notes);
}

void NoteObjectiveSection::refresh()
{
    Validator ignored;
    const auto left = m_cfrtLeft->readWhole(ignored);
    const auto right = m_cfrtRight->readWhole(ignored);
    const CfrtResult cfrt = assessCfrt(left, right, m_cfrtCutoff);
    wxString result;
    if (left)
        result += wxString::Format(_("left %s"), cfrtText(cfrt.left));
    if (right)
        result += (result.empty() ? wxString() : wxString(", ")) + wxString::Format(_("right %s"), cfrtText(cfrt.right));
    if (cfrt.difference)
        result += wxString::Format(_(" \u00b7 %d\u00b0 apart"), *cfrt.difference);
    m_cfrtResult->SetLabel(result);
    m_cfrtResult->SetToolTip(wxString::Format(_("Restricted: %d\u00b0 or less (the practice's cut-off), or %d\u00b0 or "
                                                "more below the other side."),
                                              m_cfrtCutoff, kCfrtMeaningfulDifference));
}

} // namespace knotwork::sessions::ui
