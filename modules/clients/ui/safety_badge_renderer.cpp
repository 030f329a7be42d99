#include "clients/ui/safety_badge_renderer.h"


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

wxString escapedMarkup(wxString text)
{
    text.Replace("&", "&amp;");
    text.Replace("<", "&lt;");
    text.Replace(">", "&gt;");
    return text;
}

// The word in bold on the badge's colour, an en space either side for the badge's padding.
wxString badgeMarkup(const BadgeStyle& style)
{
    if (style.text.empty())
        return {};
    const wxString space = wxString::FromUTF8("\u2002");
    return wxString::Format("<span background=\"%s\" foreground=\"%s\" weight=\"bold\">%s%s%s</span>",
                            style.background.GetAsString(wxC2S_HTML_SYNTAX),
                            style.foreground.GetAsString(wxC2S_HTML_SYNTAX), space,
                            escapedMarkup(style.text), space);
}

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
    : wxDataViewTextRenderer(kVariantType, wxDATAVIEW_CELL_INERT, wxALIGN_LEFT | wxALIGN_CENTER_VERTICAL)
{
    EnableMarkup();
}

bool SafetyBadgeRenderer::SetValue(const wxVariant& value)
{
    m_style = badgeOf(value);
    return wxDataViewTextRenderer::SetValue(wxVariant(badgeMarkup(m_style)));
}

bool SafetyBadgeRenderer::GetValue(wxVariant& value) const
{
    value = badgeVariant(m_style);
    return true;
}

} // namespace knotwork::clients::ui
