#include "reports/page_canvas.h"

#include <cstdint>
#include <tuple>

namespace knotwork::reports {

namespace {

unsigned bigEndian(const std::string& bytes, std::size_t at, int length)
{
    unsigned value = 0;
    for (int i = 0; i < length; ++i)
        value = value << 8 | static_cast<std::uint8_t>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

// A JPEG's size is in its first start-of-frame segment (SOF0…SOF15 but DHT, JPG and DAC).
std::optional<std::pair<int, int>> jpegSize(const std::string& bytes)
{
    std::size_t at = 2;
    while (at + 9 < bytes.size()) {
        if (static_cast<std::uint8_t>(bytes[at]) != 0xFF)
            return std::nullopt;
        const unsigned marker = static_cast<std::uint8_t>(bytes[at + 1]);
        const unsigned length = bigEndian(bytes, at + 2, 2);
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4
            && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame)
            return std::pair{static_cast<int>(bigEndian(bytes, at + 7, 2)),
                             static_cast<int>(bigEndian(bytes, at + 5, 2))};
        at += 2 + length;
    }
    return std::nullopt;
}

} // namespace

std::optional<PageImage> pageImage(std::string bytes)
{
    PageImage image;
    if (bytes.size() > 24 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        image.format = ImageFormat::Png;
        image.pixelWidth = static_cast<int>(bigEndian(bytes, 16, 4));
        image.pixelHeight = static_cast<int>(bigEndian(bytes, 20, 4));
    } else if (bytes.size() > 4 && bytes.compare(0, 2, "\xFF\xD8") == 0) {
        const auto size = jpegSize(bytes);
        if (!size)
            return std::nullopt;
        image.format = ImageFormat::Jpeg;
        std::tie(image.pixelWidth, image.pixelHeight) = *size;
    } else {
        return std::nullopt;
    }
    if (image.pixelWidth <= 0 || image.pixelHeight <= 0)
        return std::nullopt;
    image.bytes = std::make_shared<const std::string>(std::move(bytes));
    return image;
}

} // namespace knotwork::reports
