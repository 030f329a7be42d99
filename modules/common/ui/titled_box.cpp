#include "common/ui/titled_box.h"

#include <wx/sizer.h>
#include <wx/statbox.h>

namespace knotwork::ui {
namespace {

class TitledBox : public wxStaticBox {
public:
    TitledBox(wxWindow* parent, const wxString& title) : wxStaticBox(parent, wxID_ANY, title) {}

protected:
#ifdef __WXGTK__
    bool GTKWidgetNeedsMnemonic() const override { return false; }
#endif
};

} // namespace

wxStaticBoxSizer* titledBox(wxWindow* parent, const wxString& title)
{
    return new wxStaticBoxSizer(new TitledBox(parent, title), wxVERTICAL);
}

} // namespace knotwork::ui
