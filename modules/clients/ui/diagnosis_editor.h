#pragma once

#include <vector>

#include "clients/headache_profile.h"
#include "common/ui/rows_editor.h"
#include "common/validator.h"

class wxChoice;
class wxComboBox;
class wxTextCtrl;

namespace knotwork::ui {
class OptionalDateField;
}

namespace knotwork::clients::ui {

class ProviderDirectory;

// The controls of one diagnosis row.
struct DiagnosisRowControls {
    wxChoice* type;
    wxComboBox* provider;
    knotwork::ui::OptionalDateField* date;
    wxTextCtrl* icd10;
    wxTextCtrl* notes;
};

// A row of the table: a diagnosis whose type stays unchosen in a new row until the person picks
// the one the provider made.
struct DiagnosisRow {
    Diagnosis diagnosis;
    bool typeChosen = false;
};

// The diagnoses on file as a table: the headache type a provider diagnosed, who (from the
// directory, or a name typed in) and when. With no rows it says the client is not diagnosed and
// should be referred: Knotwork records a diagnosis, it never suggests one, so a new row starts
// with no type chosen.
class DiagnosisEditor : public knotwork::ui::RecordRowsEditor<DiagnosisRow, DiagnosisRowControls> {
public:
    DiagnosisEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, ProviderDirectory& directory);

    void loadDiagnoses(const std::vector<Diagnosis>& diagnoses);
    // The diagnoses the rows show, one per row in order. A row with no type chosen is a problem
    // ("diagnoses[i].type", "required"); it keeps its place in the list (with no meaning of its
    // own) so that the rows after it keep their numbers.
    std::vector<Diagnosis> diagnoses(Validator& problems) const;

    std::vector<DiagnosisRow> rows() const override;

private:
    void createRow(std::size_t index) override;

    ProviderDirectory& m_directory;
};

} // namespace knotwork::clients::ui
