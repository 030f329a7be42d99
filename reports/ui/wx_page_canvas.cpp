#include "reports/ui/wx_page_canvas.h"

#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/mstream.h>

namespace knotwork::reports::ui {

WxPageCanvas::WxPageCanvas(wxGraphicsContext& context, const wxWindow& window)
    : m_context(context), m_canvas(context, window)
{
}

void WxPageCanvas::image(const PageImage& image, const Rect& where)
{
    wxMemoryInputStream stream(image.bytes->data(), image.bytes->size());
    const wxImage loaded(stream, image.format == ImageFormat::Png ? wxBITMAP_TYPE_PNG : wxBITMAP_TYPE_JPEG);
    if (loaded.IsOk())
        m_context.DrawBitmap(wxBitmap(loaded), where.x, where.y, where.width, where.height);
}

} // namespace knotwork::reports::ui
