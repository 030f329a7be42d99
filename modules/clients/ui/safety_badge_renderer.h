#pragma once

#include <wx/dataview.h>

#include "clients/ui/badge.h"

namespace knotwork::clients::ui {

// A list cell's badge travels from the model to the renderer as this variant.
wxVariant badgeVariant(const BadgeStyle& style);
// The badge a cell's value holds; none (no text) for any other value.
BadgeStyle badgeOf(const wxVariant& value);

// Shows a badge in a wxDataViewCtrl cell as text in the badge's colours: the cell's text is the
// badge's word, so a screen reader says "Refer" where a sighted reader sees red.
class SafetyBadgeRenderer : public wxDataViewTextRenderer {
public:
    static const char* const kVariantType;

    SafetyBadgeRenderer();

    bool SetValue(const wxVariant& value) override;
    bool GetValue(wxVariant& value) const override;

private:
    BadgeStyle m_style;
};

} // namespace knotwork::clients::ui
