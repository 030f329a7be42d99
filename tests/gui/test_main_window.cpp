#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/persist.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "common/ui/accessibility.h"
#include "common/ui/wx_text.h"
#include "app/gui/demo_practice_file.h"
#include "app/gui/knotwork_app.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_files.h"
#include "client_views.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "support/practice_files.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using testing::processEvents;
using testing::RunningApp;
using testing::saveScreenshot;

std::string statusText()
{
    return ui::toUtf8(RunningApp::mainFrame().GetStatusBar()->GetStatusText());
}

wxDataViewListCtrl& navigation()
{
    auto* list = dynamic_cast<wxDataViewListCtrl*>(wxWindow::FindWindowByName("navigation", &RunningApp::mainFrame()));
    if (!list)
        throw std::runtime_error("the main window has no navigation");
    return *list;
}

// The button with the given label inside `window`, at any depth.
wxButton* buttonIn(wxWindow* window, const wxString& label)
{
    for (wxWindow* child : window ? window->GetChildren() : wxWindowList()) {
        auto* button = dynamic_cast<wxButton*>(child);
        if (button && button->GetLabel() == label)
            return button;
        if (wxButton* inside = buttonIn(child, label))
            return inside;
    }
    return nullptr;
}

// The button on a view's page with the given label.
wxButton* buttonOn(View view, const wxString& label)
{
    return buttonIn(wxWindow::FindWindowByName(viewKey(view), &RunningApp::mainFrame()), label);
}

// Clicks a button as the mouse or the space bar would.
void click(wxButton& button)
{
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.ProcessWindowEvent(event);
}

class MainWindow : public ::testing::Test {
protected:
    void SetUp() override
    {
        RunningApp::notifier().errors.clear();
        RunningApp::notifier().information.clear();
        if (RunningApp::mainFrame().practice()->database().path() != defaultPractice()) {
            ASSERT_TRUE(RunningApp::mainFrame().openPractice(defaultPractice(), db::OpenMode::ExistingOnly));
        }
        RunningApp::mainFrame().showView(View::Today);
        processEvents();
    }

    static std::filesystem::path defaultPractice()
    {
        return RunningApp::home() / "data" / "knotwork" / "practice.sqlite";
    }
};

TEST_F(MainWindow, OpensOnTheDefaultPracticeCreatedOnFirstLaunch)
{
    MainFrame& frame = RunningApp::mainFrame();
    EXPECT_TRUE(frame.IsShown());
    ASSERT_NE(frame.practice(), nullptr);
    EXPECT_EQ(frame.practice()->database().path(), defaultPractice());
    EXPECT_EQ(knotwork::testing::permissionBits(defaultPractice()), 0600u);
    EXPECT_THAT(ui::toUtf8(frame.GetTitle()), HasSubstr("practice.sqlite"));
    EXPECT_THAT(statusText(), HasSubstr("practice.sqlite"));
    EXPECT_THAT(statusText(), HasSubstr(defaultPractice().parent_path().string()));
    EXPECT_TRUE(RunningApp::notifier().errors.empty());
}

