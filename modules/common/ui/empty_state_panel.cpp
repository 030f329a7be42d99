#include "common/ui/empty_state_panel.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "common/ui/icons.h"

namespace knotwork::ui {

namespace {
constexpr int kIconSize = 64;
constexpr int kTextWidth = 440;
}

EmptyStatePanel::EmptyStatePanel(wxWindow* parent, const EmptyState& state, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    auto* column = new wxBoxSizer(wxVERTICAL);
    const wxSizerFlags centred = wxSizerFlags().Center();

    column->AddStretchSpacer(2);
    column->Add(new wxStaticBitmap(this, wxID_ANY, icon(state.iconName, kIconSize)), centred);
    column->AddSpacer(FromDIP(16));

    auto* title = new wxStaticText(this, wxID_ANY, state.title);
    title->SetFont(GetFont().Scaled(1.5f).Bold());
    column->Add(title, centred);
    column->AddSpacer(FromDIP(8));

    auto* explanation = new wxStaticText(this, wxID_ANY, state.explanation, wxDefaultPosition,
                                         wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    explanation->Wrap(FromDIP(kTextWidth));
    column->Add(explanation, centred);

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
}

} // namespace knotwork::ui
