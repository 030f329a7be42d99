// Every window fits a laptop's screen (UI.md, Screen sizes): at 1024×600 and 1366×768 each window
// and dialog opens inside the work area with its buttons in view and nothing cut, long forms
// scrolling inside. The windows are opened the way the app opens them, on the demo practice,
// with the work area the app sees set to that of the laptop; a screenshot of each is kept as
// fit_<screen>_<window>.png.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/modalhook.h>
#include <wx/notebook.h>
#include <wx/persist.h>
#include <wx/timer.h>

#include "app/gui/demo_practice_dialog.h"
#include "app/gui/demo_practice_file.h"
#include "app/gui/export_dialog.h"
#include "app/gui/import_problems_dialog.h"
#include "app/gui/passphrase_dialog.h"
#include "app/gui/passphrase_prompt.h"
#include "app/gui/knotwork_app.h"
#include "app/gui/main_frame.h"
#include "app/gui/restore_dialog.h"
#include "app/practice/practice_context.h"
#include "db/practice_summary.h"
#include "client_views.h"
#include "clients/ui/clearance_dialog.h"
#include "clients/ui/clearance_extension_dialog.h"
#include "clients/ui/client_list_panel.h"
#include "clients/ui/consent_dialog.h"
#include "clients/ui/intake_dialog.h"
#include "clients/ui/practice_settings_dialog.h"
#include "clients/ui/provider_dialog.h"
#include "clients/ui/providers_dialog.h"
#include "clients/ui/withdraw_flag_dialog.h"
#include "common/ui/work_area.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "plans/plan_choices.h"
#include "plans/ui/measure_dialog.h"
#include "plans/ui/new_plan_dialog.h"
#include "plans/ui/plan_edit_dialog.h"
#include "plans/ui/plan_status_dialog.h"
#include "reports/ui/progress_report_dialog.h"
#include "reports/ui/report_files.h"
#include "screenshot.h"
#include "sessions/ui/addendum_dialog.h"
#include "sessions/ui/draft_chooser_dialog.h"
#include "sessions/ui/note_comparison_dialog.h"
#include "sessions/ui/note_editor_frame.h"
#include "support/temp_dir.h"
#include "window_fit_checks.h"