TEST_F(MainWindow, NavigatesBetweenTodayClientsScheduleAndReports)
{
    MainFrame& frame = RunningApp::mainFrame();
    wxDataViewListCtrl& list = navigation();
    ASSERT_EQ(list.GetItemCount(), static_cast<int>(kViews.size()));
    const char* labels[] = {"Today", "Clients", "Schedule", "Billing", "Reports"};
    for (std::size_t i = 0; i < kViews.size(); ++i) {
        wxVariant cell;
        list.GetValue(cell, static_cast<unsigned>(i), 0);
        wxDataViewIconText shown;
        shown << cell;
        EXPECT_EQ(shown.GetText(), labels[i]);
        EXPECT_EQ(ui::accessibleCellText(list, static_cast<int>(i), 0), labels[i]) << "a reader gets the row";
        EXPECT_NE(wxWindow::FindWindowByName(viewKey(kViews[i]), &frame), nullptr) << labels[i];
    }
    EXPECT_EQ(ui::accessibleName(list), "Views");
    EXPECT_EQ(frame.currentView(), View::Today);
    EXPECT_EQ(list.GetSelectedRow(), 0);
    EXPECT_EQ(ui::accessibleSelectedRow(list), 0);
    EXPECT_TRUE(wxWindow::FindWindowByName(viewKey(View::Today), &frame)->IsShown());
    saveScreenshot(frame, "main-window-today");

    // The Down key (a real key press through the X server) moves to the next view and selects
    // its row, which a screen reader announces.
    frame.Raise();
    wxUIActionSimulator().MouseMove(frame.GetScreenRect().GetPosition() + wxPoint(40, 40));
    list.SetFocus();
    processEvents();
    wxUIActionSimulator().Char(WXK_DOWN);
    for (int wait = 0; wait < 50 && frame.currentView() != View::Clients; ++wait) {
        wxMilliSleep(20);
        processEvents();
    }
    EXPECT_EQ(frame.currentView(), View::Clients);
    EXPECT_EQ(list.GetSelectedRow(), 1);
    EXPECT_EQ(ui::accessibleSelectedRow(list), 1);
    EXPECT_TRUE(wxWindow::FindWindowByName(viewKey(View::Clients), &frame)->IsShown());

    // Choosing a view another way (Ctrl+3, the View menu) moves the list's selection with it.
    frame.showView(View::Schedule);
    processEvents();
    EXPECT_EQ(frame.currentView(), View::Schedule);
    EXPECT_EQ(ui::accessibleSelectedRow(list), 2);
    EXPECT_TRUE(wxWindow::FindWindowByName(viewKey(View::Schedule), &frame)->IsShown());
    EXPECT_FALSE(wxWindow::FindWindowByName(viewKey(View::Today), &frame)->IsShown());
}

TEST_F(MainWindow, TheStatusBarIsAStatusBarNamedByItsText)
{
    wxStatusBar& bar = *RunningApp::mainFrame().GetStatusBar();
    // The practice, its last backup, the check of its records, then the reminders sent (none
    // while they are off): a reader hears each field that says something.
    ASSERT_EQ(bar.GetFieldsCount(), 4);
    EXPECT_EQ(bar.GetStatusText(3), "") << "the default practice sends no reminders";
    const wxString backup = bar.GetStatusText(1);
    const wxString records = bar.GetStatusText(2);
    EXPECT_THAT(ui::toUtf8(backup), HasSubstr("backup"));
    EXPECT_THAT(ui::toUtf8(records), HasSubstr("Records"));
    const wxString rest = "  " + backup + "  " + records;
    EXPECT_EQ(ui::accessibleRoleName(bar), "statusbar");
    EXPECT_EQ(ui::accessibleName(bar), bar.GetStatusText() + rest);
    EXPECT_FALSE(bar.GetStatusText().empty());
    const wxString before = bar.GetStatusText();
    bar.SetStatusText("Saved the note");
    EXPECT_EQ(ui::accessibleName(bar), "Saved the note" + rest) << "the name follows the text";
    bar.SetStatusText(before);
    EXPECT_EQ(ui::accessibleName(bar), before + rest);
}

TEST_F(MainWindow, EveryViewHasACtrlNumberShortcut)
{
    MainFrame& frame = RunningApp::mainFrame();
    wxMenuBar* bar = frame.GetMenuBar();
    const int viewMenu = bar->FindMenu("View");
    ASSERT_NE(viewMenu, wxNOT_FOUND);
    const wxMenuItemList& items = bar->GetMenu(viewMenu)->GetMenuItems();
    ASSERT_EQ(items.size(), kViews.size());

    int number = 1;
    for (wxMenuItem* item : items) {
        const View expected = kViews.at(number - 1);
        std::unique_ptr<wxAcceleratorEntry> accelerator(item->GetAccel());
        ASSERT_TRUE(accelerator);
        EXPECT_EQ(accelerator->GetFlags(), wxACCEL_CTRL);
        EXPECT_EQ(accelerator->GetKeyCode(), '0' + number);

        wxCommandEvent chosen(wxEVT_MENU, item->GetId());
        frame.ProcessWindowEvent(chosen);
        EXPECT_EQ(frame.currentView(), expected) << ui::toUtf8(item->GetItemLabelText());
        EXPECT_EQ(navigation().GetSelectedRow(), number - 1);
        ++number;
    }
    frame.showView(View::Clients);
    saveScreenshot(frame, "main-window-clients");
}

