#pragma once

#include <functional>
#include <vector>

#include "reports/pdf_document.h"
#include "reports/recorded_page.h"
#include "reports/report_style.h"

namespace knotwork::reports {

// Pages filled from top to bottom: content goes below what is already there, and onto a new
// page when it does not fit. Headers and footers are added once the page count is known.
class PageFlow {
public:
    PageFlow(PaperSize paper, TextMeasurer& measurer, ReportStyle style = {});

    const ReportStyle& style() const { return m_style; }
    TextMeasurer& measurer() { return m_measurer; }
    PaperSize paper() const { return m_paper; }
    Rect paperBounds() const { return m_paperBounds; }
    // The area content may use on every page.
    Rect content() const;

    RecordedPage& page() { return m_pages.back(); }
    double y() const { return m_y; }
    double remaining() const { return content().y + content().height - m_y; }
    bool atPageTop() const { return m_y <= content().y; }

    // Starts a new page unless `height` fits below what is there (or the page is still empty).
    void needs(double height);
    void newPage();
    void advance(double height) { m_y += height; }

    // Marks where a block starts (a heading, paragraph, field, bullet, table): a place the page
    // may be broken at later, when what follows must not stand alone.
    void keepPoint();
    // What was just laid out (a heading, a caption) stays with the next `below` points of what
    // follows: no keep point there.
    void keepWithNext(double below) { m_keepUntil = m_y + below; }
    // Makes room for `following` points: when they do not fit here, the last `tail` points or
    // more of what is on this page (from a keep point, so no block is cut) move to the top of a
    // new page with them, so the closing lines never stand alone. Only a plain new page when no
    // keep point leaves something behind and lets the tail and `following` fit on one page.
    void carryTail(double tail, double following);

    // Calls `decorate(page, number, count)` on every page (numbers from 1), then hands them over.
    using Decorator = std::function<void(RecordedPage& page, int number, int count)>;
    std::vector<RecordedPage> finish(const Decorator& decorate);

private:
    PaperSize m_paper;
    Rect m_paperBounds;
    TextMeasurer& m_measurer;
    ReportStyle m_style;
    struct KeepPoint {
        std::size_t command;  // the page's command count then
        double y;
    };

    std::vector<RecordedPage> m_pages;
    std::vector<KeepPoint> m_keepPoints;  // on the current page, in order
    double m_keepUntil = 0;  // keep points above this y are not taken
    double m_y = 0;
};

} // namespace knotwork::reports
