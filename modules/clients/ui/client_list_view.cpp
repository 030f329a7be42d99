#include "clients/ui/client_list_view.h"

#include "clients/ui/safety_badge_renderer.h"

namespace knotwork::clients::ui {

namespace {

struct ColumnLook {
    wxString title;
    int width;  // DIP
};

ColumnLook look(ClientListModel::Column column)
{
    switch (column) {
    case ClientListModel::Name: return {_("Name"), 200};
    case ClientListModel::Safety: return {_("Safety"), 200};
    case ClientListModel::Phone: return {_("Phone"), 140};
    case ClientListModel::Email: return {_("Email"), 230};
    case ClientListModel::LastVisit: return {_("Last visit"), 100};
    case ClientListModel::ColumnCount: break;
    }
    return {};
}

} // namespace

wxDataViewCtrl* createClientListView(wxWindow* parent, ClientListModel* model,
                                     std::initializer_list<ClientListModel::Column> columns,
                                     const wxString& name)
{
    auto* view = new wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_SINGLE | wxDV_ROW_LINES, wxDefaultValidator, name);
    view->AssociateModel(model);
    for (const ClientListModel::Column column : columns) {
        const ColumnLook shown = look(column);
        wxDataViewRenderer* renderer = column == ClientListModel::Safety
                                           ? static_cast<wxDataViewRenderer*>(new SafetyBadgeRenderer)
                                           : new wxDataViewTextRenderer;
        view->AppendColumn(new wxDataViewColumn(shown.title, renderer, column, view->FromDIP(shown.width),
                                                wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE));
    }
    return view;
}

} // namespace knotwork::clients::ui