TEST_F(MainWindow, FileAndHelpMenusOfferPracticesQuitAndAbout)
{
    wxMenuBar* bar = RunningApp::mainFrame().GetMenuBar();
    const std::pair<int, const char*> expected[] = {
        {wxID_NEW, "Ctrl+Shift+N"}, {wxID_OPEN, "Ctrl+O"}, {wxID_EXIT, "Ctrl+Q"}};
    for (const auto& [id, shortcut] : expected) {
        wxMenuItem* item = bar->FindItem(id);
        ASSERT_NE(item, nullptr) << id;
        EXPECT_TRUE(item->GetItemLabel().EndsWith(wxString("\t") + shortcut)) << item->GetItemLabel();
    }
    EXPECT_EQ(bar->FindItem(wxID_NEW)->GetItemLabelText(), "New practice…");
    EXPECT_EQ(bar->FindItem(wxID_OPEN)->GetItemLabelText(), "Open practice…");
    EXPECT_NE(bar->FindItem(wxID_ABOUT), nullptr);
    EXPECT_NE(bar->FindMenu("Help"), wxNOT_FOUND);
    EXPECT_NE(bar->FindMenuItem("File", "Explore a demo practice…"), wxNOT_FOUND);
    EXPECT_NE(bar->FindMenuItem("File", "Practice settings…"), wxNOT_FOUND);
    for (const char* label : {"Passphrase…", "Export practice…", "Import practice…"})
        EXPECT_NE(bar->FindMenuItem("File", label), wxNOT_FOUND) << label;
}

TEST_F(MainWindow, TheClientMenuReachesEveryClientActionByKeyboard)
{
    wxMenuBar* bar = RunningApp::mainFrame().GetMenuBar();
    ASSERT_NE(bar->FindMenu("Client"), wxNOT_FOUND);
    const std::pair<const char*, const char*> shortcuts[] = {
        {"New client…", "Ctrl+N"}, {"Find client", "Ctrl+F"}, {"Edit intake…", "Ctrl+E"}};
    for (const auto& [label, shortcut] : shortcuts) {
        const int id = bar->FindMenuItem("Client", label);
        ASSERT_NE(id, wxNOT_FOUND) << label;
        EXPECT_TRUE(bar->FindItem(id)->GetItemLabel().EndsWith(wxString("\t") + shortcut)) << label;
    }
    for (const char* label : {"Record clearance…", "Consents…", "Archive…", "Providers…"})
        EXPECT_NE(bar->FindMenuItem("Client", label), wxNOT_FOUND) << label;

    // Find client shows the Clients view.
    wxCommandEvent find(wxEVT_MENU, bar->FindMenuItem("Client", "Find client"));
    RunningApp::mainFrame().ProcessWindowEvent(find);
    EXPECT_EQ(RunningApp::mainFrame().currentView(), View::Clients);
}

TEST_F(MainWindow, EachFeatureAddsItsOwnSectionOfTheClientMenu)
{
    wxMenuBar* bar = RunningApp::mainFrame().GetMenuBar();
    wxMenu* menu = bar->GetMenu(bar->FindMenu("Client"));
    std::vector<wxString> labels;
    for (const wxMenuItem* item : menu->GetMenuItems())
        labels.push_back(item->IsSeparator() ? wxString("—") : item->GetItemLabelText());
    // Client records (the practice's, then the chosen client's), then session notes, then
    // measures, then appointments, then the client's documents.
    EXPECT_THAT(labels, ::testing::ElementsAre("New client…", "Find client", "Providers…", "—", "Edit intake…",
                                               "Record clearance…", "Consents…", "Archive…", "—",
                                               "New session note", "—", "Record measure…", "—",
                                               "Book appointment…", "Book the plan…", "Check out…", "Sell package…",
                                               "Sell gift certificate…", "—", "Save signed note as PDF…", "Home-care handout…",
                                               "Save intake summary as PDF…", "Export record…"));
}

