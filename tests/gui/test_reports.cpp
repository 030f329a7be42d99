// Reports in the demo practice, driven through their widgets: the progress report dialog with
// its page preview, saving (the file and the chart's disclosure log), a recipient without
// consent refused beside the field, and the Reports view's batch; screenshots of each.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/stattext.h>

#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "form_driver.h"
#include "reports/ui/progress_report_dialog.h"
#include "sharing/assessment.h"
#include "reports/ui/record_document_dialog.h"
#include "reports/ui/report_preview.h"
#include "reports/ui/reports_tab.h"
#include "reports/ui/reports_view.h"
#include "sessions/ui/note_history_model.h"
#include "sessions/ui/sessions_tab.h"
#include "common/ui/wx_date.h"
#include "screenshot.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using reports::ui::ProgressReportDialog;
using reports::ui::RecordDocument;
using reports::ui::RecordDocumentDialog;
using testing::RunningApp;
using testing::windowNamed;

class Reports : public testing::DemoPracticeTest {
protected:
    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static sharing::SharingService& sharing() { return frame().practice()->sharingService(); }
    static clients::ui::ClientChartPanel& chart() { return windowNamed<clients::ui::ClientListPanel>("clients").chart(); }
    // The Reports view, showing `provider`'s clients.
    static reports::ui::ReportsView& reportsViewFor(clients::ProviderId provider)
    {
        frame().showView(View::Reports);
        auto& view = windowNamed<reports::ui::ReportsView>("reports");
        view.chooseProvider(provider);
        testing::processEvents();
        return view;
    }

    struct Pair {
        clients::Provider provider;
        clients::CareTeamClient client;
    };
    // A provider and one of their clients whose consent to share with them is `consenting`,
    // from the provider with the fewest such clients (a quick batch).
    static Pair find(bool consenting)
    {
        std::optional<Pair> best;
        std::size_t fewest = SIZE_MAX;
        for (const clients::Provider& provider : sharing().providers()) {
            std::vector<clients::CareTeamClient> matching;
            for (const clients::CareTeamClient& client : sharing().clientsOf(provider.id))
                if (client.sharingConsent == consenting && client.lastVisit)
                    matching.push_back(client);
            if (!matching.empty() && matching.size() < fewest) {
                fewest = matching.size();
                best = Pair{provider, matching.front()};
            }
        }
        if (!best)
            throw std::runtime_error("the demo has no such provider and client");
        return *best;
    }

    // Opens a demo client who has signed notes on the Sessions tab, with their newest signed note
    // chosen; returns it.
    static sessions::NoteSummary openSignedNote()
    {
        const Pair pair = find(true);
        frame().openClient(pair.client.id);
        chart().showTab("chart-sessions");
        testing::processEvents();
        auto& sessionsTab = windowNamed<sessions::ui::SessionsTab>("chart-sessions");
        for (const sessions::NoteSummary& note : sessionsTab.history().notes())
            if (note.status == sessions::NoteStatus::Signed) {
                sessionsTab.selectNotes({note.id});
                testing::processEvents();
                return note;
            }
        throw std::runtime_error("the demo client has no signed note");
    }

    static reports::ui::ReportsTab& reportsTab() { return windowNamed<reports::ui::ReportsTab>("reports-tab"); }

    // Saves what the record document dialog shows as `file`, checking it offers `visit` first.
    std::function<void(wxDialog&)> saveDocumentAs(const std::filesystem::path& file, const std::string& screenshot,
                                                  const std::optional<sessions::NoteSummary>& visit = std::nullopt)
    {
        return [=](wxDialog& shown) {
            auto& dialog = dynamic_cast<RecordDocumentDialog&>(shown);
            dialog.Show();
            testing::processEvents();
            if (visit) {
                EXPECT_EQ(dialog.visitChoice()->GetStringSelection(), ui::formatDate(visit->visitDate));
            }
            EXPECT_GE(dialog.preview().pageCount(), 1);
            EXPECT_TRUE(dialog.saveButton().IsEnabled()) << ui::toUtf8(dialog.problem().GetLabel());
            dialog.setFileQuestion([&](wxWindow*, const wxString&) { return std::optional(file); });
            EXPECT_EQ(dialog.save(false), file);
            EXPECT_THAT(ui::toUtf8(dialog.problem().GetLabel()), HasSubstr("Saved " + file.filename().string()));
            testing::processEvents();
            EXPECT_FALSE(dialog.problem().GetScreenRect().Intersects(dialog.preview().GetScreenRect()));
            testing::saveScreenshot(dialog, screenshot);
            dialog.Hide();
        };
    }

