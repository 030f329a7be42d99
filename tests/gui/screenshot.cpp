#include "screenshot.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <wx/image.h>
#include <wx/imagpng.h>
#include <wx/window.h>

#include "gui_test_support.h"
#include "support/process.h"

namespace knotwork::gui::testing {

namespace {

bool isFlat(const wxImage& image)
{
    const unsigned char* data = image.GetData();
    const std::size_t bytes = static_cast<std::size_t>(image.GetWidth()) * image.GetHeight() * 3;
    for (std::size_t i = 3; i < bytes; ++i) {
        if (data[i] != data[i % 3])
            return false;
    }
    return true;
}

} // namespace

std::string saveScreenshot(wxWindow& window, const std::string& name)
{
    window.Raise();
    window.Refresh();
    processEvents();
    return saveScreenshot(window.GetScreenRect(), name);
}

std::string saveScreenshot(const wxRect& area, const std::string& name)
{
    // wxScreenDC under GTK 3 keeps returning its first capture, so the X server is asked
    // directly, as a person's screenshot tool would.
    const std::filesystem::path folder = KNOTWORK_SCREENSHOT_DIR;
    std::filesystem::create_directories(folder);
    const std::string file = (folder / (name + ".png")).string();
    const std::string geometry = std::to_string(area.width) + "x" + std::to_string(area.height) + "+"
        + std::to_string(area.x) + "+" + std::to_string(area.y);
    const auto capture = knotwork::testing::runProcess(
        {"/usr/bin/import", "-window", "root", "-crop", geometry, "+repage", file});
    EXPECT_EQ(capture.exitCode, 0) << capture.err;

    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
        wxImage::AddHandler(new wxPNGHandler);
    const wxImage image(file, wxBITMAP_TYPE_PNG);
    EXPECT_TRUE(image.IsOk()) << file;
    EXPECT_EQ(image.GetSize(), area.GetSize()) << file;
    if (image.IsOk()) {
        EXPECT_FALSE(isFlat(image)) << "the screenshot " << file << " is one flat colour";
    }
    return file;
}

} // namespace knotwork::gui::testing