namespace knotwork::gui {
namespace {

using ::testing::IsEmpty;
using testing::processEvents;
using testing::RunningApp;
using testing::Screen;

// A client of the demo practice with everything a window can show: signed notes, an open plan
// with goals, consents, and a care-team provider who may receive their reports.
struct DemoClient {
    clients::ClientId id = 0;
    wxString name;
    clients::Provider provider;
    std::vector<sessions::NoteId> signedNotes;  // newest first
    plans::TreatmentPlan plan;
};

class WindowFit : public testing::DemoPracticeTest, public ::testing::WithParamInterface<Screen> {
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
        EXPECT_THAT(problems, IsEmpty())
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

TEST_P(WindowFit, TheMainWindowAndEveryViewAndChartTab)
{
    // A new start on the laptop, after a larger screen's size was remembered.
    const wxSize before = frame().GetSize();
    frame().SetSize(frame().FromDIP(wxSize(1500, 950)));
    wxPersistenceManager::Get().Save(&frame());
    frame().SetSize(before);
    auto& main = show(new MainFrame(RunningApp::notifier(), "test", RunningApp::app().clock()));
    ASSERT_TRUE(main.openPractice(demoPracticePath(), db::OpenMode::ExistingOnly));
    for (const View view : kViews) {
        main.showView(view);
        expectFits(main, "main_" + ui::toUtf8(viewKey(view)));
    }

    main.openClient(demoClient().id);
    auto& tabs = testing::child<wxNotebook>(main, "chart-tabs");
    for (std::size_t page = 0; page < tabs.GetPageCount(); ++page) {
        tabs.SetSelection(page);
        expectFits(main, "main_chart_" + ui::toUtf8(tabs.GetPage(page)->GetName()));
    }
}

TEST_P(WindowFit, TheIntakeOfAClientWithAFullRecord)
{
    const DemoClient client = demoClient();
    const clients::IntakeRecord record = practice().clientService().clients().chart(client.id).intakeRecord();
    expectFits(show(new clients::ui::IntakeDialog(&frame(), practice().clientService(), record)), "intake");
    expectFits(show(new clients::ui::IntakeDialog(&frame(), practice().clientService(), std::nullopt)),
               "intake_new_client");
}

TEST_P(WindowFit, TheClientRecordDialogs)
{
    clients::ClientService& service = practice().clientService();
    const DemoClient client = demoClient();
    const clients::ClientId blocked = firstListed(clients::ClientFilter::NeedsClearance);
    expectFits(show(new clients::ui::ClearanceDialog(&frame(), service, blocked)), "clearance");
    expectFits(show(new clients::ui::WithdrawFlagDialog(&frame(), service, blocked)), "withdraw_flag");
    clients::Clearance lapsed;
    lapsed.id = 1;
    lapsed.clearedOn = service.today() - boost::gregorian::days(400);
    lapsed.expiresOn = service.today() - boost::gregorian::days(35);
    lapsed.providerName = "Dr Amara Okafor";
    expectFits(show(new clients::ui::ClearanceExtensionDialog(&frame(), service, blocked, lapsed)),
               "clearance_extension");
    expectFits(show(new clients::ui::ProviderDialog(&frame(), service, client.provider)), "provider");
    expectFits(show(new clients::ui::ProvidersDialog(&frame(), service, RunningApp::notifier())), "providers");
    expectFits(show(new clients::ui::PracticeSettingsDialog(&frame(), service)), "practice_settings");
}

TEST_P(WindowFit, TheRestoreDialogOfABackupOfTheDemoPractice)
{
    app::RestoreCandidate candidate;
    candidate.file = practice().database().path().parent_path() / "backups" / "practice 2026-11-22 1203.sqlite";
    candidate.encrypted = true;
    candidate.counts = db::summarizePractice(practice().database()).counts;
    candidate.newestSignedNote = practice().clientService().clock().now();
    candidate.lastChange = practice().clientService().clock().now();
    expectFits(show(new RestoreDialog(&frame(), candidate, candidate.lastChange, practice().database().path(),
                                      candidate.file.parent_path())),
               "restore");
}

TEST_P(WindowFit, ConsentsAndTheDayOfARevocation)
{
    const DemoClient client = demoClient();
    auto& consents = show(new clients::ui::ConsentDialog(&frame(), practice().clientService(), client.id));
    expectFits(consents, "consents");

    ui::TextTable& list = consents.list();
    ASSERT_GT(list.rowCount(), 0u);
    list.selectRow(0);
    processEvents();
    bool asked = false;
    testing::answerNextDialog([&](wxDialog& revoke) {
        asked = true;
        expectFits(revoke, "consent_revoke");
        revoke.EndModal(wxID_CANCEL);
    });
    testing::click(consents, "consent.revoke");
    EXPECT_TRUE(asked);
}

TEST_P(WindowFit, TheNoteEditorAndTheNoteDialogs)
{
    const DemoClient client = demoClient();
    sessions::SessionService& sessions = practice().sessionService();
    const sessions::SoapNote draft =
        sessions.openNote(client.id, practice().clientService().today(), boost::posix_time::hours(10));
    auto* editor = sessions::ui::NoteEditorFrame::open(&frame(), sessions, practice().clientService(),
                                                       RunningApp::notifier(), draft.id, [](clients::ClientId, sessions::NoteId) {});
    ASSERT_NE(editor, nullptr);
    editor->setConfirm([](const wxString&) { return true; });
    m_opened.push_back(editor);
    processEvents();
    expectFits(*editor, "note_editor");

    auto* signedNote = sessions::ui::NoteEditorFrame::open(&frame(), sessions, practice().clientService(),
                                                           RunningApp::notifier(), client.signedNotes.front(),
                                                           [](clients::ClientId, sessions::NoteId) {});
    ASSERT_NE(signedNote, nullptr);
    m_opened.push_back(signedNote);
    processEvents();
    expectFits(*signedNote, "note_editor_signed");

    const sessions::SoapNote newest = sessions.note(client.signedNotes.front());
    expectFits(show(new sessions::ui::AddendumDialog(&frame(), sessions, newest)), "addendum");
    expectFits(show(new sessions::ui::NoteComparisonDialog(&frame(), client.name,
                                                           sessions.note(client.signedNotes.back()), newest)),
               "note_comparison");
    std::vector<sessions::DraftRef> drafts;
    for (int i = 0; i < 4; ++i)
        drafts.push_back({draft.id, client.id, ui::toUtf8(client.name), draft.visitDate - boost::gregorian::days(i),
                          Timestamp::now()});
    expectFits(show(new sessions::ui::DraftChooserDialog(&frame(), drafts)), "draft_chooser");
}

TEST_P(WindowFit, ThePlanAndMeasureDialogs)
{
    const DemoClient client = demoClient();
    plans::PlanService& plans = practice().planService();
    expectFits(show(new plans::ui::PlanEditDialog(&frame(), plans, client.plan)), "plan_edit");
    expectFits(show(new plans::ui::NewPlanDialog(&frame(), plans, client.id, client.name)), "new_plan");
    expectFits(show(new plans::ui::PlanStatusDialog(&frame(), plans, client.plan)), "plan_status");
    auto& measure = show(new plans::ui::MeasureDialog(&frame(), plans, client.id, client.name));
    for (const auto& choice : knotwork::choices<plans::MeasureKind>()) {
        measure.setKind(choice.value);
        expectFits(measure, "measure_" + std::string(choice.key));
    }
}

TEST_P(WindowFit, ProblemsShownInALongFormKeepItsButtonsOnTheScreen)
{
    const DemoClient client = demoClient();
    auto& measure = show(new plans::ui::MeasureDialog(&frame(), practice().planService(), client.id, client.name));
    measure.setKind(plans::MeasureKind::Hdi);
    testing::clickSave(measure);  // no item answered: every one is marked
    EXPECT_FALSE(measure.topMessage().empty());
    expectFits(measure, "measure_hdi_problems");
}

TEST_P(WindowFit, TabScrollsAHiddenFieldIntoViewWhileOneInViewStaysPut)
{
    auto& intake = show(new clients::ui::IntakeDialog(&frame(), practice().clientService(), std::nullopt));
    auto& form = testing::child<wxScrolledWindow>(intake, "intake-form");
    const wxRect view(form.GetScreenPosition(), form.GetClientSize());
    auto& last = testing::child<wxWindow>(intake, "screening.notes");
    ASSERT_FALSE(view.Intersects(last.GetScreenRect())) << "the intake is expected to scroll";

    // The focus moving to a field, as GTK tells wx when Tab reaches it.
    const auto focus = [](wxWindow& field) {
        wxChildFocusEvent focused(&field);
        field.GetEventHandler()->ProcessEvent(focused);
        processEvents();
    };
    focus(testing::child<wxWindow>(intake, "family_name"));
    EXPECT_EQ(form.GetViewStart(), wxPoint(0, 0)) << "a field in view made the form move";
    focus(last);
    EXPECT_TRUE(view.Contains(last.GetScreenRect())) << "the field reached with Tab is still out of view";
}

TEST_P(WindowFit, TheProgressReportAndWhereItsPdfsAreSaved)
{
    const DemoClient client = demoClient();
    auto& report = show(new reports::ui::ProgressReportDialog(&frame(), practice().sharingService(),
                                                              RunningApp::notifier(), client.id, client.name,
                                                              client.provider.id));
    expectFits(report, "progress_report");

    expectChooserFits("Save the report as", "pdf_save",
                      [&] { EXPECT_FALSE(reports::ui::askForPdfFile()(&report, "Progress report.pdf")); });
    expectChooserFits("Choose the folder for the reports", "report_folder",
                      [&] { EXPECT_FALSE(reports::ui::askForFolder()(&frame(), wxString())); });
}

TEST_P(WindowFit, TheScannedLetterIsChosenWithinTheScreen)
{
    const clients::ClientId blocked = firstListed(clients::ClientFilter::NeedsClearance);
    auto& clearance = show(new clients::ui::ClearanceDialog(&frame(), practice().clientService(), blocked));
    wxButton* browse = nullptr;  // the picker's Browse button
    for (wxWindow* part : testing::child<wxWindow>(clearance, "clearance.letter").GetChildren())
        if (auto* button = dynamic_cast<wxButton*>(part))
            browse = button;
    ASSERT_NE(browse, nullptr);
    expectChooserFits("Choose the scanned letter", "letter_browse", [&] { testing::click(*browse); });
}

TEST_P(WindowFit, TheProgressDialogOfLongWork)
{
    knotwork::testing::TempDir folder;
    expectProgressFits("demo-progress", "demo_practice_progress", [&] {
        createDemoPracticeShowingProgress(&frame(), RunningApp::notifier(), folder.path() / "demo.sqlite", 40, "test",
                                          practice().clientService().today());
    });

}

TEST_P(WindowFit, ThePassphraseExportAndImportDialogs)
{
    const auto mine = [](const std::string&) { return true; };
    expectFits(show(new PassphraseDialog(&frame(), false, mine)), "passphrase_set");
    auto& change = show(new PassphraseDialog(&frame(), true, mine));
    expectFits(change, "passphrase_change");
    change.choose(PassphraseDialog::Mode::Remove);
    expectFits(change, "passphrase_remove");
    expectFits(show(new PassphrasePrompt(&frame(), practice().database().path(), [](const std::string&) {
                   return false;
               })),
               "passphrase_prompt");
    expectFits(show(new ExportDialog(&frame(), {.title = "Export practice",
                                                .name = "export-practice-dialog",
                                                .intro = "Every record of the practice, in one archive.",
                                                .destinationLabel = "&Save as",
                                                .destination = "/home/someone/Documents/a-rather-long-practice-"
                                                               "name-export-2026-11-23.zip",
                                                .encrypted = true,
                                                .run = {}})),
               "export_practice");
    std::vector<FieldProblem> problems;
    for (int row = 1; row <= 60; ++row)
        problems.push_back({"clients[" + std::to_string(row) + "].intake.health.conditions[0]", "required",
                            "clients #" + std::to_string(row) + ", intake.health.conditions[0]: is missing"});
    expectFits(show(new ImportProblemsDialog(&frame(), "/home/someone/old-practice.zip", problems)), "import_problems");
}

INSTANTIATE_TEST_SUITE_P(Laptops, WindowFit, ::testing::Values(Screen{1024, 600}, Screen{1366, 768}),
                         [](const ::testing::TestParamInfo<Screen>& screen) { return testing::nameOf(screen.param); });

} // namespace
} // namespace knotwork::gui
