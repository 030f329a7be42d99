#include "reports/ui/report_preview.h"

#include <algorithm>
#include <memory>
#include <wx/button.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"
#include "reports/ui/wx_page_canvas.h"

namespace knotwork::reports::ui {

// The page itself: white paper with a shadow on the window's background, scaled to fit.
class PageView : public wxWindow {
public:
    explicit PageView(wxWindow* parent) : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxSize(360, 480))
    {
        SetName("report-page");
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        // The PDF's typeface, so lines break on screen where they break on paper.
        SetFont(wxFont(wxFontInfo(10).FaceName("Liberation Sans")));
        Bind(wxEVT_PAINT, &PageView::onPaint, this);
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            Refresh();
            event.Skip();
        });
        knotwork::ui::redrawOnFocus(*this);
        knotwork::ui::setAccessibleRole(*this, knotwork::ui::AccessibleRole::Image);
    }

    // Tab stops on the page, so a reader hears which page is shown and Page Up and Page Down
    // turn it from there.
    bool AcceptsFocus() const override { return true; }

    void show(const RecordedPage* page, const Rect& paper, const wxString& message)
    {
        m_page = page;
        m_paper = paper;
        m_message = message;
        Refresh();
    }

private:
    void onPaint(wxPaintEvent&)
    {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(wxBrush(wxColour(214, 217, 222)));  // a desk under the paper, in any theme
        dc.Clear();
        const wxSize area = GetClientSize();
        knotwork::ui::drawFocusFrame(dc, *this);
        if (!m_page) {
            dc.SetTextForeground(wxColour(70, 74, 82));
            dc.DrawLabel(m_message, wxRect(area).Deflate(20), wxALIGN_CENTRE);
            return;
        }
        const double margin = 12;
        const double zoom = std::max(0.05, std::min((area.x - 2 * margin) / m_paper.width,
                                                     (area.y - 2 * margin) / m_paper.height));
        const double left = (area.x - m_paper.width * zoom) / 2;
        const double top = (area.y - m_paper.height * zoom) / 2;
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxColour(0, 0, 0, 60)));
        dc.DrawRectangle(wxRect(int(left) + 3, int(top) + 3, int(m_paper.width * zoom), int(m_paper.height * zoom)));
        dc.SetBrush(*wxWHITE_BRUSH);
        dc.DrawRectangle(wxRect(int(left), int(top), int(m_paper.width * zoom), int(m_paper.height * zoom)));
        std::unique_ptr<wxGraphicsContext> context(wxGraphicsContext::Create(dc));
        if (!context)
            return;
        context->Translate(left, top);
        context->Scale(zoom, zoom);
        WxPageCanvas canvas(*context, *this);
        m_page->replay(canvas);
    }

    const RecordedPage* m_page = nullptr;
    Rect m_paper;
    wxString m_message;
};

ReportPreview::ReportPreview(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("report-preview");
    m_view = new PageView(this);
    m_previous = new wxButton(this, wxID_ANY, _("&Previous page"));
    m_previous->SetName("preview-previous");
    m_next = new wxButton(this, wxID_ANY, _("Ne&xt page"));
    m_next->SetName("preview-next");
    m_label = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                               wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    m_label->SetName("preview-page");
    m_previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showPage(m_page - 1); });
    m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showPage(m_page + 1); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_PAGEUP)
            showPage(m_page - 1);
        else if (event.GetKeyCode() == WXK_PAGEDOWN)
            showPage(m_page + 1);
        else
            event.Skip();
    });

    auto* turning = new wxBoxSizer(wxHORIZONTAL);
    turning->Add(m_previous, wxSizerFlags().Centre());
    turning->Add(m_label, wxSizerFlags(1).Centre().Border(wxLEFT | wxRIGHT, 8));
    turning->Add(m_next, wxSizerFlags().Centre());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_view, wxSizerFlags(1).Expand());
    column->Add(turning, wxSizerFlags().Expand().Border(wxTOP, 8));
    SetSizer(column);
    clear(wxString());
}

int ReportPreview::pageCount() const
{
    return static_cast<int>(m_report.pages.size());
}

void ReportPreview::setReport(ReportPages report)
{
    m_report = std::move(report);
    m_page = 0;
    update();
}

void ReportPreview::clear(const wxString& message)
{
    m_report = {};
    m_page = 0;
    m_view->show(nullptr, {}, message);
    m_message = message;
    update();
}

void ReportPreview::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_page = index;
    update();
}

void ReportPreview::update()
{
    const bool any = pageCount() > 0;
    if (any)
        m_view->show(&m_report.pages[static_cast<std::size_t>(m_page)], paperBounds(m_report.paper), wxString());
    const wxString page = any ? wxString::Format(_("Page %d of %d"), m_page + 1, pageCount()) : wxString();
    m_label->SetLabel(page);
    // The page's name says which page it is, and the page buttons say it too: a reader hears the
    // page turn wherever the focus is.
    using namespace knotwork::ui;
    setAccessibleName(*m_view, any ? wxString::Format(_("Preview, page %d of %d"), m_page + 1, pageCount())
                                   : wxString(_("Preview")));
    setAccessibleDescription(*m_view, any ? wxString(_("Page Up and Page Down turn the pages.")) : m_message);
    for (wxButton* button : {m_previous, m_next})
        setAccessibleDescription(*button, page);
    m_previous->Enable(any && m_page > 0);
    m_next->Enable(any && m_page + 1 < pageCount());
}

} // namespace knotwork::reports::ui
