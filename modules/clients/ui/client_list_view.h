#pragma once

#include <initializer_list>
#include <wx/dataview.h>

#include "clients/ui/client_list_model.h"

namespace knotwork::clients::ui {

// A list of clients over `model` showing `columns` (badges drawn by SafetyBadgeRenderer), the
// same wherever clients are listed. Widths are fixed: measuring a column would read every row.
wxDataViewCtrl* createClientListView(wxWindow* parent, ClientListModel* model,
                                     std::initializer_list<ClientListModel::Column> columns,
                                     const wxString& name);

} // namespace knotwork::clients::ui
