#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>

#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "app/gui/demo_practice_file.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using ::testing::AnyOf;
using ::testing::Each;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ListedRow;
using testing::RunningApp;

class ClientList : public testing::DemoPracticeTest {
protected:
    static std::string countLabel()
    {
        return ui::toUtf8(testing::windowNamed<wxStaticText>("client-count").GetLabel());
    }
};

TEST_F(ClientList, TheDemoPracticeSaysEverywhereThatItsClientsAreMadeUp)
{
    MainFrame& frame = RunningApp::mainFrame();
    ASSERT_NE(frame.practice(), nullptr);
    EXPECT_EQ(frame.practice()->database().path(), demoPracticePath());
    EXPECT_EQ(ui::toUtf8(frame.GetTitle()), "Demo practice (synthetic clients) — Knotwork");
    const std::string status = ui::toUtf8(frame.GetStatusBar()->GetStatusText());
    EXPECT_THAT(status, HasSubstr("Demo practice with synthetic clients"));
    EXPECT_THAT(status, HasSubstr("demo-practice.sqlite"));
    EXPECT_THAT(status, HasSubstr(" clients"));
    EXPECT_TRUE(testing::windowNamed<wxInfoBar>("demo-banner").IsShown());
    EXPECT_EQ(frame.currentView(), View::Clients);
    EXPECT_FALSE(std::filesystem::exists(demoPracticePath().string() + ".partial"));
}

TEST_F(ClientList, ListsTheActiveClientsAPageAtATimeWithTheirCount)
{
    const std::vector<ListedRow> rows = testing::listedRows("client-list");
    ASSERT_GT(rows.size(), 200u) << "more than one page of the demo's clients is listed";
    EXPECT_LE(rows.size(), static_cast<std::size_t>(testing::kTestDemoClients));
    EXPECT_EQ(countLabel(), std::to_string(rows.size()) + " clients");
    EXPECT_THAT(rows, Each(Field(&ListedRow::id, Not(0))));
    // Sorted by family name, the way the list reads: "Family, Given".
    EXPECT_THAT(rows.front().name, HasSubstr(", "));
    EXPECT_LE(rows.front().name, rows.back().name);
}

TEST_F(ClientList, SearchingAsYouTypeIgnoresAccentsAndCase)
{
    testing::typeSearch("nguyen");
    const std::vector<ListedRow> nguyens = testing::listedRows("client-list");
    ASSERT_FALSE(nguyens.empty()) << "the demo practice has a Nguyễn";
    EXPECT_THAT(nguyens, Each(Field(&ListedRow::name, HasSubstr("Nguyễn"))));
    EXPECT_EQ(countLabel(), nguyens.size() == 1 ? "1 client" : std::to_string(nguyens.size()) + " clients");

    testing::typeSearch("ZOE");
    const std::vector<ListedRow> zoes = testing::listedRows("client-list");
    ASSERT_FALSE(zoes.empty()) << "the demo practice has a Zoë";
    EXPECT_THAT(zoes, Each(Field(&ListedRow::name, HasSubstr("Zoë"))));

    // Escape empties the search box and lists everyone again.
    auto& search = testing::windowNamed<wxSearchCtrl>("client-search");
    wxKeyEvent escape(wxEVT_CHAR_HOOK);
    escape.m_keyCode = WXK_ESCAPE;
    escape.SetEventObject(&search);
    search.ProcessWindowEvent(escape);
    testing::processEvents();
    EXPECT_TRUE(search.IsEmpty());
    EXPECT_GT(testing::listedRows("client-list").size(), zoes.size());
}

TEST_F(ClientList, NeedsClearanceListsOnlyClientsWhoseStatusBlocksTreatment)
{
    testing::chooseFilter(clients::ClientFilter::NeedsClearance);
    const std::vector<ListedRow> blocked = testing::listedRows("client-list");
    ASSERT_FALSE(blocked.empty()) << "the demo practice has red flags";
    EXPECT_THAT(blocked, Each(Field(&ListedRow::badge, AnyOf("Refer", "Clearance needed"))));

    testing::chooseFilter(clients::ClientFilter::Active);
    const std::vector<ListedRow> active = testing::listedRows("client-list");
    EXPECT_GT(active.size(), blocked.size());
    // Every badge the list draws is one of the words a therapist can read, or none.
    for (const ListedRow& row : active)
        EXPECT_TRUE(row.badge.empty() || row.badge == "Refer" || row.badge == "Clearance needed"
                    || row.badge.starts_with("Cleared until "))
            << row.name << ": " << row.badge;
}

