#pragma once

#include <vector>
#include <wx/dialog.h>

#include "clients/client_service.h"
#include "common/notifier.h"

class wxButton;
class wxSearchCtrl;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::clients::ui {

// The care-team directory: every provider the practice works with, searchable, to add or edit
// through ProviderDialog.
class ProvidersDialog : public wxDialog {
public:
    static constexpr int kListed = 500;

    ProvidersDialog(wxWindow* parent, ClientService& service, Notifier& notifier);

private:
    void reload();
    void edit(std::optional<Provider> provider);
    void editSelected();

    ClientService& m_service;
    Notifier& m_notifier;
    std::vector<Provider> m_providers;
    wxSearchCtrl* m_search;
    knotwork::ui::TextTable* m_list;
    wxButton* m_edit;
};

} // namespace knotwork::clients::ui
