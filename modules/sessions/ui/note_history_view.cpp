#include "sessions/ui/note_history_view.h"

#include <wx/intl.h>

namespace knotwork::sessions::ui {

namespace {

struct ColumnLook {
    wxString title;
    int width;  // DIP
    wxAlignment align;
};

ColumnLook look(NoteHistoryModel::Column column)
{
    switch (column) {
    case NoteHistoryModel::VisitDate: return {_("Visit"), 100, wxALIGN_LEFT};
    case NoteHistoryModel::HeadacheDays: return {_("Headache days"), 110, wxALIGN_LEFT};
    case NoteHistoryModel::Intensity: return {_("Avg / worst"), 90, wxALIGN_LEFT};
    case NoteHistoryModel::Rotation: return {_("Rotation L / R"), 110, wxALIGN_LEFT};
    case NoteHistoryModel::Status: return {_("Status"), 150, wxALIGN_LEFT};
    case NoteHistoryModel::Addenda: return {_("Addenda"), 70, wxALIGN_LEFT};
    case NoteHistoryModel::ColumnCount: break;
    }
    return {};
}

} // namespace

wxDataViewCtrl* createNoteHistoryView(wxWindow* parent, NoteHistoryModel* model, const wxString& name)
{
    auto* view = new wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_MULTIPLE | wxDV_ROW_LINES, wxDefaultValidator, name);
    view->AssociateModel(model);
    for (unsigned column = 0; column < NoteHistoryModel::ColumnCount; ++column) {
        const ColumnLook shown = look(static_cast<NoteHistoryModel::Column>(column));
        view->AppendColumn(new wxDataViewColumn(shown.title, new wxDataViewTextRenderer, column,
                                                view->FromDIP(shown.width), shown.align,
                                                wxDATAVIEW_COL_RESIZABLE));
    }
    return view;
}

} // namespace knotwork::sessions::ui
