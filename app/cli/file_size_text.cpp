#include "app/cli/file_size_text.h"

#include "common/i18n.h"

namespace knotwork::cli {

std::string fileSizeText(std::uintmax_t bytes)
{
    if (bytes < 1024 * 1024)
        return formatMessage(_("{:.1f} KB"), static_cast<double>(bytes) / 1024);
    return formatMessage(_("{:.1f} MB"), static_cast<double>(bytes) / (1024 * 1024));
}

} // namespace knotwork::cli