    // The therapist's assessment, complete for any plan: what Save needs.
    static void fillAssessment(ProgressReportDialog& dialog)
    {
        dialog.assessment().field("progress").ChangeValue("Fewer headache days since the start of care.");
        dialog.assessment().field("goals_or_criteria").ChangeValue("End care once headache days stay low for two months.");
        dialog.assessment().field("reason").ChangeValue("Rotation is still short of its target.");
    }

    static std::string pdfText(const std::filesystem::path& file)
    {
        std::string text = knotwork::testing::runProcess({"/usr/bin/pdftotext", file.string(), "-"}).out;
        std::replace(text.begin(), text.end(), '\n', ' ');
        return text;
    }

    knotwork::testing::TempDir m_dir;
};

TEST_F(Reports, TheDialogPreviewsThePagesThenSavesTheReportAndTheChartLogsIt)
{
    const Pair pair = find(true);
    frame().openClient(pair.client.id);
    chart().showTab("reports-tab");
    testing::processEvents();
    auto& tab = windowNamed<reports::ui::ReportsTab>("reports-tab");
    const std::size_t logged = tab.log().rowCount();
    const auto file = m_dir / "report.pdf";

    int pages = 0;
    tab.setDialogRunner([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ProgressReportDialog&>(shown);
        dialog.Show();
        testing::processEvents();
        pages = dialog.preview().pageCount();
        EXPECT_GE(pages, 2);
        EXPECT_EQ(windowNamed<wxStaticText>("preview-page").GetLabel(), wxString::Format("Page 1 of %d", pages));
        // A reader hears which page the preview shows, and hears it turn.
        auto& page = windowNamed<wxWindow>("report-page");
        EXPECT_EQ(knotwork::ui::accessibleName(page), wxString::Format("Preview, page 1 of %d", pages));
        EXPECT_EQ(knotwork::ui::accessibleRoleName(page), "image");
        EXPECT_TRUE(page.AcceptsFocus()) << "Tab reaches the page";
        EXPECT_EQ(knotwork::ui::accessibleDescription(windowNamed<wxWindow>("preview-next")),
                  wxString::Format("Page 1 of %d", pages));
        EXPECT_TRUE(dialog.saveButton().IsEnabled());
        fillAssessment(dialog);
        testing::saveScreenshot(dialog, "progress-report-dialog");
        dialog.preview().showPage(1);
        testing::processEvents();
        EXPECT_EQ(knotwork::ui::accessibleName(page), wxString::Format("Preview, page 2 of %d", pages));
        EXPECT_EQ(knotwork::ui::accessibleDescription(windowNamed<wxWindow>("preview-next")),
                  wxString::Format("Page 2 of %d", pages));
        testing::saveScreenshot(dialog, "progress-report-dialog-page-2");
        dialog.setFileQuestion([&](wxWindow*, const wxString& suggested) {
            EXPECT_THAT(ui::toUtf8(suggested), HasSubstr("Progress report"));
            return std::optional(file);
        });
        EXPECT_EQ(dialog.save(false), file);
        EXPECT_THAT(ui::toUtf8(dialog.problem().GetLabel()), HasSubstr("Saved report.pdf"));
        testing::processEvents();
        EXPECT_FALSE(dialog.problem().GetScreenRect().Intersects(dialog.preview().GetScreenRect()))
            << "the message stays beside the preview, never over it";
        testing::saveScreenshot(dialog, "progress-report-saved");
        dialog.Hide();
    });
    tab.writeProgressReport();

    ASSERT_TRUE(std::filesystem::exists(file));
    const auto text = knotwork::testing::runProcess({"/usr/bin/pdftotext", file.string(), "-"});
    EXPECT_THAT(text.out, HasSubstr(pair.provider.name));
    EXPECT_THAT(text.out, HasSubstr(wxString::Format("Page %d of %d", pages, pages).utf8_string()));
    EXPECT_EQ(tab.log().rowCount(), logged + 1);
    EXPECT_EQ(tab.log().cell(0, 4), "report.pdf");
    EXPECT_EQ(ui::accessibleCellText(tab.log(), 0, 4), "report.pdf") << "a reader gets the log's cells";
    testing::saveScreenshot(frame(), "client-chart-reports");
}