TEST_F(ClientList, ChoosingARowOpensTheChartBesideTheList)
{
    testing::typeSearch("nguyen");
    auto& list = testing::windowNamed<wxDataViewCtrl>("client-list");
    const std::vector<ListedRow> rows = testing::listedRows("client-list");
    ASSERT_FALSE(rows.empty());

    // Enter in the search box moves to the list and opens its first client.
    auto& search = testing::windowNamed<wxSearchCtrl>("client-search");
    wxCommandEvent enter(wxEVT_SEARCH, search.GetId());
    enter.SetEventObject(&search);
    search.ProcessWindowEvent(enter);
    testing::processEvents();

    auto& panel = testing::windowNamed<clients::ui::ClientListPanel>("clients");
    EXPECT_EQ(panel.chart().clientId(), rows.front().id);
    EXPECT_TRUE(list.GetSelection().IsOk());
    EXPECT_THAT(ui::toUtf8(testing::windowNamed<wxStaticText>("chart-name").GetLabel()), HasSubstr("Nguyễn"));

    // Clearing the search lists everyone again; the chart stays open.
    testing::typeSearch(wxString());
    EXPECT_EQ(panel.chart().clientId(), rows.front().id);
    testing::saveScreenshot(RunningApp::mainFrame(), "client-list");
}

TEST_F(ClientList, AScreenReaderSaysWhatTheSearchTheListsAndTheChartPagesAre)
{
    using ui::accessibleName;
    EXPECT_EQ(accessibleName(testing::windowNamed<wxSearchCtrl>("client-search")), "Find a client");
    EXPECT_EQ(accessibleName(testing::windowNamed<wxChoice>("client-filter")), "Clients to list");
    auto& sort = testing::windowNamed<wxChoice>("client-sort");
    EXPECT_EQ(accessibleName(sort), "Sort by") << "its label, not the order chosen";
    EXPECT_EQ(ui::accessibleLabelledBy(sort), "Sort by:");
    EXPECT_EQ(accessibleName(testing::windowNamed<wxDataViewCtrl>("client-list")), "Clients");
    auto& attention = testing::windowNamed<wxDataViewCtrl>("needs-attention-list");
    EXPECT_EQ(accessibleName(attention), "Needs attention before treatment");
    EXPECT_THAT(ui::toUtf8(ui::accessibleDescription(attention)), HasSubstr("red flag"));

    testing::typeSearch("nguyen");
    auto& search = testing::windowNamed<wxSearchCtrl>("client-search");
    wxCommandEvent enter(wxEVT_SEARCH, search.GetId());
    enter.SetEventObject(&search);
    search.ProcessWindowEvent(enter);
    testing::processEvents();
    EXPECT_EQ(accessibleName(testing::windowNamed<wxWindow>("chart-overview")), "Overview");
    EXPECT_EQ(accessibleName(testing::windowNamed<wxWindow>("chart-intake")), "Intake and screening");
    EXPECT_EQ(accessibleName(testing::windowNamed<wxWindow>("chart-documents")), "Documents");
}

TEST_F(ClientList, TheProvidersDialogListsAndSearchesTheCareTeamDirectory)
{
    const std::vector<clients::Provider> providers =
        RunningApp::mainFrame().clientService()->providers().search("", 500);
    ASSERT_FALSE(providers.empty()) << "the demo practice has providers";
    int listed = -1;
    int found = -1;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto* list = dynamic_cast<ui::TextTable*>(wxWindow::FindWindowByName("provider-list", &dialog));
        auto* search = dynamic_cast<wxSearchCtrl*>(wxWindow::FindWindowByName("provider-search", &dialog));
        if (list && search) {
            listed = static_cast<int>(list->rowCount());
            EXPECT_EQ(ui::accessibleRowCount(*list), listed) << "a reader gets every row";
            EXPECT_EQ(ui::accessibleCellText(*list, 0, 0), ui::toWx(providers.front().name));
            search->SetValue(ui::toWx(providers.front().name));
            found = static_cast<int>(list->rowCount());
        }
        dialog.EndModal(wxID_CLOSE);
    });
    wxMenuBar* bar = RunningApp::mainFrame().GetMenuBar();
    wxCommandEvent choose(wxEVT_MENU, bar->FindMenuItem("Client", "Providers…"));
    RunningApp::mainFrame().ProcessWindowEvent(choose);
    EXPECT_EQ(listed, static_cast<int>(providers.size()));
    EXPECT_GE(found, 1);
    EXPECT_LT(found, listed);
}

} // namespace
} // namespace knotwork::gui
