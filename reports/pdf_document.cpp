#include "reports/pdf_document.h"

#include <cstdio>

#include "common/i18n.h"

namespace knotwork::reports {

namespace fs = std::filesystem;

fs::path defaultFontPath()
{
    return "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
}

PdfDocument::PdfDocument()
{
    m_document = HPDF_New(&PdfDocument::recordError, this);
    if (!m_document)
        throw ReportError(_("Could not start a PDF document: out of memory."));
    HPDF_SetCompressionMode(m_document, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(m_document);
    HPDF_SetCurrentEncoder(m_document, "UTF-8");
    throwIfFailed(_("prepare the PDF document"));
}

PdfDocument::~PdfDocument()
{
    HPDF_Free(m_document);
}

void PdfDocument::recordError(HPDF_STATUS error, HPDF_STATUS detail, void* self)
{
    auto* document = static_cast<PdfDocument*>(self);
    if (document->m_error == HPDF_OK) {  // the first error is the cause; later ones follow from it
        document->m_error = error;
        document->m_detail = detail;
    }
}

void PdfDocument::throwIfFailed(std::string_view doing)
{
    if (m_error == HPDF_OK)
        return;
    const HPDF_STATUS error = m_error;
    const HPDF_STATUS detail = m_detail;
    m_error = m_detail = HPDF_OK;
    HPDF_ResetError(m_document);
    throw ReportError(formatMessage(_("Could not {} (libharu error 0x{:04X}, detail {})."), doing,
                                    static_cast<unsigned>(error), static_cast<unsigned>(detail)));
}

HPDF_Font PdfDocument::loadFont(const fs::path& trueTypeFile)
{
    if (!fs::is_regular_file(trueTypeFile))
        throw ReportError(formatMessage(_("The font {} is missing; reports need it to print names "
                                          "as typed."), trueTypeFile.string()));
    const char* name = HPDF_LoadTTFontFromFile(m_document, trueTypeFile.c_str(), HPDF_TRUE);
    throwIfFailed(formatMessage(_("load the font {}"), trueTypeFile.string()));
    HPDF_Font font = HPDF_GetFont(m_document, name, "UTF-8");
    throwIfFailed(formatMessage(_("load the font {}"), trueTypeFile.string()));
    return font;
}

HPDF_Page PdfDocument::addPage(PaperSize size)
{
    HPDF_Page page = HPDF_AddPage(m_document);
    HPDF_Page_SetSize(page, size == PaperSize::A4 ? HPDF_PAGE_SIZE_A4 : HPDF_PAGE_SIZE_LETTER,
                      HPDF_PAGE_PORTRAIT);
    throwIfFailed(_("add a page"));
    return page;
}

void PdfDocument::writeText(HPDF_Page page, HPDF_Font font, float size, float x, float y,
                            std::string_view utf8)
{
    const std::string text(utf8);
    HPDF_Page_SetFontAndSize(page, font, size);
    throwIfFailed(_("set the font size"));
    HPDF_Page_BeginText(page);
    HPDF_Page_TextOut(page, x, y, text.c_str());
    HPDF_Page_EndText(page);
    throwIfFailed(_("write text"));
}

float PdfDocument::textWidth(HPDF_Page page, HPDF_Font font, float size, std::string_view utf8)
{
    const std::string text(utf8);
    HPDF_Page_SetFontAndSize(page, font, size);
    const float width = HPDF_Page_TextWidth(page, text.c_str());
    throwIfFailed(_("measure text"));
    return width;
}

void PdfDocument::save(const fs::path& destination)
{
    fs::path partial = destination;
    partial += ".partial";
    HPDF_SaveToFile(m_document, partial.c_str());
    std::error_code error;
    if (m_error != HPDF_OK) {
        fs::remove(partial, error);
        throwIfFailed(formatMessage(_("write the report {}"), destination.string()));
    }
    fs::rename(partial, destination, error);
    if (error) {
        fs::remove(partial, error);
        throw ReportError(formatMessage(_("Could not write the report {}: {}."), destination.string(),
                                        error.message()));
    }
}

} // namespace knotwork::reports
