#pragma once
// What the record dialog tests share: a dialog shown as the app shows it over a test practice,
// and the files and scrolling a person would use in one.

#include <filesystem>
#include <set>
#include <gtest/gtest.h>
#include <wx/dialog.h>
#include <wx/image.h>
#include <wx/scrolwin.h>

#include "app/gui/main_frame.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"

namespace knotwork::gui::testing {

// A PNG of one colour (0xRRGGBB), as a logo or signature file a person would pick.
inline bool savePng(const std::filesystem::path& file, const wxSize& size, unsigned colour)
{
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
        wxImage::AddHandler(new wxPNGHandler);
    wxImage image(size);
    image.SetRGB(wxRect(size), static_cast<unsigned char>(colour >> 16), static_cast<unsigned char>(colour >> 8),
                 static_cast<unsigned char>(colour));
    return image.SaveFile(ui::pathToWx(file), wxBITMAP_TYPE_PNG);
}

// Scrolls the form holding `field` until the field is at its bottom, as a person would to reach it.
inline void showAtTheBottom(wxWindow& field)
{
    for (wxWindow* window = field.GetParent(); window; window = window->GetParent())
        if (auto* form = dynamic_cast<wxScrolledWindow*>(window)) {
            placeAtTheBottom(*form, field);
            processEvents();
            return;
        }
}

class RecordDialogs : public ::testing::Test {
protected:
    void TearDown() override
    {
        if (m_dialog)
            m_dialog->Destroy();
        processEvents();
    }

    // Shows a dialog as the app does, without waiting for it to close.
    template <typename Dialog, typename... Args>
    Dialog& open(Args&&... args)
    {
        auto* dialog = new Dialog(&RunningApp::mainFrame(), m_practice.service(), std::forward<Args>(args)...);
        m_dialog = dialog;
        dialog->Show();
        processEvents();
        return *dialog;
    }

    clients::ClientId clientWith(std::set<clients::SafetyIssue> issues)
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        record.screeningIssues = std::move(issues);
        return m_practice.service().saveIntake(record);
    }

    clients::SafetyStatus statusOf(clients::ClientId id)
    {
        return m_practice.service().assess(m_practice.service().clients().chart(id)).status;
    }

    TestPractice m_practice;
    wxDialog* m_dialog = nullptr;
};

} // namespace knotwork::gui::testing
