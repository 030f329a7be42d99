#include "clients/ui/diagnosis_editor.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>

#include "common/ui/choice_controls.h"
#include "common/ui/form_grid.h"
#include "common/ui/optional_date_field.h"
#include "clients/ui/provider_directory.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

DiagnosisEditor::DiagnosisEditor(wxWindow* parent, FieldErrorMarkers& markers, ProviderDirectory& directory)
    : RecordRowsEditor(parent, markers, "diagnoses",
                       {{_("Headache type"), 0}, {_("Diagnosed by"), 3}, {_("Date"), 0}, {_("ICD-10"), 0}, {_("Notes"), 2}},
                       _("Not diagnosed — refer to a provider."), _("Add &diagnosis on file")),
      m_directory(directory)
{
    nameRows(_("Diagnosis %d"));
    // Rows name providers by their label, which a reload keeps.
    m_directory.onChange([this] { refresh(); });
}

void DiagnosisEditor::loadDiagnoses(const std::vector<Diagnosis>& diagnoses)
{
    std::vector<DiagnosisRow> rows;
    for (const Diagnosis& diagnosis : diagnoses)
        rows.push_back({diagnosis, true});
    load(rows);
}

void DiagnosisEditor::createRow(std::size_t index)
{
    const DiagnosisRow& shown = rowAt(index);
    const Diagnosis& diagnosis = shown.diagnosis;
    DiagnosisRowControls row{};
    row.type = new wxChoice(parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<HeadacheType>(), 0,
                            wxDefaultValidator, cellName(index, "type"));
    row.type->SetSelection(shown.typeChosen ? choiceIndex(diagnosis.type) : wxNOT_FOUND);
    row.type->SetToolTip(_("The headache type the provider diagnosed"));
    addCell(index, row.type, "type");

    wxString by = knotwork::ui::toWx(diagnosis.diagnosedBy);
    if (diagnosis.providerId)
        if (const auto at = m_directory.indexOf(*diagnosis.providerId))
            by = m_directory.shownName(*at);
    row.provider = new wxComboBox(parent(), wxID_ANY, by, wxDefaultPosition, wxDefaultSize, m_directory.labels(),
                                  wxCB_DROPDOWN, wxDefaultValidator, cellName(index, "provider_id"));
    row.provider->SetMinSize(wxSize(parent()->FromDIP(160), -1));
    showProvidersByName(*row.provider, m_directory,
                        _("Choose a provider from the directory, or type the name of one who is not in it."));
    addCell(index, row.provider, "provider_id");
    markOnCell(index, "diagnosed_by", "provider_id");

    row.date = new OptionalDateField(parent(), cellName(index, "diagnosed_on"), _("Known"));
    row.date->setDate(diagnosis.diagnosedOn);
    addCell(index, row.date, "diagnosed_on");

    row.icd10 = new wxTextCtrl(parent(), wxID_ANY, knotwork::ui::toWx(diagnosis.icd10Code), wxDefaultPosition,
                               wxSize(parent()->FromDIP(72), -1), 0, wxDefaultValidator, cellName(index, "icd10_code"));
    row.icd10->SetToolTip(_("The ICD-10 code as the provider wrote it, for a superbill. Copy it; never choose one."));
    addCell(index, row.icd10, "icd10_code");

    row.notes = new wxTextCtrl(parent(), wxID_ANY, knotwork::ui::toWx(diagnosis.notes), wxDefaultPosition,
                               wxDefaultSize, 0, wxDefaultValidator, cellName(index, "notes"));
    addCell(index, row.notes, "notes");
    m_controls.push_back(row);
}

std::vector<DiagnosisRow> DiagnosisEditor::rows() const
{
    std::vector<DiagnosisRow> rows;
    for (const DiagnosisRowControls& row : m_controls) {
        DiagnosisRow shown;
        const int type = row.type->GetSelection();
        shown.typeChosen = type != wxNOT_FOUND;
        if (shown.typeChosen)
            shown.diagnosis.type = choiceAt<HeadacheType>(type);
        const wxString by = row.provider->GetValue();
        if (const auto at = m_directory.find(by))
            shown.diagnosis.providerId = m_directory.providers()[*at].id;
        else
            shown.diagnosis.diagnosedBy = knotwork::ui::toUtf8(by.Strip(wxString::both));
        shown.diagnosis.diagnosedOn = row.date->date();
        shown.diagnosis.icd10Code = knotwork::ui::toUtf8(row.icd10->GetValue().Strip(wxString::both).Upper());
        shown.diagnosis.notes = trimmedText(*row.notes);
        rows.push_back(shown);
    }
    return rows;
}

std::vector<Diagnosis> DiagnosisEditor::diagnoses(Validator& problems) const
{
    std::vector<Diagnosis> diagnoses;
    for (const DiagnosisRow& row : rows()) {
        if (!row.typeChosen)
            problems.add(knotwork::ui::toUtf8(cellName(diagnoses.size(), "type")), "required",
                         knotwork::ui::toUtf8(_("Choose the headache type.")));
        diagnoses.push_back(row.diagnosis);
    }
    return diagnoses;
}

} // namespace knotwork::clients::ui