TEST_F(MainWindow, AFeatureHearsOnlyTheRecordChangesItListensTo)
{
    using clients::ui::RecordKind;
    MainFrame& frame = RunningApp::mainFrame();
    auto heard = std::make_shared<std::vector<clients::ClientId>>();
    frame.listen({RecordKind::Plan, RecordKind::Report},
                 [heard](const clients::ui::RecordChange& change) { heard->push_back(change.client); });

    frame.recordChanged({RecordKind::Draft, 1});
    frame.recordChanged({RecordKind::Plan, 2});
    frame.recordChanged({RecordKind::Client, 3});
    frame.recordChanged({RecordKind::Report, 4});
    EXPECT_THAT(*heard, ::testing::ElementsAre(2, 4));
}

TEST_F(MainWindow, ExploringTheDemoPracticeWritesItOnceThenOpensIt)
{
    MainFrame& frame = RunningApp::mainFrame();
    app::removePracticeFiles(demoPracticePath());  // the run's shared demo practice
    ASSERT_TRUE(frame.exploreDemoPractice(25));
    EXPECT_TRUE(frame.showingDemo());
    EXPECT_EQ(frame.currentView(), View::Clients);
    EXPECT_THAT(statusText(), HasSubstr("Demo practice with synthetic clients"));
    EXPECT_TRUE(std::filesystem::exists(demoPracticePath()));
    EXPECT_FALSE(std::filesystem::exists(demoPracticePath().string() + ".partial"));
    EXPECT_TRUE(RunningApp::notifier().errors.empty());

    ASSERT_TRUE(frame.openPractice(defaultPractice(), db::OpenMode::ExistingOnly));
    testing::useSharedDemoPractice();
}

TEST_F(MainWindow, AnEmptyPracticeOffersAFirstClientOrTheDemo)
{
    RunningApp::mainFrame().showView(View::Clients);
    processEvents();
    EXPECT_NE(buttonOn(View::Clients, "New client…"), nullptr);
    EXPECT_NE(buttonOn(View::Clients, "Explore a demo practice"), nullptr);
    EXPECT_TRUE(wxWindow::FindWindowByName("clients-empty", &RunningApp::mainFrame())->IsShown());
}

TEST_F(MainWindow, EmptyStatesOfferAWorkingNextStep)
{
    wxButton* goToClients = buttonOn(View::Today, "Go to Clients");
    ASSERT_NE(goToClients, nullptr);
    click(*goToClients);
    EXPECT_EQ(RunningApp::mainFrame().currentView(), View::Clients);
}

TEST_F(MainWindow, ShowsAPracticeWhoseNameHasAccents)
{
    const auto file = RunningApp::home() / "Zoë Nguyễn – Łódź.sqlite";
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::CreateIfMissing));
    processEvents();
    EXPECT_THAT(statusText(), HasSubstr("Zoë Nguyễn – Łódź.sqlite"));
    EXPECT_THAT(ui::toUtf8(RunningApp::mainFrame().GetTitle()), HasSubstr("Zoë Nguyễn – Łódź"));
    saveScreenshot(RunningApp::mainFrame(), "main-window-accented-practice");
}

