#include "app/gui/today_warning_panel.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "common/ui/titled_box.h"

namespace knotwork::gui {

namespace {
constexpr int kTextWidth = 560;
}

TodayWarningPanel::TodayWarningPanel(wxWindow* parent, const wxString& name, const wxString& title,
                                     const wxArtID& icon)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    wxStaticBoxSizer* box = ui::titledBox(this, title);
    auto* picture = new wxStaticBitmap(box->GetStaticBox(), wxID_ANY,
                                       wxArtProvider::GetBitmapBundle(icon, wxART_MESSAGE_BOX));
    m_text = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                              name + ".text");
    m_buttons = new wxBoxSizer(wxHORIZONTAL);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_text);
    column->AddSpacer(FromDIP(8));
    column->Add(m_buttons);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(picture, wxSizerFlags().Border(wxRIGHT, FromDIP(12)));
    row->Add(column, wxSizerFlags(1));
    box->Add(row, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    SetSizer(box);
}

wxButton* TodayWarningPanel::addButton(const wxString& label, const wxString& buttonName, const wxString& tooltip,
                                       std::function<void()> action)
{
    wxWindow* inside = m_text->GetParent();
    auto* button = new wxButton(inside, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                GetName() + "." + buttonName);
    if (!tooltip.empty())
        button->SetToolTip(tooltip);
    button->Bind(wxEVT_BUTTON, [run = std::move(action)](wxCommandEvent&) { run(); });
    m_buttons->Add(button, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    return button;
}

void TodayWarningPanel::warn(const wxString& warning)
{
    m_warning = !warning.empty();
    m_text->SetLabel(warning);
    m_text->Wrap(FromDIP(kTextWidth));
    Layout();
}

wxString TodayWarningPanel::text() const
{
    return m_text->GetLabel();
}

} // namespace knotwork::gui
