#pragma once

#include <vector>

#include "clients/provider.h"
#include "clients/ui/rows_editor.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::clients::ui {

class OptionalDateField;
class ProviderDirectory;

// The controls of one care-team row.
struct CareTeamRowControls {
    wxChoice* provider;
    wxChoice* relation;
    OptionalDateField* since;
    wxTextCtrl* reason;
};

// The client's care team as a table: provider from the directory, referring or co-treating,
// since when, and why they referred the client.
class CareTeamEditor : public RecordRowsEditor<CareTeamMember, CareTeamRowControls> {
public:
    CareTeamEditor(wxWindow* parent, FieldErrorMarkers& markers, ProviderDirectory& directory);

    std::vector<CareTeamMember> rows() const override;

private:
    void createRow(std::size_t index) override;

    ProviderDirectory& m_directory;
    std::vector<ProviderId> m_listed;  // what the provider choices list, in their order
};

} // namespace knotwork::clients::ui
