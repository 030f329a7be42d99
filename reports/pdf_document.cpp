#include "reports/pdf_document.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <hpdf_pages.h>
#include <libdeflate.h>

#include "common/durable_file.h"
#include "common/i18n.h"
#include "reports/pdf_canvas.h"
#include "reports/recorded_page.h"

namespace knotwork::reports {

namespace fs = std::filesystem;

fs::path defaultFontPath()
{
    return "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
}

fs::path defaultBoldFontPath()
{
    return "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf";
}

Rect paperBounds(PaperSize size)
{
    return size == PaperSize::A4 ? Rect{0, 0, 595.276, 841.89} : Rect{0, 0, 612, 792};
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

void PdfDocument::throwIfDrawingFailed(const char* doing)
{
    if (m_error != HPDF_OK)
        throwIfFailed(translate(doing));
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

HPDF_Font PdfDocument::reportFont(bool bold)
{
    HPDF_Font& font = m_fonts[bold ? 1 : 0];
    if (!font)
        font = loadFont(bold ? defaultBoldFontPath() : defaultFontPath());
    return font;
}

// libharu finds a glyph by a linear search of the font's character map, and layouts measure
// every word: each character's advance is asked once and remembered, by its UTF-8 bytes (ASCII in
// a table, the rest in a map). libharu does not kern, so a text's width is the sum of its
// characters' advances.
double PdfDocument::width(const std::string& utf8, const TextStyle& style)
{
    Advances& advances = m_advances[style.bold ? 1 : 0];
    unsigned total = 0;
    std::size_t at = 0;
    while (at < utf8.size()) {
        std::size_t end = at + 1;
        std::uint32_t key = static_cast<unsigned char>(utf8[at]);
        while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            key = key << 8 | static_cast<unsigned char>(utf8[end++]);
        unsigned* known = key < advances.ascii.size() ? &advances.ascii[key] : nullptr;
        if (!known) {
            const auto found = advances.others.find(key);
            known = found == advances.others.end() ? nullptr : &found->second;
        }
        if (!known || *known == Advances::kUnknown) {
            const HPDF_TextWidth measured = HPDF_Font_TextWidth(
                reportFont(style.bold), reinterpret_cast<const HPDF_BYTE*>(utf8.data() + at),
                static_cast<HPDF_UINT>(end - at));
            throwIfFailed(_("measure text"));
            known = key < advances.ascii.size() ? &advances.ascii[key] : &advances.others[key];
            *known = measured.width;
        }
        total += *known;
        at = end;
    }
    return total * style.size / 1000.0;
}

HPDF_Page PdfDocument::addPage(PaperSize size)
{
    HPDF_Page page = HPDF_AddPage(m_document);
    HPDF_Page_SetSize(page, size == PaperSize::A4 ? HPDF_PAGE_SIZE_A4 : HPDF_PAGE_SIZE_LETTER,
                      HPDF_PAGE_PORTRAIT);
    throwIfFailed(_("add a page"));
    return page;
}

void PdfDocument::addPages(const std::vector<RecordedPage>& pages, PaperSize size)
{
    for (const RecordedPage& recorded : pages) {
        const HPDF_Page page = addPage(size);
        PdfCanvas canvas(*this, page);
        recorded.replay(canvas);
        canvas.finish();
        deflateContent(page);
    }
}

namespace {

HPDF_STATUS nameFlateFilter(HPDF_Dict /*contents*/, HPDF_Stream file)
{
    return HPDF_Stream_WriteStr(file, "/Filter /FlateDecode\012");
}

} // namespace

// libharu deflates a page's content when it saves, at zlib's default level, and has no setting
// for the level: that took about 5 ms of the 80-visit progress report (every glyph is four hex
// digits, every chart point a line), more than any other part of the report beyond its fonts.
// libdeflate's fastest level takes half the time of zlib's fastest, which takes a fifth of
// libharu's, and its pages are a tenth smaller than zlib's fastest makes them (a sixth larger than
// libharu's), so the finished page's content is deflated here and handed back to libharu to write
// as it is, its filter named.
// This reaches into the page's content dictionary as libharu's installed headers lay it out
// (hpdf_pages.h, hpdf_objects.h); the report tests read every page back with poppler and qpdf.
void PdfDocument::deflateContent(HPDF_Page page)
{
    const HPDF_Dict contents = static_cast<HPDF_PageAttr>(page->attr)->contents;
    if (!(contents->filter & HPDF_STREAM_FILTER_FLATE_DECODE))
        return;
    if (!m_compressor)
        m_compressor.reset(libdeflate_alloc_compressor(1));
    std::string content;
    content.reserve(contents->stream->size);
    const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(contents->stream);
    for (HPDF_UINT index = 0; index < buffers; ++index) {
        HPDF_UINT length = 0;
        const HPDF_BYTE* buffer = HPDF_MemStream_GetBufPtr(contents->stream, index, &length);
        content.append(reinterpret_cast<const char*>(buffer), length);
    }
    std::unique_ptr<char[]> deflated;
    std::size_t size = 0;
    if (m_compressor) {
        const std::size_t bound = libdeflate_zlib_compress_bound(m_compressor.get(), content.size());
        deflated.reset(new char[bound]);
        size = libdeflate_zlib_compress(m_compressor.get(), content.data(), content.size(), deflated.get(), bound);
    }
    if (size == 0)
        throw ReportError(_("Could not compress a page of the PDF document: out of memory."));
    HPDF_MemStream_FreeData(contents->stream);
    HPDF_Stream_Write(contents->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.get()), static_cast<HPDF_UINT>(size));
    contents->filter = HPDF_STREAM_FILTER_NONE;
    contents->write_fn = &nameFlateFilter;
    throwIfFailed(_("compress a page of the PDF document"));
}

void PdfDocument::FreeCompressor::operator()(libdeflate_compressor* compressor) const
{
    libdeflate_free_compressor(compressor);
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

void PdfDocument::setInfo(const DocumentInfo& info)
{
    HPDF_SetInfoAttr(m_document, HPDF_INFO_TITLE, info.title.c_str());
    HPDF_SetInfoAttr(m_document, HPDF_INFO_AUTHOR, info.author.c_str());
    HPDF_SetInfoAttr(m_document, HPDF_INFO_SUBJECT, info.subject.c_str());
    HPDF_SetInfoAttr(m_document, HPDF_INFO_CREATOR, "Knotwork");
    const auto utc = info.created.utc();
    const auto day = utc.date();
    const auto time = utc.time_of_day();
    HPDF_Date created{};
    created.year = day.year();
    created.month = day.month();
    created.day = day.day();
    created.hour = static_cast<HPDF_INT>(time.hours());
    created.minutes = static_cast<HPDF_INT>(time.minutes());
    created.seconds = static_cast<HPDF_INT>(time.seconds());
    created.ind = 'Z';
    HPDF_SetInfoDateAttr(m_document, HPDF_INFO_CREATION_DATE, created);
    throwIfFailed(_("fill in the document's properties"));
}

HPDF_ExtGState PdfDocument::opacity(std::uint8_t alpha)
{
    auto found = m_opacities.find(alpha);
    if (found != m_opacities.end())
        return found->second;
    HPDF_ExtGState state = HPDF_CreateExtGState(m_document);
    HPDF_ExtGState_SetAlphaFill(state, alpha / 255.0f);
    HPDF_ExtGState_SetAlphaStroke(state, alpha / 255.0f);
    throwIfFailed(_("prepare a transparent colour"));
    return m_opacities[alpha] = state;
}

HPDF_Image PdfDocument::embed(const PageImage& image)
{
    auto found = m_images.find(image.bytes.get());
    if (found != m_images.end())
        return found->second;
    const auto* data = reinterpret_cast<const HPDF_BYTE*>(image.bytes->data());
    const auto size = static_cast<HPDF_UINT>(image.bytes->size());
    HPDF_Image embedded = image.format == ImageFormat::Png ? HPDF_LoadPngImageFromMem(m_document, data, size)
                                                           : HPDF_LoadJpegImageFromMem(m_document, data, size);
    throwIfFailed(_("embed the logo"));
    return m_images[image.bytes.get()] = embedded;
}

std::string PdfDocument::bytes()
{
    HPDF_SaveToStream(m_document);
    throwIfFailed(_("finish the PDF document"));
    HPDF_ResetStream(m_document);
    std::string bytes(HPDF_GetStreamSize(m_document), '\0');
    auto size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ReadFromStream(m_document, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    // Reading to the end reports HPDF_STREAM_EOF, which is not a failure.
    if (m_error == HPDF_STREAM_EOF) {
        m_error = m_detail = HPDF_OK;
        HPDF_ResetError(m_document);
    }
    throwIfFailed(_("finish the PDF document"));
    bytes.resize(size);
    return bytes;
}

void PdfDocument::save(const fs::path& destination)
{
    writeFileAtomically(destination, bytes());
}

void writeWholeFile(const fs::path& file, const std::string& bytes, const fs::path& shownAs)
{
    // Only the owner may read it, whatever the umask, even when an earlier attempt left the file.
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    bool written = fd >= 0 && ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    for (std::size_t done = 0; written && done < bytes.size();) {
        const ssize_t count = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (count < 0 && errno == EINTR)
            continue;
        written = count > 0;
        done += written ? static_cast<std::size_t>(count) : 0;
    }
    // On disk before anything refers to it: a crash must not leave a logged file of zeros.
    written = written && ::fsync(fd) == 0;
    const int cause = written ? 0 : errno;
    if (fd >= 0)
        written = ::close(fd) == 0 && written;
    if (!written) {
        std::error_code ignored;
        fs::remove(file, ignored);
        throw ReportError(formatMessage(_("Could not write the report {}: {}."), shownAs.string(),
                                        std::strerror(cause ? cause : EIO)));
    }
}

void writeFileAtomically(const fs::path& destination, const std::string& bytes)
{
    const fs::path partial = partialPathFor(destination);
    writeWholeFile(partial, bytes, destination);
    try {
        moveIntoPlace(partial, destination, true);  // the folder synced too: the name survives a power cut
    } catch (const Error& error) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw ReportError(formatMessage(_("Could not write the report {}: {}."), destination.string(), error.what()));
    }
}

} // namespace knotwork::reports
