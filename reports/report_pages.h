#pragma once

#include <vector>

#include "reports/pdf_document.h"
#include "reports/recorded_page.h"

namespace knotwork::reports {

// A document laid out and ready to draw: on paper (writePdf) or on screen (the preview).
struct ReportPages {
    PaperSize paper = PaperSize::A4;
    DocumentInfo info;
    std::vector<RecordedPage> pages;
};

// The PDF file's bytes: the pages drawn, the properties filled in, compressed.
std::string writePdf(const ReportPages& report, PdfDocument& document);

} // namespace knotwork::reports
