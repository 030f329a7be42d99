#pragma once

#include <vector>

#include "clients/headache_profile.h"
#include "common/ui/rows_editor.h"

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
    wxTextCtrl* notes;
};

// The diagnoses on file as a table: the headache type a provider diagnosed, who (from the
// directory, or a name typed in) and when. With no rows it says the client is not diagnosed and
// should be referred: Knotwork records a diagnosis, it never suggests one.
class DiagnosisEditor : public knotwork::ui::RecordRowsEditor<Diagnosis, DiagnosisRowControls> {
public:
    DiagnosisEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, ProviderDirectory& directory);

    std::vector<Diagnosis> rows() const override;

private:
    void createRow(std::size_t index) override;

    ProviderDirectory& m_directory;
};

} // namespace knotwork::clients::ui
