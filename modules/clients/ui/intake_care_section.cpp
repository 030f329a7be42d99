#include "clients/ui/intake_care_section.h"

#include <wx/button.h>
#include <wx/sizer.h>

#include "clients/client_service.h"
#include "clients/ui/care_team_editor.h"
#include "clients/ui/diagnosis_editor.h"
#include "common/ui/form_grid.h"
#include "clients/ui/provider_dialog.h"
#include "clients/ui/provider_directory.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

IntakeCareSection::IntakeCareSection(wxWindow* parent, FieldErrorMarkers& markers, ClientService& service)
    : IntakeSection(parent),
      m_parent(parent),
      m_service(service),
      m_directory(std::make_unique<ProviderDirectory>(service.providers()))
{
    FormGrid team(parent, _("Care team"), markers);
    m_careTeam = std::make_unique<CareTeamEditor>(team.parent(), markers, *m_directory);
    auto* newProvider = new wxButton(team.parent(), wxID_ANY, _("&New provider…"), wxDefaultPosition, wxDefaultSize,
                                     0, wxDefaultValidator, "care_team.new_provider");
    newProvider->SetToolTip(_("Add a provider to the directory and to this client's care team."));
    newProvider->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addNewProvider(); });
    m_careTeam->buttonRow()->Add(newProvider, wxSizerFlags().Border(wxLEFT, relatedGap(*parent)));
    team.addWide(m_careTeam->sizer());

    FormGrid diagnoses(parent, _("Diagnosis on file"), markers);
    m_diagnoses = std::make_unique<DiagnosisEditor>(diagnoses.parent(), markers, *m_directory);
    diagnoses.addWide(m_diagnoses->sizer());
    diagnoses.addNote(_("Record only a diagnosis a provider has made: Knotwork never suggests one."));

    addBox(team.sizer());
    addBox(diagnoses.sizer());
}

IntakeCareSection::~IntakeCareSection() = default;

void IntakeCareSection::load(const IntakeRecord& record)
{
    m_careTeam->load(record.careTeam);
    m_diagnoses->loadDiagnoses(record.diagnoses);
}

void IntakeCareSection::store(IntakeRecord& record, Validator& problems) const
{
    record.careTeam = m_careTeam->rows();
    record.diagnoses = m_diagnoses->diagnoses(problems);
}

void IntakeCareSection::addNewProvider()
{
    ProviderDialog dialog(wxGetTopLevelParent(m_parent), m_service, std::nullopt);
    if (dialog.ShowModal() != wxID_OK)
        return;
    m_directory->reload();
    CareTeamMember member;
    member.providerId = dialog.savedProviderId();
    m_careTeam->append(member);
}

} // namespace knotwork::clients::ui
