#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <hpdf.h>

#include "clients/practice_settings.h"
#include "common/error.h"
#include "common/timestamp.h"
#include "reports/page_canvas.h"

struct libdeflate_compressor;

namespace knotwork::reports {

using clients::PaperSize;

// A report could not be written. Nothing was left at the destination.
class ReportError : public Error {
public:
    using Error::Error;
};

// The font every report uses unless told otherwise: Liberation Sans covers Latin (Vietnamese
// included), Greek and Cyrillic, so "Nguyễn" and "Łukasz" print as typed. Not DejaVu Sans:
// libharu 2.3 drops the accents of its nested composite glyphs ("Nguyễn" prints "Nguyen").
std::filesystem::path defaultFontPath();
std::filesystem::path defaultBoldFontPath();

// The page's width and height in points.
Rect paperBounds(PaperSize size);

// What a PDF reader shows under File › Properties.
struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    Timestamp created = Timestamp::now();
};

class RecordedPage;

// One PDF being written: pages, embedded Unicode fonts, text in UTF-8, compressed on save. It
// also measures text in the fonts it embeds, for layouts (TextMeasurer).
class PdfDocument : public TextMeasurer {
public:
    PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;
    ~PdfDocument() override;

    // Embeds a TrueType font for UTF-8 text. Throws ReportError naming the file if unreadable.
    HPDF_Font loadFont(const std::filesystem::path& trueTypeFile);
    // The report fonts (Liberation Sans regular and bold), loaded on first use.
    HPDF_Font reportFont(bool bold);
    double width(const std::string& utf8, const TextStyle& style) override;

    HPDF_Page addPage(PaperSize size);
    // Adds one page per recorded page, drawn through a PdfCanvas.
    void addPages(const std::vector<RecordedPage>& pages, PaperSize size);
    // Writes one line of UTF-8 text with its baseline at (x, y), in points from the bottom left.
    void writeText(HPDF_Page page, HPDF_Font font, float size, float x, float y, std::string_view utf8);
    float textWidth(HPDF_Page page, HPDF_Font font, float size, std::string_view utf8);
    void setInfo(const DocumentInfo& info);

    // The graphics state that paints with the given opacity, made once per value.
    HPDF_ExtGState opacity(std::uint8_t alpha);
    // The image embedded once however many pages show it.
    HPDF_Image embed(const PageImage& image);
    // Throws ReportError if the last libharu call failed; `doing` says what was attempted.
    void throwIfFailed(std::string_view doing);
    // The same with `doing` untranslated (marked N_), translated only if the call failed: a page
    // checks after each of its hundreds of drawings, and a translation is a catalogue look-up.
    void throwIfDrawingFailed(const char* doing);

    // The finished file.
    std::string bytes();
    // Writes the whole file beside the destination first and renames it into place, so a
    // reader never sees half a report.
    void save(const std::filesystem::path& destination);

private:
    static void recordError(HPDF_STATUS error, HPDF_STATUS detail, void* self);
    // Compresses a finished page's content at libdeflate's fastest level (libharu's is its slowest part).
    void deflateContent(HPDF_Page page);

    struct FreeCompressor {
        void operator()(libdeflate_compressor* compressor) const;
    };

    HPDF_Doc m_document = nullptr;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_detail = HPDF_OK;
    HPDF_Font m_fonts[2] = {nullptr, nullptr};
    // Each character's advance in 1/1000 em, by its UTF-8 bytes, per font (regular, bold).
    struct Advances {
        static constexpr unsigned kUnknown = ~0u;
        Advances() { ascii.fill(kUnknown); }
        std::array<unsigned, 128> ascii;
        std::unordered_map<std::uint32_t, unsigned> others;
    };
    Advances m_advances[2];
    std::map<std::uint8_t, HPDF_ExtGState> m_opacities;
    std::map<const std::string*, HPDF_Image> m_images;
    std::unique_ptr<libdeflate_compressor, FreeCompressor> m_compressor;  // made for the first page
};

// Writes `bytes` to `file` and flushes them to the disk; ReportError naming `shownAs` (and the
// file removed again) when it cannot.
void writeWholeFile(const std::filesystem::path& file, const std::string& bytes, const std::filesystem::path& shownAs);
// Writes `bytes` beside `destination`, synced, and renames the file into place (replacing one
// there) with its folder synced: after a kill at any moment the file is whole or as it was.
void writeFileAtomically(const std::filesystem::path& destination, const std::string& bytes);

} // namespace knotwork::reports
