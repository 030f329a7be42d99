// The native table the hand-drawn lists became: what a sighted reader sees and what a screen
// reader gets are the same rows, cells and chosen row.
#include <memory>
#include <gtest/gtest.h>
#include <wx/frame.h>
#include <wx/sizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "gui_test_support.h"

namespace knotwork::gui {
namespace {

using ui::TextTable;

class TextTableTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_frame = new wxFrame(nullptr, wxID_ANY, "Text table");
        m_table = new TextTable(m_frame, "measures", "Outcome measures", {{"Date", 100}, {"Score", 200}},
                                wxSize(-1, 160));
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(m_table, wxSizerFlags(1).Expand());
        m_frame->SetSizerAndFit(sizer);
        m_frame->Show();
        m_table->setRows({{{"09/11/2026", "NDI 10 % (mild)"}},
                          {{"08/01/2026", "NDI 32 % (moderate)"}, wxColour(128, 128, 128)},
                          {{"07/01/2026", "PSFS 2.3"}}});
        testing::processEvents();
    }
    void TearDown() override { m_frame->Destroy(); }

    wxFrame* m_frame = nullptr;
    TextTable* m_table = nullptr;
};

TEST_F(TextTableTest, IsANativeListWhoseRowsAndCellsAReaderGets)
{
    EXPECT_EQ(ui::accessibleName(*m_table), "Outcome measures");
    EXPECT_EQ(m_table->rowCount(), 3u);
    EXPECT_EQ(ui::accessibleRowCount(*m_table), 3);
    EXPECT_EQ(m_table->cell(1, 1), "NDI 32 % (moderate)");
    EXPECT_EQ(ui::accessibleCellText(*m_table, 1, 1), "NDI 32 % (moderate)");
    EXPECT_EQ(ui::accessibleCellText(*m_table, 2, 0), "07/01/2026");
    EXPECT_EQ(ui::accessibleCellText(*m_table, 3, 0), "") << "no such row";

    auto* model = dynamic_cast<wxDataViewVirtualListModel*>(m_table->GetModel());
    ASSERT_NE(model, nullptr);
    wxDataViewItemAttr look;
    EXPECT_FALSE(model->GetAttr(model->GetItem(0), 0, look)) << "a plain row";
    ASSERT_TRUE(model->GetAttr(model->GetItem(1), 0, look));
    EXPECT_EQ(look.GetColour(), wxColour(128, 128, 128)) << "a muted row";
}

TEST_F(TextTableTest, ChoosingARowIsSeenByTheScreenAndTheReader)
{
    int changes = 0;
    m_table->onSelectionChanged([&] { ++changes; });
    EXPECT_FALSE(m_table->selectedRow());
    EXPECT_EQ(ui::accessibleSelectedRow(*m_table), -1);
    m_table->selectRow(2);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(m_table->selectedRow(), 2u);
    EXPECT_EQ(ui::accessibleSelectedRow(*m_table), 2);

    m_table->setRows({{{"10/01/2026", "HIT-6 58"}}});
    EXPECT_FALSE(m_table->selectedRow()) << "new rows start with none chosen";
    EXPECT_EQ(ui::accessibleRowCount(*m_table), 1);
}

TEST_F(TextTableTest, DoubleClickOrEnterActivatesTheRow)
{
    std::optional<std::size_t> activated;
    m_table->onActivated([&](std::size_t row) { activated = row; });
    auto* model = dynamic_cast<wxDataViewVirtualListModel*>(m_table->GetModel());
    ASSERT_NE(model, nullptr);
    wxDataViewEvent event(wxEVT_DATAVIEW_ITEM_ACTIVATED, m_table, model->GetItem(1));
    m_table->ProcessWindowEvent(event);
    EXPECT_EQ(activated, 1u);
}

TEST_F(TextTableTest, IsAsWideAsItsColumnsAndFitsThemToTheirCells)
{
    EXPECT_GE(m_table->GetBestSize().x, m_table->FromDIP(300)) << "a dialog fits it to its columns";
    m_table->setRows({{{"09/11/2026", "A score long enough to need a wider column than it was given"}}});
    m_table->fitColumnsToContent();
    testing::processEvents();
    EXPECT_GT(m_table->GetColumn(1)->GetWidth(),
              m_table->GetTextExtent("A score long enough to need a wider column than it was given").x);
    EXPECT_GT(m_table->GetBestSize().x, m_table->FromDIP(300));
}

} // namespace
} // namespace knotwork::gui
