// Keyboard shortcuts: every menu action shows one, no two share one, and they work wherever the
// focus is in the main window, the client list included (GTK's list keeps Ctrl+F and Ctrl+N for
// itself otherwise). Keys are real key presses through the X server (wxUIActionSimulator).
#include <map>
#include <memory>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "app/gui/main_frame.h"
#include "clients/ui/intake_dialog.h"
#include "client_views.h"
#include "common/ui/wx_text.h"
#include "gui_test_support.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using namespace testing;

class Shortcuts : public DemoPracticeTest {
protected:
    // Gives the client list the keyboard focus, the window the X server's, and the pointer a
    // place over the window (without a window manager, keys go where the pointer is).
    static wxDataViewCtrl& focusList()
    {
        MainFrame& frame = RunningApp::mainFrame();
        frame.Raise();
        wxUIActionSimulator().MouseMove(frame.GetScreenRect().GetPosition() + wxPoint(40, 40));
        auto& list = windowNamed<wxDataViewCtrl>("client-list");
        list.SetFocus();
        processEvents();
        return list;
    }

    static bool focusIsIn(const wxWindow& window)
    {
        for (const wxWindow* focus = wxWindow::FindFocus(); focus; focus = focus->GetParent())
            if (focus == &window)
                return true;
        return false;
    }
};

// Answers the modal dialog a key press opens, once it shows: the key reaches the app through the
// X server, so the dialog comes a moment later. Gives up after two seconds.
class DialogWatch {
public:
    explicit DialogWatch(std::function<void(wxDialog&)> answer) : m_answer(std::move(answer))
    {
        m_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { look(); });
        m_timer.Start(20);
    }

    bool answered() const { return m_answered; }

private:
    void look()
    {
        if (++m_looks > 100)
            m_timer.Stop();
        for (wxWindow* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxDialog*>(window);
            if (dialog && dialog->IsModal() && !m_answered) {
                m_answered = true;
                m_timer.Stop();
                m_answer(*dialog);
                return;
            }
        }
    }

    std::function<void(wxDialog&)> m_answer;
    wxTimer m_timer;
    int m_looks = 0;
    bool m_answered = false;
};

void collectItems(const wxMenu& menu, std::vector<wxMenuItem*>& items)
{
    for (wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSeparator())
            continue;
        if (item->GetSubMenu())
            collectItems(*item->GetSubMenu(), items);
        else
            items.push_back(item);
    }
}

TEST_F(Shortcuts, EveryMenuActionShowsItsOwnShortcut)
{
    wxMenuBar* bar = RunningApp::mainFrame().GetMenuBar();
    std::vector<wxMenuItem*> items;
    for (std::size_t menu = 0; menu < bar->GetMenuCount(); ++menu)
        collectItems(*bar->GetMenu(menu), items);
    ASSERT_GE(items.size(), 15u);

    std::map<std::pair<int, int>, std::string> taken;
    for (wxMenuItem* item : items) {
        const std::string label = ui::toUtf8(item->GetItemLabelText());
        const std::unique_ptr<wxAcceleratorEntry> accelerator(item->GetAccel());
        if (!accelerator) {
            ADD_FAILURE() << label << " has no shortcut";
            continue;
        }
        EXPECT_THAT(ui::toUtf8(item->GetItemLabel()), ::testing::HasSubstr("\t")) << label << ": shown in the menu";
        const auto key = std::pair{accelerator->GetFlags(), accelerator->GetKeyCode()};
        const auto [other, added] = taken.emplace(key, label);
        EXPECT_TRUE(added) << label << " and " << other->second << " share "
                           << ui::toUtf8(accelerator->ToString());
    }
    // The archive item's label follows the client (Archive… / Restore) and keeps its shortcut.
    const int archive = bar->FindMenuItem("Client", "Archive…");
    ASSERT_NE(archive, wxNOT_FOUND);
    RunningApp::mainFrame().UpdateWindowUI();
    EXPECT_TRUE(std::unique_ptr<wxAcceleratorEntry>(bar->FindItem(archive)->GetAccel()));
}

TEST_F(Shortcuts, CtrlFFromTheClientListGoesToTheSearchBox)
{
    focusList();
    auto& search = windowNamed<wxSearchCtrl>("client-search");
    ASSERT_FALSE(focusIsIn(search));
    wxUIActionSimulator().Char('f', wxMOD_CONTROL);
    processEvents();
    EXPECT_TRUE(focusIsIn(search)) << "GTK's own search box took Ctrl+F";
    saveScreenshot(RunningApp::mainFrame(), "client-list-ctrl-f");

    // Typing goes on in the search box.
    wxUIActionSimulator().Text("ng");
    processEvents();
    EXPECT_EQ(ui::toUtf8(search.GetValue()), "ng");
    typeSearch(wxString());
}

TEST_F(Shortcuts, LettersTypedInTheClientListSearchTheWayTheSearchBoxDoes)
{
    focusList();
    wxUIActionSimulator().Text("zo");
    processEvents();
    auto& search = windowNamed<wxSearchCtrl>("client-search");
    EXPECT_EQ(ui::toUtf8(search.GetValue()), "zo");
    EXPECT_TRUE(focusIsIn(search));
    processEvents();  // past the typing pause
    std::vector<clients::ClientId> typedInList;
    for (const ListedRow& row : listedRows("client-list"))
        typedInList.push_back(row.id);

    typeSearch("zo");
    std::vector<clients::ClientId> typedInBox;
    for (const ListedRow& row : listedRows("client-list"))
        typedInBox.push_back(row.id);
    EXPECT_FALSE(typedInBox.empty());
    EXPECT_EQ(typedInList, typedInBox);
    typeSearch(wxString());
}

TEST_F(Shortcuts, CtrlNFromTheClientListOpensANewIntake)
{
    focusList();
    bool newIntake = false;
    const DialogWatch watch([&](wxDialog& dialog) {
        auto* intake = dynamic_cast<clients::ui::IntakeDialog*>(&dialog);
        newIntake = intake && intake->savedClientId() == 0 && dialog.GetTitle() == "New client: intake";
        dialog.EndModal(wxID_CANCEL);
    });
    wxUIActionSimulator().Char('n', wxMOD_CONTROL);
    processEvents();
    EXPECT_TRUE(watch.answered()) << "Ctrl+N in the list opened nothing";
    EXPECT_TRUE(newIntake);
}

} // namespace
} // namespace knotwork::gui