TEST_F(Reports, ARecipientWithoutConsentIsRefusedBesideTheFieldAndNothingCanBeSaved)
{
    const Pair pair = find(false);
    auto& view = reportsViewFor(pair.provider.id);
    EXPECT_EQ(ui::accessibleName(windowNamed<wxChoice>("report-provider")), "Provider") << "named by its label";
    ui::TextTable& list = view.clientList();
    std::optional<std::size_t> row;
    for (std::size_t at = 0; at < list.rowCount() && !row; ++at)
        if (list.cell(at, 0) == ui::toWx(pair.client.name))
            row = at;
    ASSERT_TRUE(row);
    list.selectRow(*row);
    EXPECT_TRUE(windowNamed<wxButton>("report-one").IsEnabled());
    // A screen reader gets the rows and the chosen one from the native list.
    EXPECT_EQ(ui::accessibleRowCount(list), static_cast<int>(list.rowCount()));
    EXPECT_EQ(ui::accessibleSelectedRow(list), static_cast<int>(*row));
    EXPECT_EQ(ui::accessibleCellText(list, static_cast<int>(*row), 0), ui::toWx(pair.client.name));
    EXPECT_EQ(ui::accessibleCellText(list, static_cast<int>(*row), 1), "No: a report cannot be sent");

    view.setDialogRunner([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ProgressReportDialog&>(shown);
        dialog.Show();
        testing::processEvents();
        EXPECT_THAT(ui::toUtf8(dialog.problem().GetLabel()), HasSubstr("has not consented"));
        EXPECT_THAT(ui::toUtf8(dialog.recipientChoice().GetStringSelection()), HasSubstr("no consent to share"));
        EXPECT_FALSE(dialog.saveButton().IsEnabled());
        EXPECT_EQ(dialog.preview().pageCount(), 0);
        testing::saveScreenshot(dialog, "progress-report-refused");
        dialog.Hide();
    });
    view.writeReportForSelected();
}

TEST_F(Reports, TheAssessmentIsRefusedOnItsFieldKeepingTheTypingAndAFactFromTheDataIsInserted)
{
    const Pair pair = find(true);
    frame().openClient(pair.client.id);
    chart().showTab("reports-tab");
    testing::processEvents();
    auto& tab = windowNamed<reports::ui::ReportsTab>("reports-tab");
    const auto file = m_dir / "refused.pdf";
    tab.setDialogRunner([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ProgressReportDialog&>(shown);
        dialog.Show();
        testing::processEvents();
        reports::ui::AssessmentFields& assessment = dialog.assessment();
        EXPECT_EQ(ui::accessibleName(assessment.field("progress")), "Progress in words (required)");
        EXPECT_EQ(ui::accessibleName(assessment.facts()), "Facts from the data");
        ASSERT_GT(assessment.facts().GetCount(), 0u) << "the visits at least are a fact";
        EXPECT_TRUE(assessment.field("progress").IsEmpty()) << "nothing is typed in the therapist's name";
        sharing::ProgressReportRequest asked;
        asked.client = pair.client.id;
        asked.recipient = pair.provider.id;
        EXPECT_EQ(assessment.allGoalsMetPrompt().IsShown(),
                  sharing::everyGoalMetWhileVisitsContinue(sharing().progressReport(asked).plan));

        // Saved without the progress in words: refused on that field, the typing kept, Save still on.
        assessment.field("reason").ChangeValue("Rotation is still short of its target.");
        dialog.setFileQuestion([&](wxWindow*, const wxString&) { return std::optional(file); });
        EXPECT_FALSE(dialog.save(false));
        EXPECT_FALSE(std::filesystem::exists(file));
        EXPECT_THAT(ui::toUtf8(assessment.problemOn("progress")), HasSubstr("Progress in words: required"));
        EXPECT_EQ(assessment.field("reason").GetValue(), "Rotation is still short of its target.");
        EXPECT_TRUE(dialog.saveButton().IsEnabled());
        testing::processEvents();
        testing::saveScreenshot(dialog, "progress-report-assessment-refused");

        // The chosen fact goes where the therapist types (the progress at first), and answers the refusal.
        assessment.facts().SetSelection(0);
        const wxString fact = assessment.facts().GetString(0);
        wxString shown = assessment.chosenFact().GetLabelText();
        shown.Replace("\n", " ");
        EXPECT_EQ(shown, fact) << "the chosen fact is shown in full, wrapped to the column";
        assessment.insertChosenFact();
        EXPECT_EQ(assessment.field("progress").GetValue(), fact);
        EXPECT_TRUE(assessment.problemOn("progress").empty());
        fillAssessment(dialog);
        EXPECT_EQ(dialog.save(false), file);
        dialog.Hide();
    });
    tab.writeProgressReport();
    EXPECT_THAT(pdfText(file), HasSubstr("Fewer headache days since the start of care."));
}

