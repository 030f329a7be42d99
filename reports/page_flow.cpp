#include "reports/page_flow.h"

namespace knotwork::reports {

PageFlow::PageFlow(PaperSize paper, TextMeasurer& measurer, ReportStyle style)
    : m_paper(paper), m_paperBounds(reports::paperBounds(paper)), m_measurer(measurer), m_style(style)
{
    newPage();
}

Rect PageFlow::content() const
{
    return {m_style.margin, m_style.marginTop, m_paperBounds.width - 2 * m_style.margin,
            m_paperBounds.height - m_style.marginTop - m_style.marginBottom};
}

void PageFlow::needs(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PageFlow::newPage()
{
    m_pages.emplace_back(m_measurer);
    m_keepPoints.clear();
    m_keepUntil = 0;
    m_y = content().y;
}

void PageFlow::keepPoint()
{
    if (m_y < m_keepUntil)
        return;
    // Nothing laid out since the last point: the outer block's start stands.
    if (m_keepPoints.empty() || m_keepPoints.back().y < m_y)
        m_keepPoints.push_back({page().commandCount(), m_y});
}

void PageFlow::carryTail(double tail, double following)
{
    if (following <= remaining() || atPageTop())
        return;
    const double top = content().y;
    for (auto point = m_keepPoints.rbegin(); point != m_keepPoints.rend(); ++point) {
        const double carried = m_y - point->y;
        if (point->y <= top || carried + following > content().height)
            break;
        if (carried < tail)
            continue;
        RecordedPage moved = page().splitOff(point->command, top - point->y);
        m_pages.push_back(std::move(moved));
        m_keepPoints.clear();
        m_y = top + carried;
        return;
    }
    newPage();
}

std::vector<RecordedPage> PageFlow::finish(const Decorator& decorate)
{
    const int count = static_cast<int>(m_pages.size());
    for (int number = 1; number <= count; ++number)
        decorate(m_pages[static_cast<std::size_t>(number - 1)], number, count);
    return std::move(m_pages);
}

} // namespace knotwork::reports
