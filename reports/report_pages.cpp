#include "reports/report_pages.h"

namespace knotwork::reports {

std::string writePdf(const ReportPages& report, PdfDocument& document)
{
    document.setInfo(report.info);
    document.addPages(report.pages, report.paper);
    return document.bytes();
}

} // namespace knotwork::reports
