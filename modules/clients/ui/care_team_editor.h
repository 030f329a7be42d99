#pragma once

#include <vector>

#include "clients/provider.h"
#include "common/ui/rows_editor.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::ui {
class OptionalDateField;
}

namespace knotwork::clients::ui {

class ProviderDirectory;

// The controls of one care-team row.
struct CareTeamRowControls {
    wxChoice* provider;
    wxChoice* relation;
    knotwork::ui::OptionalDateField* since;
    wxTextCtrl* reason;
};

// The client's care team as a table: provider from the directory, referring or co-treating,
// since when, and why they referred the client.
class CareTeamEditor : public knotwork::ui::RecordRowsEditor<CareTeamMember, CareTeamRowControls> {
public:
    CareTeamEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, ProviderDirectory& directory);

    std::vector<CareTeamMember> rows() const override;

private:
    void createRow(std::size_t index) override;

    ProviderDirectory& m_directory;
    std::vector<ProviderId> m_listed;  // what the provider choices list, in their order
};

} // namespace knotwork::clients::ui
