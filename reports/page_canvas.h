#pragma once

#include <memory>
#include <optional>
#include <string>

#include "common/canvas.h"

namespace knotwork::reports {

enum class ImageFormat { Png, Jpeg };

// An image placed on a page: the practice's logo. Shared, since every copy of a page holds it.
struct PageImage {
    std::shared_ptr<const std::string> bytes;
    ImageFormat format = ImageFormat::Png;
    int pixelWidth = 0;
    int pixelHeight = 0;
};

// A page of a report: the chart canvas plus images. Units are points, from the page's top left.
class PageCanvas : public Canvas {
public:
    virtual void image(const PageImage& image, const Rect& where) = 0;
};

// How wide text is in the fonts the PDF embeds; layouts measure with it so that the preview
// and the paper break lines in the same places.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    virtual double width(const std::string& utf8, const TextStyle& style) = 0;
};

// The size of a PNG or JPEG in pixels, read from its header; nothing when it is neither.
std::optional<PageImage> pageImage(std::string bytes);

} // namespace knotwork::reports
