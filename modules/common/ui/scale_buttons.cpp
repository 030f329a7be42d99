#include "common/ui/scale_buttons.h"

#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

namespace knotwork::ui {

ScaleButtons::ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low, int high)
    : ScaleButtons(parent, name, anchors, low, numbered(low, high))
{
}

ScaleButtons* ScaleButtons::yesNo(wxWindow* parent, const wxString& name)
{
    return new ScaleButtons(parent, name, wxString(), 0, {{_("No"), "no"}, {_("Yes"), "yes"}});
}

std::vector<ScaleButtons::Option> ScaleButtons::numbered(int low, int high)
{
    std::vector<Option> options;
    for (int score = low; score <= high; ++score)
        options.emplace_back(wxString::Format("%d", score), wxString::Format("%d", score));
    return options;
}

ScaleButtons::ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low,
                           const std::vector<Option>& options)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name), m_low(low)
{
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    int width = FromDIP(34);
    for (const auto& [label, suffix] : options)
        width = std::max(width, GetTextExtent(label).x + FromDIP(20));
    for (const auto& [label, suffix] : options) {
        auto* button = new wxToggleButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                                          wxDefaultValidator, name + "." + suffix);
        button->SetMinSize(wxSize(width, -1));
        button->Bind(wxEVT_TOGGLEBUTTON, &ScaleButtons::onToggle, this);
        row->Add(button, wxSizerFlags().Border(wxRIGHT, FromDIP(2)));
        m_buttons.push_back(button);
    }
    if (!anchors.empty()) {
        auto* hint = new wxStaticText(this, wxID_ANY, anchors);
        hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        row->Add(hint, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    }
    SetSizer(row);
}

void ScaleButtons::setValue(std::optional<int> value)
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->SetValue(value && *value == m_low + static_cast<int>(i));
    showChosen();
}

void ScaleButtons::showChosen()
{
    // Themes draw a pressed toggle button only a shade darker: the chosen score is bold too.
    for (wxToggleButton* button : m_buttons)
        button->SetFont(button->GetValue() ? GetFont().Bold() : GetFont());
}

std::optional<int> ScaleButtons::value() const
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        if (m_buttons[i]->GetValue())
            return m_low + static_cast<int>(i);
    return std::nullopt;
}

wxToggleButton* ScaleButtons::button(int score) const
{
    const int index = score - m_low;
    return index >= 0 && index < static_cast<int>(m_buttons.size()) ? m_buttons[static_cast<std::size_t>(index)]
                                                                      : nullptr;
}

void ScaleButtons::SetFocus()
{
    const std::optional<int> chosen = value();
    button(chosen ? *chosen : m_low)->SetFocus();
}

void ScaleButtons::onToggle(wxCommandEvent& event)
{
    for (wxToggleButton* button : m_buttons)
        if (button != event.GetEventObject())
            button->SetValue(false);
    showChosen();
    event.Skip();  // the form notes the change
}

} // namespace knotwork::ui
