#include "clients/ui/badge.h"

#include <algorithm>
#include <wx/dcclient.h>
#include <wx/sizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"

namespace knotwork::clients::ui {

namespace {

// Padding around the text, as a share of the text's height, so a badge scales with its font.
constexpr double kHorizontalPadding = 0.55;
constexpr double kVerticalPadding = 0.15;

} // namespace

BadgeStyle noShareConsentStyle()
{
    return {_("No share consent"), wxColour(0xE4, 0xE4, 0xE7), wxColour(0x3F, 0x3F, 0x46)};
}

BadgeStyle precautionsStyle()
{
    return {_("Precautions"), wxColour(0xDB, 0xEA, 0xFE), wxColour(0x1E, 0x3A, 0x8A)};
}

wxFont badgeFont(const wxFont& font)
{
    return font.Bold();
}

wxSize badgeSize(const wxSize& textExtent)
{
    if (textExtent.x <= 0)
        return {0, 0};
    return {textExtent.x + 2 * static_cast<int>(textExtent.y * kHorizontalPadding + 0.5),
            textExtent.y + 2 * static_cast<int>(textExtent.y * kVerticalPadding + 0.5)};
}

wxSize badgeSize(const wxWindow& window, const wxString& text)
{
    if (text.empty())
        return {0, 0};
    const wxFont font = badgeFont(window.GetFont());
    wxSize extent;
    window.GetTextExtent(text, &extent.x, &extent.y, nullptr, nullptr, &font);
    return badgeSize(extent);
}

void drawBadge(wxDC& dc, const wxRect& bounds, const BadgeStyle& style)
{
    if (style.text.empty())
        return;
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(style.background));
    const double radius = std::min(bounds.height, bounds.width) / 2.0;
    dc.DrawRoundedRectangle(bounds, radius);

    dc.SetTextForeground(style.foreground);
    dc.SetBackgroundMode(wxBRUSHSTYLE_TRANSPARENT);
    const wxSize extent = dc.GetTextExtent(style.text);
    dc.DrawText(style.text, bounds.x + (bounds.width - extent.x) / 2,
                bounds.y + (bounds.height - extent.y) / 2);
}

Badge::Badge(wxWindow* parent, const wxString& name)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE, name)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &Badge::onPaint, this);
    // Tab stops on the badge, where a screen reader says its word and why: a sighted keyboard
    // user sees where the focus is.
    knotwork::ui::redrawOnFocus(*this);
    Hide();
}

void Badge::setStyle(const BadgeStyle& style, const wxString& tooltip)
{
    m_style = style;
    SetToolTip(tooltip);
    // Drawn, so it says its word and why to a screen reader itself.
    knotwork::ui::setAccessibleName(*this, m_style.text);
    knotwork::ui::setAccessibleDescription(*this, m_style.text.empty() ? wxString() : tooltip);
    Show(!m_style.text.empty());
    InvalidateBestSize();
    SetMinSize(GetBestSize());
    if (wxSizer* sizer = GetContainingSizer())
        sizer->Layout();
    Refresh();
}

wxSize Badge::DoGetBestSize() const
{
    return badgeSize(*this, m_style.text);
}

void Badge::onPaint(wxPaintEvent&)
{
    wxPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    dc.SetFont(badgeFont(GetFont()));
    const wxSize size = GetClientSize();
    const wxSize natural = badgeSize(dc.GetTextExtent(m_style.text));
    // Centred at its natural size when a sizer gave it more room.
    const wxRect bounds(wxPoint((size.x - natural.x) / 2, (size.y - natural.y) / 2), natural);
    drawBadge(dc, bounds.Intersect(wxRect(size)), m_style);
    knotwork::ui::drawFocusFrame(dc, *this);
}

} // namespace knotwork::clients::ui
