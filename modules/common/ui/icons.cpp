#include "common/ui/icons.h"

#include <stdexcept>
#include <string>

namespace knotwork::ui {

wxBitmapBundle icon(std::string_view name, int size)
{
    const std::string file = std::string(name) + ".svg";
    for (const EmbeddedFile& svg : embeddedIconFiles()) {
        if (svg.path == file) {
            const std::string text(svg.text);  // nanosvg wants a terminated, writable copy
            return wxBitmapBundle::FromSVG(text.c_str(), wxSize(size, size));
        }
    }
    throw std::logic_error("no icon named " + file);
}

wxIconBundle iconBundle(std::string_view name)
{
    const wxBitmapBundle svg = icon(name, 64);  // parsed once, rendered at each size
    wxIconBundle bundle;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        bundle.AddIcon(svg.GetIcon(wxSize(size, size)));
    return bundle;
}

} // namespace knotwork::ui
