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
                       {{_("Headache type"), 0}, {_("Diagnosed by"), 3}, {_("Date"), 0}, {_("Notes"), 2}},
                       _("Not diagnosed — refer to a provider."), _("Add &diagnosis on file")),
      m_directory(directory)
{
    // Rows name providers by their label, which a reload keeps.
    m_directory.onChange([this] { refresh(); });
}

void DiagnosisEditor::createRow(std::size_t index)
{
    const Diagnosis& diagnosis = rowAt(index);
    DiagnosisRowControls row{};
    row.type = new wxChoice(parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<HeadacheType>(), 0,
                            wxDefaultValidator, cellName(index, "type"));
    row.type->SetSelection(choiceIndex(diagnosis.type));
    addCell(index, row.type, "type");

    wxString by = knotwork::ui::toWx(diagnosis.diagnosedBy);
    if (diagnosis.providerId)
        if (const auto at = m_directory.indexOf(*diagnosis.providerId))
            by = providerLabel(m_directory.providers()[*at]);
    row.provider = new wxComboBox(parent(), wxID_ANY, by, wxDefaultPosition, wxDefaultSize, m_directory.labels(),
                                  wxCB_DROPDOWN, wxDefaultValidator, cellName(index, "provider_id"));
    row.provider->SetMinSize(wxSize(parent()->FromDIP(180), -1));
    row.provider->SetToolTip(_("Choose a provider from the directory, or type the name of one who is not in it."));
    addCell(index, row.provider, "provider_id");
    markOnCell(index, "diagnosed_by", "provider_id");

    row.date = new OptionalDateField(parent(), cellName(index, "diagnosed_on"), _("Known"));
    row.date->setDate(diagnosis.diagnosedOn);
    addCell(index, row.date, "diagnosed_on");

    row.notes = new wxTextCtrl(parent(), wxID_ANY, knotwork::ui::toWx(diagnosis.notes), wxDefaultPosition,
                               wxDefaultSize, 0, wxDefaultValidator, cellName(index, "notes"));
    addCell(index, row.notes, "notes");
    m_controls.push_back(row);
}

std::vector<Diagnosis> DiagnosisEditor::rows() const
{
    std::vector<Diagnosis> diagnoses;
    for (const DiagnosisRowControls& row : m_controls) {
        Diagnosis diagnosis;
        diagnosis.type = choiceAt<HeadacheType>(row.type->GetSelection());
        const wxString by = row.provider->GetValue();
        if (const auto at = m_directory.find(by))
            diagnosis.providerId = m_directory.providers()[*at].id;
        else
            diagnosis.diagnosedBy = knotwork::ui::toUtf8(by.Strip(wxString::both));
        diagnosis.diagnosedOn = row.date->date();
        diagnosis.notes = trimmedText(*row.notes);
        diagnoses.push_back(diagnosis);
    }
    return diagnoses;
}

} // namespace knotwork::clients::ui
