#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <hpdf.h>

#include "common/error.h"

namespace knotwork::reports {

enum class PaperSize { A4, UsLetter };

// A report could not be written. Nothing was left at the destination.
class ReportError : public Error {
public:
    using Error::Error;
};

// The font every report uses unless told otherwise: Liberation Sans covers Latin (Vietnamese
// included), Greek and Cyrillic, so "Nguyễn" and "Łukasz" print as typed. Not DejaVu Sans:
// libharu 2.3 drops the accents of its nested composite glyphs ("Nguyễn" prints "Nguyen").
std::filesystem::path defaultFontPath();

// One PDF being written: pages, embedded Unicode fonts, text in UTF-8, compressed on save.
class PdfDocument {
public:
    PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;
    ~PdfDocument();

    // Embeds a TrueType font for UTF-8 text. Throws ReportError naming the file if unreadable.
    HPDF_Font loadFont(const std::filesystem::path& trueTypeFile);
    HPDF_Page addPage(PaperSize size);
    // Writes one line of UTF-8 text with its baseline at (x, y), in points from the bottom left.
    void writeText(HPDF_Page page, HPDF_Font font, float size, float x, float y, std::string_view utf8);
    float textWidth(HPDF_Page page, HPDF_Font font, float size, std::string_view utf8);
    // Writes the whole file beside the destination first and renames it into place, so a
    // reader never sees half a report.
    void save(const std::filesystem::path& destination);

private:
    static void recordError(HPDF_STATUS error, HPDF_STATUS detail, void* self);
    // Throws ReportError if the last libharu call failed; `doing` says what was attempted.
    void throwIfFailed(std::string_view doing);

    HPDF_Doc m_document = nullptr;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_detail = HPDF_OK;
};

} // namespace knotwork::reports
