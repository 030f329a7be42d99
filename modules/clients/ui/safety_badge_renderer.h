#pragma once

#include <wx/dataview.h>

#include "clients/ui/badge.h"

namespace knotwork::clients::ui {

// A list cell's badge travels from the model to the renderer as this variant.
wxVariant badgeVariant(const BadgeStyle& style);
// The badge a cell's value holds; none (no text) for any other value.
BadgeStyle badgeOf(const wxVariant& value);

// Draws a badge in a wxDataViewCtrl cell, exactly as the Badge widget draws it.
class SafetyBadgeRenderer : public wxDataViewCustomRenderer {
public:
    static const char* const kVariantType;

    SafetyBadgeRenderer();

    bool SetValue(const wxVariant& value) override;
    bool GetValue(wxVariant& value) const override;
    bool Render(wxRect cell, wxDC* dc, int state) override;
    wxSize GetSize() const override;

private:
    BadgeStyle m_style;
};

} // namespace knotwork::clients::ui
