#include "clients/ui/client_list_view.h"

#include <algorithm>
#include <vector>

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
        if (column != ClientListModel::Safety)
            renderer->EnableEllipsize(wxELLIPSIZE_END);  // "Campbell, Daniel…" in a narrow list
        view->AppendColumn(new wxDataViewColumn(shown.title, renderer, column, view->FromDIP(shown.width),
                                                wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE));
    }
    const std::vector<ClientListModel::Column> shown(columns);
    if (shown.size() >= 3 && shown[0] == ClientListModel::Name && shown[1] == ClientListModel::Safety) {
        view->Bind(wxEVT_SIZE, [view, third = shown[2]](wxSizeEvent& event) {
            event.Skip();
            // GTK's scroll bars float over the rows: the columns may take the whole width. The
            // name takes what the badge leaves, unless the next column fits whole.
            const int room = event.GetSize().x - view->FromDIP(look(ClientListModel::Safety).width + 2);
            const int usual = view->FromDIP(look(ClientListModel::Name).width);
            const int name = room - usual >= view->FromDIP(look(third).width)
                               ? usual
                               : std::max(room, view->FromDIP(kNarrowestName));
            if (view->GetColumn(0)->GetWidth() != name)
                view->GetColumn(0)->SetWidth(name);
        });
    }
    return view;
}

} // namespace knotwork::clients::ui
