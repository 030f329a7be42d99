#pragma once

#include <optional>

#include "clients/provider.h"
#include "common/ui/record_dialog.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// Adds a provider to the care-team directory or edits one: name, role, clinic and how to reach
// them.
class ProviderDialog : public knotwork::ui::RecordDialog {
public:
    ProviderDialog(wxWindow* parent, clients::ClientService& service,
                   std::optional<clients::Provider> existing);

    clients::ProviderId savedProviderId() const { return m_savedId; }

private:
    void save() override;

    ClientService& m_service;
    Provider m_provider;
    ProviderId m_savedId = 0;
    wxTextCtrl* m_name;
    wxChoice* m_role;
    wxTextCtrl* m_clinic;
    wxTextCtrl* m_phone;
    wxTextCtrl* m_email;
    wxTextCtrl* m_fax;
    wxTextCtrl* m_address;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::clients::ui
