#pragma once
// Reading a PDF as its recipient would: text extracted by poppler, pages rendered to PNG (kept
// under <build>/report-pages for a person to look at), properties, and qpdf's structure check.

#include <filesystem>
#include <string>

#include "reports/report_pages.h"

namespace knotwork::reports {

struct WrittenPdf {
    std::filesystem::path file;
    std::string bytes;
    std::string text;  // pdftotext's output, pages separated by form feeds
    int pageCount = 0;
};

// Writes the report into `dir` as <name>.pdf and reads it back; renders its pages as
// <build>/report-pages/<name>-<n>.png.
WrittenPdf writeAndRead(const ReportPages& report, PdfDocument& document, const std::filesystem::path& dir,
                        const std::string& name);

// pdfinfo's value for a key ("Title", "Page size"), empty when missing.
std::string pdfInfo(const std::filesystem::path& file, const std::string& key);

// Every text the pages draw, each followed by `separator`: a line each ("\n") finds a wrapped
// sentence by its pieces; joined by spaces (" ") it reads whole.
std::string drawnText(const ReportPages& report, const std::string& separator = "\n");

// Every drawn text must lie inside the page's margins: returns the texts that do not.
std::vector<std::string> textsOutsideMargins(const ReportPages& report, TextMeasurer& measurer, double margin);

} // namespace knotwork::reports
