#pragma once

#include <vector>

#include "clients/client.h"
#include "clients/screening.h"
#include "common/ui/record_dialog.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// Takes a flag off the client's record with its reason ("entered in error", "resolved, confirmed
// by a provider") and the details: the one way besides a clearance to lift a flag. Kept in the
// chart, the audit trail and the reports.
class WithdrawFlagDialog : public knotwork::ui::RecordDialog {
public:
    WithdrawFlagDialog(wxWindow* parent, clients::ClientService& service, clients::ClientId client);

private:
    void save() override;

    ClientService& m_service;
    ClientId m_client;
    std::vector<SafetyIssue> m_flags;  // on record, in the order the choice lists them
    wxChoice* m_flag;
    wxChoice* m_reason;
    wxTextCtrl* m_details;
};

} // namespace knotwork::clients::ui
