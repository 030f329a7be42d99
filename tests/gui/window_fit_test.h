#pragma once
// The window-fit tests' fixture (test_window_fit.cpp instantiates it at 1024×600 and 1366×768):
// windows opened the way the app opens them, on the demo practice, with the work area the app
// sees set to that of the laptop; a screenshot of each is kept as fit_<screen>_<window>.png.

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/dialog.h>
#include <wx/modalhook.h>
#include <wx/timer.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "window_fit_checks.h"

namespace knotwork::gui::testing {

// A client of the demo practice with everything a window can show: signed notes, an open plan
// with goals, consents, and a care-team provider who may receive their reports.
struct DemoClient {
    clients::ClientId id = 0;
    wxString name;
    clients::Provider provider;
    std::vector<sessions::NoteId> signedNotes;  // newest first
    plans::TreatmentPlan plan;
};

class WindowFit : public DemoPracticeTest, public ::testing::WithParamInterface<Screen> {
protected:
    void SetUp() override
    {
        DemoPracticeTest::SetUp();
        m_area = testing::workAreaOf(GetParam());
        m_laptop = std::make_unique<ui::WorkAreaOverride>(m_area);
    }

    void TearDown() override
    {
        for (wxWindow* window : m_opened)
            window->Destroy();
        processEvents();
        m_laptop.reset();
        DemoPracticeTest::TearDown();
    }

    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static app::PracticeContext& practice() { return *frame().practice(); }

    // Shows a window the app would show, closed when the test ends.
    template <typename Window>
    Window& show(Window* window)
    {
        m_opened.push_back(window);
        window->Show();
        processEvents();
        return *window;
    }

    // Fails for every way `window` does not fit the work area, and keeps its screenshot.
    void expectFits(wxTopLevelWindow& window, const std::string& name)
    {
        // Texts rewrap once they have their width and GTK then places what moved: the window is
        // judged once it has settled, as a person would see it.
        std::vector<std::string> problems;
        for (int look = 0; look < 8; ++look) {
            processEvents();
            problems = testing::fitProblems(window, m_area);
            if (problems.empty())
                break;
        }
        EXPECT_THAT(problems, ::testing::IsEmpty())
            << name << " at " << testing::nameOf(GetParam()) << " is " << window.GetSize().x << "x"
            << window.GetSize().y;
        testing::saveScreenshot(window, "fit_" + testing::nameOf(GetParam()) + "_" + name);
    }

    static DemoClient demoClient()
    {
        sharing::SharingService& sharing = practice().sharingService();
        for (const clients::Provider& provider : sharing.providers()) {
            for (const clients::CareTeamClient& client : sharing.clientsOf(provider.id)) {
                if (!client.sharingConsent || !client.lastVisit)
                    continue;
                const std::optional<plans::PlanProgress> plan = practice().planService().openPlanProgress(client.id);
                DemoClient found{client.id, ui::toWx(client.name), provider, {}, {}};
                for (const sessions::NoteSummary& note : practice().sessionService().history(client.id))
                    if (note.status == sessions::NoteStatus::Signed)
                        found.signedNotes.push_back(note.id);
                if (plan && !plan->plan.goals.empty() && found.signedNotes.size() >= 2) {
                    found.plan = plan->plan;
                    return found;
                }
            }
        }
        throw std::runtime_error("the demo practice has no client with notes, a plan and a consenting provider");
    }

    // The first client the list shows with this filter.
    static clients::ClientId firstListed(clients::ClientFilter filter)
    {
        testing::chooseFilter(filter);
        const std::vector<testing::ListedRow> rows = testing::listedRows("client-list");
        testing::chooseFilter(clients::ClientFilter::Active);
        if (rows.empty())
            throw std::runtime_error("the demo practice lists nobody for this filter");
        return rows.front().id;
    }

    // Runs `action`, which shows the progress dialog named `name` while it works, and checks
    // the dialog while it shows.
    void expectProgressFits(const wxString& name, const std::string& shot, const std::function<void()>& action)
    {
        bool checked = false;
        wxTimer look;
        look.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
            auto* dialog = dynamic_cast<wxTopLevelWindow*>(wxWindow::FindWindowByName(name));
            if (checked || !dialog || !dialog->IsShown())
                return;
            checked = true;
            expectFits(*dialog, shot);
        });
        look.Start(100);
        action();
        look.Stop();
        EXPECT_TRUE(checked) << "the progress dialog " << name << " never showed";
    }

    // Runs `open`, which shows GTK's file chooser titled `title`, and checks where the chooser
    // shows; cancels it. wx knows neither the chooser's size nor lists it among its windows, but
    // hooks it; the X server says where it is.
    void expectChooserFits(const std::string& title, const std::string& shot, const std::function<void()>& open)
    {
        struct ChooserSpy : wxModalDialogHook {
            wxDialog* shown = nullptr;
            int Enter(wxDialog* dialog) override
            {
                shown = dialog;
                return wxID_NONE;
            }
        } spy;
        spy.Register();
        std::optional<wxRect> chooser;
        wxTimer look;
        look.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
            if (chooser || !spy.shown || !spy.shown->IsShown())
                return;
            processEvents();
            chooser = testing::shownWindowRect(title);
            if (chooser)
                testing::saveScreenshot(*chooser, "fit_" + testing::nameOf(GetParam()) + "_" + shot);
            spy.shown->EndModal(wxID_CANCEL);
        });
        look.Start(200);
        open();
        look.Stop();
        ASSERT_TRUE(chooser) << "the file chooser " << title << " never showed";
        EXPECT_TRUE(m_area.Contains(*chooser)) << "the file chooser " << title << " is " << chooser->width << "x"
                                               << chooser->height << " at " << chooser->x << "," << chooser->y;
    }

    wxRect m_area;
    std::unique_ptr<ui::WorkAreaOverride> m_laptop;
    std::vector<wxWindow*> m_opened;
};

} // namespace knotwork::gui::testing
