#pragma once

#include <memory>

#include "clients/client.h"
#include "clients/screening.h"
#include "common/ui/record_dialog.h"

class wxComboBox;
class wxDatePickerCtrl;
class wxFilePickerCtrl;
class wxTextCtrl;

namespace knotwork::ui {
class OptionalDateField;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

class ProviderDirectory;

// Records a provider's medical clearance for the issues open now: who gave it, when, on what
// conditions, until when, and the scanned letter, which is copied into the practice.
class ClearanceDialog : public knotwork::ui::RecordDialog {
public:
    ClearanceDialog(wxWindow* parent, clients::ClientService& service, clients::ClientId client);
    ~ClearanceDialog() override;

    const SafetyAssessment& assessmentBefore() const { return m_before; }

private:
    void save() override;

    ClientService& m_service;
    ClientId m_client;
    SafetyAssessment m_before;
    std::unique_ptr<ProviderDirectory> m_directory;
    wxComboBox* m_provider;
    wxDatePickerCtrl* m_clearedOn;
    wxTextCtrl* m_conditions;
    knotwork::ui::OptionalDateField* m_expiresOn;
    wxFilePickerCtrl* m_letter;
};

} // namespace knotwork::clients::ui
