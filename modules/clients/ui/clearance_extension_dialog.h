#pragma once

#include "clients/client.h"
#include "clients/screening.h"
#include "common/ui/record_dialog.h"

class wxDatePickerCtrl;
class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// Extends the lapsed clearance the status names, once, to a day at most 90 days ahead, with the
// therapist's reason, which reports print. Opened only when SafetyAssessment::extendableClearanceId
// is set: nothing new was found since the clearance was given.
class ClearanceExtensionDialog : public knotwork::ui::RecordDialog {
public:
    ClearanceExtensionDialog(wxWindow* parent, clients::ClientService& service, clients::ClientId client,
                             const Clearance& lapsed);

private:
    void save() override;

    ClientService& m_service;
    ClientId m_client;
    long long m_clearance;
    wxDatePickerCtrl* m_extendedTo;
    wxTextCtrl* m_reason;
};

} // namespace knotwork::clients::ui
