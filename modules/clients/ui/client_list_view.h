#pragma once

#include <initializer_list>
#include <wx/dataview.h>

#include "clients/ui/client_list_model.h"

namespace knotwork::clients::ui {

inline constexpr int kNarrowestName = 120;  // DIP

// A list of clients over `model` showing `columns` (badges drawn by SafetyBadgeRenderer), the
// same wherever clients are listed. Widths are fixed: measuring a column would read every row.
// In a narrow list the name gives up width (down to kNarrowestName) so the badges stay in view.
wxDataViewCtrl* createClientListView(wxWindow* parent, ClientListModel* model,
                                     std::initializer_list<ClientListModel::Column> columns,
                                     const wxString& name);

} // namespace knotwork::clients::ui
