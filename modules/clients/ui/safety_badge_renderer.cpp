#include "clients/ui/safety_badge_renderer.h"

#include <wx/dc.h>

namespace knotwork::clients::ui {

namespace {

class BadgeVariantData : public wxVariantData {
public:
    explicit BadgeVariantData(BadgeStyle style) : m_style(std::move(style)) {}

    bool Eq(wxVariantData& other) const override
    {
        const auto* badge = dynamic_cast<const BadgeVariantData*>(&other);
        return badge && badge->m_style.text == m_style.text
            && badge->m_style.background == m_style.background;
    }
    wxString GetType() const override { return SafetyBadgeRenderer::kVariantType; }
    wxVariantData* Clone() const override { return new BadgeVariantData(m_style); }
    const BadgeStyle& style() const { return m_style; }

private:
    BadgeStyle m_style;
};

} // namespace

const char* const SafetyBadgeRenderer::kVariantType = "knotwork-badge";

wxVariant badgeVariant(const BadgeStyle& style)
{
    return wxVariant(new BadgeVariantData(style));
}

BadgeStyle badgeOf(const wxVariant& value)
{
    const auto* badge = dynamic_cast<const BadgeVariantData*>(value.GetData());
    return badge ? badge->style() : BadgeStyle{};
}

SafetyBadgeRenderer::SafetyBadgeRenderer()
    : wxDataViewCustomRenderer(kVariantType, wxDATAVIEW_CELL_INERT, wxALIGN_LEFT | wxALIGN_CENTER_VERTICAL)
{
}

bool SafetyBadgeRenderer::SetValue(const wxVariant& value)
{
    m_style = badgeOf(value);
    return true;
}

bool SafetyBadgeRenderer::GetValue(wxVariant& value) const
{
    value = badgeVariant(m_style);
    return true;
}

bool SafetyBadgeRenderer::Render(wxRect cell, wxDC* dc, int)
{
    const wxDataViewCtrl* view = GetView();
    dc->SetFont(badgeFont(view ? view->GetFont() : *wxNORMAL_FONT));
    const wxSize natural = badgeSize(dc->GetTextExtent(m_style.text));
    const wxRect bounds(wxPoint(cell.x, cell.y + (cell.height - natural.y) / 2), natural);
    drawBadge(*dc, bounds.Intersect(cell), m_style);
    return true;
}

wxSize SafetyBadgeRenderer::GetSize() const
{
    const wxDataViewCtrl* view = GetView();
    return view ? badgeSize(*view, m_style.text) : wxSize(0, 0);
}

} // namespace knotwork::clients::ui