// A damaged file cannot be told from an encrypted one until a passphrase is tried: none opens it.
TEST_F(MainWindow, ADamagedPracticeAsksForAPassphraseNoneOpensAndTheOpenOneIsKept)
{
    const auto damaged = RunningApp::home() / "damaged.sqlite";
    knotwork::testing::writeBytes(damaged, std::string(4096, '!'));
    bool refused = false;
    testing::answerNextDialog([&](wxDialog& prompt) {
        ASSERT_EQ(prompt.GetName(), "passphrase-prompt");
        auto& field = *dynamic_cast<wxTextCtrl*>(prompt.FindWindow("passphrase"));
        field.SetValue("whatever it might be");
        click(*dynamic_cast<wxButton*>(prompt.FindWindow(wxID_OK)));
        refused = prompt.IsModal();
        click(*dynamic_cast<wxButton*>(prompt.FindWindow(wxID_CANCEL)));
    });
    EXPECT_FALSE(RunningApp::mainFrame().openPractice(damaged, db::OpenMode::ExistingOnly));

    EXPECT_TRUE(refused) << "a passphrase opened a damaged file";
    EXPECT_TRUE(RunningApp::notifier().errors.empty());
    EXPECT_EQ(RunningApp::mainFrame().practice()->database().path(), defaultPractice());
    EXPECT_THAT(statusText(), HasSubstr("practice.sqlite"));
}

// Opening another program's database, or choosing it as a new practice's file, leaves it byte for
// byte as it was, with nothing beside it, and says why.
TEST_F(MainWindow, AnotherProgramsDatabaseIsRefusedUntouchedAndTheOpenOneIsKept)
{
    const auto folder = RunningApp::home() / "other-program";
    std::filesystem::create_directories(folder);
    const auto file = folder / "recipes.db";
    knotwork::testing::writeAnotherProgramsDatabase(file);
    const std::string before = knotwork::testing::readBytes(file);
    for (const db::OpenMode mode : {db::OpenMode::ExistingOnly, db::OpenMode::CreateIfMissing}) {
        RunningApp::notifier().errors.clear();
        EXPECT_FALSE(RunningApp::mainFrame().openPractice(file, mode));
        ASSERT_EQ(RunningApp::notifier().errors.size(), 1u);
        EXPECT_THAT(RunningApp::notifier().errors.front().text, HasSubstr("not a Knotwork practice"));
        RunningApp::notifier().errors.clear();
        EXPECT_TRUE(knotwork::testing::readBytes(file) == before);
        EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()), 1)
            << "a -wal or -shm was left beside it";
    }
    EXPECT_EQ(RunningApp::mainFrame().practice()->database().path(), defaultPractice());
}

TEST_F(MainWindow, RemembersItsSizeAndPlaceForTheNextStart)
{
    MainFrame& frame = RunningApp::mainFrame();
    const wxRect chosen(frame.FromDIP(wxPoint(40, 30)), frame.FromDIP(wxSize(1000, 700)));
    frame.SetSize(chosen);
    processEvents();
    wxPersistenceManager::Get().Save(&frame);
    wxConfigBase::Get()->Flush();
    const auto settings = RunningApp::home() / "config" / "knotwork" / "knotwork.conf";
    EXPECT_THAT(knotwork::testing::readBytes(settings), HasSubstr("MainFrame"));

    auto* next = new MainFrame(RunningApp::notifier(), "test", RunningApp::app().clock());
    EXPECT_EQ(next->GetSize(), chosen.GetSize());
    EXPECT_EQ(next->GetPosition(), chosen.GetPosition());
    next->Destroy();
    processEvents();
}

TEST_F(MainWindow, ASizeRememberedFromALargerScreenIsBroughtWithinThisOne)
{
    MainFrame& frame = RunningApp::mainFrame();
    const wxRect workArea = wxDisplay(&frame).GetClientArea();
    frame.SetSize(wxRect(workArea.GetTopLeft() + wxPoint(300, 200), workArea.GetSize() * 2));
    processEvents();
    wxPersistenceManager::Get().Save(&frame);

    auto* next = new MainFrame(RunningApp::notifier(), "test", RunningApp::app().clock());
    EXPECT_TRUE(workArea.Contains(next->GetRect()))
        << "the window is " << next->GetSize().x << "x" << next->GetSize().y << " at "
        << next->GetPosition().x << "," << next->GetPosition().y;
    EXPECT_EQ(next->GetSize(), workArea.GetSize());
    next->Destroy();
    frame.SetSize(frame.FromDIP(wxSize(1000, 700)));
    processEvents();
}

} // namespace
} // namespace knotwork::gui
