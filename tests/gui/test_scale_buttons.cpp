// A scale's buttons show their labels in every row, however few buttons it has: GTK draws no
// label in a button narrower than its minimum, which is how the 0–5 and 0–3 rows went blank.
#include <gtest/gtest.h>
#include <wx/frame.h>
#include <wx/sizer.h>
#include <wx/tglbtn.h>

#include "common/ui/native_size.h"
#include "common/ui/scale_buttons.h"
#include "gui_test_support.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using ui::ScaleButtons;

class ScaleButtonsLook : public ::testing::Test {
protected:
    void SetUp() override { m_frame = new wxFrame(nullptr, wxID_ANY, "Scales"); }
    void TearDown() override { m_frame->Destroy(); }

    // Shows the rows one under the other, each with its highest score chosen (drawn bold).
    void show(const std::vector<std::pair<ScaleButtons*, int>>& rows)
    {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        for (const auto& [row, high] : rows) {
            row->setValue(high);
            sizer->Add(row);
        }
        m_frame->SetSizerAndFit(sizer);
        m_frame->Show();
        testing::processEvents();
    }

    // Every button is at least as wide as GTK needs to draw its label.
    static void expectLabelsDrawn(const ScaleButtons& row, int low, int high)
    {
        for (int score = low; score <= high; ++score) {
            wxToggleButton& button = *row.button(score);
            EXPECT_GE(ui::nativeAllocatedWidth(button), ui::nativeMinimumWidth(button))
                << row.GetName() << " button " << button.GetLabel() << " is too narrow to show its label";
        }
    }

    wxFrame* m_frame = nullptr;
};

TEST_F(ScaleButtonsLook, EveryRowIsWideEnoughToShowItsDigits)
{
    auto* tenderness = new ScaleButtons(m_frame, "tenderness", "0 none · 3 severe", 0, 3);  // palpation
    auto* ndi = new ScaleButtons(m_frame, "ndi", wxString(), 0, 5);                         // an NDI section
    auto* nprs = new ScaleButtons(m_frame, "nprs", "0 no pain · 10 worst imaginable");      // 0–10
    auto* yesNo = ScaleButtons::yesNo(m_frame, "answer");
    show({{tenderness, 3}, {ndi, 5}, {nprs, 10}, {yesNo, 1}});
    expectLabelsDrawn(*tenderness, 0, 3);
    expectLabelsDrawn(*ndi, 0, 5);
    expectLabelsDrawn(*nprs, 0, 10);
    expectLabelsDrawn(*yesNo, 0, 1);
    testing::saveScreenshot(*m_frame, "scale-buttons-rows");
}

TEST_F(ScaleButtonsLook, AZeroToTenRowStaysCompact)
{
    // Eleven buttons and their anchors fit the forms of a 1024-pixel-wide screen.
    auto* nprs = new ScaleButtons(m_frame, "nprs", wxString());
    show({{nprs, 10}});
    EXPECT_LE(nprs->button(10)->GetSize().x, nprs->FromDIP(40));
    EXPECT_EQ(nprs->button(0)->GetSize().x, nprs->button(10)->GetSize().x) << "buttons of one width";
}

} // namespace
} // namespace knotwork::gui
