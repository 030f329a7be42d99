#pragma once

#include <wx/colour.h>
#include <wx/window.h>

class wxDC;

namespace knotwork::clients::ui {

// The colours and words of a badge. Colour is never the only signal: each badge has a word, and
// its widget a tooltip that says why.
struct BadgeStyle {
    wxString text;        // "Refer", "Clearance needed", "Cleared until 12/03/2027"; empty: none
    wxColour background;
    wxColour foreground;
};

// The grey badge of a care-team provider the client has not consented to share records with.
BadgeStyle noShareConsentStyle();
// The blue badge of a client with precautions (pregnancy, anticoagulants…): how to treat, not whether.
BadgeStyle precautionsStyle();

// Badges are drawn the same in their own widget and in list cells: in the bold of `font`,
// sized to the text.
wxFont badgeFont(const wxFont& font);
// The size of a badge around text of this extent (measured in badgeFont()).
wxSize badgeSize(const wxSize& textExtent);
// The size of a badge with this text in `window`'s font.
wxSize badgeSize(const wxWindow& window, const wxString& text);
void drawBadge(wxDC& dc, const wxRect& bounds, const BadgeStyle& style);

// A small rounded label with a word and a tooltip; hidden while it has no text.
class Badge : public wxWindow {
public:
    Badge(wxWindow* parent, const wxString& name);

    void setStyle(const BadgeStyle& style, const wxString& tooltip);
    wxString text() const { return m_style.text; }

protected:
    wxSize DoGetBestSize() const override;

private:
    void onPaint(wxPaintEvent& event);

    BadgeStyle m_style;
};

} // namespace knotwork::clients::ui