TEST_F(Reports, TheReportsViewOpensEachConsentingClientsReportInTurnAndWritesOnlyThoseSaved)
{
    const Pair pair = find(true);
    auto& view = reportsViewFor(pair.provider.id);
    testing::saveScreenshot(frame(), "reports-view");

    std::size_t consenting = 0;
    for (const clients::CareTeamClient& client : sharing().clientsOf(pair.provider.id))
        consenting += client.sharingConsent;
    ASSERT_GE(consenting, 1u);
    view.setFolderQuestion([&](wxWindow*, const wxString&) { return std::optional(m_dir.path()); });
    std::size_t opened = 0;
    view.setDialogRunner([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ProgressReportDialog&>(shown);
        ++opened;
        EXPECT_THAT(ui::toUtf8(dialog.GetTitle()), HasSubstr("(" + std::to_string(opened) + " of "));
        // The first is saved with its assessment; the second is closed unsaved, which ends the series.
        if (opened == 1) {
            fillAssessment(dialog);
            EXPECT_TRUE(dialog.save(false));
        }
    });
    view.writeBatch();

    std::size_t written = 0;
    for (const auto& entry : std::filesystem::directory_iterator(m_dir.path()))
        written += entry.path().extension() == ".pdf";
    EXPECT_EQ(written, 1u);
    EXPECT_EQ(opened, std::min<std::size_t>(2, consenting));
    ASSERT_FALSE(RunningApp::notifier().information.empty());
    EXPECT_THAT(RunningApp::notifier().information.back().text,
                HasSubstr("1 of " + std::to_string(consenting) + " report"));
}

TEST_F(Reports, TheChosenSignedNoteIsSavedAsPdfFromTheSessionsTabAndTheChartLogsIt)
{
    const sessions::NoteSummary note = openSignedNote();
    testing::saveScreenshot(frame(), "client-chart-sessions-note-documents");
    const std::size_t logged = reportsTab().log().rowCount();
    const auto file = m_dir / "note.pdf";
    reportsTab().setDialogRunner(saveDocumentAs(file, "note-pdf-dialog", note));
    testing::click(windowNamed<wxWindow>("chart-sessions"), "note-save-pdf");

    ASSERT_TRUE(std::filesystem::exists(file));
    const std::string text = pdfText(file);
    EXPECT_THAT(text, HasSubstr("Massage therapy"));
    EXPECT_THAT(text, HasSubstr("Copy for the client's record"));
    EXPECT_EQ(reportsTab().log().rowCount(), logged + 1);
    EXPECT_EQ(reportsTab().log().cell(0, 1), "Treatment note");
    EXPECT_EQ(reportsTab().log().cell(0, 4), "note.pdf");
}

TEST_F(Reports, TheHomeCareHandoutOfTheChosenNoteIsForTheClientAndLoggedAsGivenToThem)
{
    const sessions::NoteSummary note = openSignedNote();
    const auto file = m_dir / "home-care.pdf";
    reportsTab().setDialogRunner(saveDocumentAs(file, "home-care-handout-dialog", note));
    testing::click(windowNamed<wxWindow>("chart-sessions"), "note-handout");

    ASSERT_TRUE(std::filesystem::exists(file));
    const std::string text = pdfText(file);
    EXPECT_THAT(text, HasSubstr("Your home care"));
    EXPECT_THAT(text, HasSubstr("after your visit on"));
    const clients::Client client = frame().practice()->clientService().clients().chart(chart().clientId()).client;
    const std::string firstName =
        client.preferredName.empty() ? client.givenNames.substr(0, client.givenNames.find(' ')) : client.preferredName;
    EXPECT_THAT(text, HasSubstr("For " + firstName + ","));
    EXPECT_EQ(reportsTab().log().cell(0, 1), "Home-care handout");
    EXPECT_EQ(ui::toUtf8(reportsTab().log().cell(0, 2)), clients::fullName(client)) << "given to the client";
}

TEST_F(Reports, TheIntakeSummaryIsSavedFromTheClientMenu)
{
    openSignedNote();
    const std::size_t logged = reportsTab().log().rowCount();
    const auto file = m_dir / "intake.pdf";
    reportsTab().setDialogRunner(saveDocumentAs(file, "intake-summary-dialog"));
    wxMenuBar* bar = frame().GetMenuBar();
    const int item = bar->FindMenuItem("Client", "Save intake summary as PDF…");
    ASSERT_NE(item, wxNOT_FOUND);
    wxCommandEvent chosen(wxEVT_MENU, item);
    frame().ProcessWindowEvent(chosen);

    ASSERT_TRUE(std::filesystem::exists(file));
    EXPECT_THAT(pdfText(file), HasSubstr("Intake summary"));
    EXPECT_EQ(reportsTab().log().rowCount(), logged + 1);
    EXPECT_EQ(reportsTab().log().cell(0, 1), "Intake summary");
}

} // namespace
} // namespace knotwork::gui
