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
    m_y = content().y;
}

std::vector<RecordedPage> PageFlow::finish(const Decorator& decorate)
{
    const int count = static_cast<int>(m_pages.size());
    for (int number = 1; number <= count; ++number)
        decorate(m_pages[static_cast<std::size_t>(number - 1)], number, count);
    return std::move(m_pages);
}

} // namespace knotwork::reports
