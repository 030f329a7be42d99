#include "common/ui/ellipsized_choice.h"

#include <algorithm>
#include <wx/dcclient.h>

namespace knotwork::ui {

EllipsizedChoice::EllipsizedChoice(wxWindow* parent, const wxArrayString& labels, const wxString& name)
    : wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels, 0, wxDefaultValidator, name),
      m_labels(labels)
{
    int widest = 0;
    for (const wxString& label : m_labels)
        widest = std::max(widest, GetTextExtent(label).x);
    m_margin = std::max(GetBestSize().x - widest, FromDIP(32));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != m_fitWidth)
            CallAfter([this] { fitLabels(); });
    });
    Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        showChosenInTooltip();
        event.Skip();
    });
}

wxString EllipsizedChoice::chosenLabel() const
{
    const int chosen = GetSelection();
    return chosen == wxNOT_FOUND ? wxString() : m_labels[static_cast<std::size_t>(chosen)];
}

void EllipsizedChoice::SetSelection(int index)
{
    wxChoice::SetSelection(index);
    showChosenInTooltip();
}

void EllipsizedChoice::fitLabels()
{
    m_fitWidth = GetSize().x;
    const int textWidth = std::max(m_fitWidth - m_margin, FromDIP(40));
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const wxString shown = wxControl::Ellipsize(m_labels[i], dc, wxELLIPSIZE_END, textWidth);
        if (GetString(static_cast<unsigned>(i)) != shown)
            SetString(static_cast<unsigned>(i), shown);
    }
}

void EllipsizedChoice::showChosenInTooltip()
{
    const wxString chosen = chosenLabel();
    if (chosen.empty())
        UnsetToolTip();
    else
        SetToolTip(chosen);
}

} // namespace knotwork::ui
