#pragma once

#include <memory>

#include "clients/ui/intake_section.h"

class wxWindow;

namespace knotwork::ui {
class FieldErrorMarkers;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

class CareTeamEditor;
class DiagnosisEditor;
class ProviderDirectory;

// The care team (referring and co-treating providers) and the diagnoses on file.
class IntakeCareSection : public IntakeSection {
public:
    IntakeCareSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, ClientService& service);
    ~IntakeCareSection() override;

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    void addNewProvider();

    wxWindow* m_parent;
    ClientService& m_service;
    std::unique_ptr<ProviderDirectory> m_directory;
    std::unique_ptr<CareTeamEditor> m_careTeam;
    std::unique_ptr<DiagnosisEditor> m_diagnoses;
};

} // namespace knotwork::clients::ui
