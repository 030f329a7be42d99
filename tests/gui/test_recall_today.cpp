// Today's clients to recall on the demo practice (its clock fixed at kTestDay): the clients its
// plans recall, each with the reason in words, and Enter (an activated row) opens the client's
// chart; a screenshot of Today with them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/dataview.h>

#include "app/gui/main_frame.h"
#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "gui_test_support.h"
#include "schedule/ui/recall_panel.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using testing::processEvents;
using testing::RunningApp;

class RecallToday : public testing::DemoPracticeTest {};

TEST_F(RecallToday, ListsTheClientsThePlansRecallAndEnterOpensTheChart)
{
    MainFrame& frame = RunningApp::mainFrame();
    frame.showView(View::Today);
    processEvents();
    auto& panel = testing::windowNamed<schedule::ui::RecallPanel>("recall-today");
    ASSERT_FALSE(panel.rows().empty()) << "the demo leaves some clients due a visit unbooked";
    EXPECT_TRUE(panel.IsShownOnScreen());
    ui::TextTable& list = panel.list();
    ASSERT_EQ(list.rowCount(), panel.rows().size());
    for (std::size_t row = 0; row < panel.rows().size(); ++row) {
        EXPECT_EQ(ui::toUtf8(list.cell(row, 0)), panel.rows()[row].clientName);
        EXPECT_FALSE(list.cell(row, 2).empty()) << "every row says why in words";
    }
    testing::saveScreenshot(frame, "today-recall");

    auto* model = dynamic_cast<wxDataViewVirtualListModel*>(list.GetModel());
    ASSERT_NE(model, nullptr);
    wxDataViewEvent activated(wxEVT_DATAVIEW_ITEM_ACTIVATED, &list, model->GetItem(0));
    list.ProcessWindowEvent(activated);
    processEvents();
    EXPECT_EQ(frame.clients().chart().clientId(), panel.rows()[0].item.clientId);
}

} // namespace
} // namespace knotwork::gui
