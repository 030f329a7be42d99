#include "common/ui/empty_state_panel.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/icons.h"
#include "common/ui/spacing.h"

namespace knotwork::ui {

namespace {
constexpr int kIconSize = 64;
constexpr int kTextWidth = 440;
using knotwork::ui::kWindowMargin;
}

EmptyStatePanel::EmptyStatePanel(wxWindow* parent, const EmptyState& state, const wxString& name)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL | wxVSCROLL, name)
{
    SetScrollRate(0, FromDIP(10));
    // Without buttons the panel itself takes the focus: a reader then says what it shows.
    setAccessibleName(*this, state.title);
    setAccessibleDescription(*this, state.explanation);
    auto* column = new wxBoxSizer(wxVERTICAL);
    const wxSizerFlags centred = wxSizerFlags().Center().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin));

    column->AddStretchSpacer(2);
    column->Add(new wxStaticBitmap(this, wxID_ANY, icon(state.iconName, kIconSize)), centred);
    column->AddSpacer(FromDIP(16));

    m_titleText = state.title;
    m_explanationText = state.explanation;
    m_title = new wxStaticText(this, wxID_ANY, state.title, wxDefaultPosition, wxDefaultSize,
                               wxALIGN_CENTRE_HORIZONTAL);
    m_title->SetFont(GetFont().Scaled(1.5f).Bold());
    column->Add(m_title, centred);
    column->AddSpacer(FromDIP(8));

    m_explanation = new wxStaticText(this, wxID_ANY, state.explanation, wxDefaultPosition,
                                     wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    column->Add(m_explanation, centred);

    if (state.action || state.secondaryAction) {
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        for (const auto& [label, action] : {std::pair{state.actionLabel, state.action},
                                            std::pair{state.secondaryLabel, state.secondaryAction}}) {
            if (!action)
                continue;
            auto* button = new wxButton(this, wxID_ANY, label);
            button->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
            buttons->Add(button, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(4)));
        }
        column->AddSpacer(FromDIP(16));
        column->Add(buttons, centred);
    }
    column->AddStretchSpacer(3);
    SetSizer(column);
    wrapTexts(FromDIP(kTextWidth));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapTexts(std::min(FromDIP(kTextWidth), GetClientSize().x - 2 * FromDIP(kWindowMargin)));
        event.Skip();
    });
}

void EmptyStatePanel::wrapTexts(int width)
{
    // The whole line on a wide pane, a few lines on a narrow one: never cut off at the edge.
    if (width <= 0 || width == m_wrappedTo)
        return;
    m_wrappedTo = width;
    for (auto [text, whole] : {std::pair{m_title, &m_titleText}, std::pair{m_explanation, &m_explanationText}}) {
        text->SetLabel(*whole);
        text->Wrap(width);
    }
    FitInside();
    Layout();
}

} // namespace knotwork::ui
