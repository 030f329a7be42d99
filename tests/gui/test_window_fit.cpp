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
#include "app/gui/knotwork_app.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
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
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using ::testing::IsEmpty;
using testing::processEvents;
using testing::RunningApp;
using testing::Screen;
using testing::DemoClient;
using testing::WindowFit;

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

INSTANTIATE_TEST_SUITE_P(Laptops, WindowFit, ::testing::Values(Screen{1024, 600}, Screen{1366, 768}),
                         [](const ::testing::TestParamInfo<Screen>& screen) { return testing::nameOf(screen.param); });

} // namespace
} // namespace knotwork::gui
