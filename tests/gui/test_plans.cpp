// The chart's Plan and Progress tabs, the measure and plan dialogs, and the Today view's plan
// reminders, driven through their widgets in the demo practice; screenshots of each.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>

#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/line_chart_panel.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "plans/plan_service.h"
#include "plans/ui/measure_dialog.h"
#include "plans/ui/new_plan_dialog.h"
#include "plans/ui/plan_edit_dialog.h"
#include "plans/ui/plan_rows_editors.h"
#include "plans/ui/plan_tab.h"
#include "plans/ui/progress_tab.h"
#include "screenshot.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunningApp;
using testing::windowNamed;

class Plans : public testing::DemoPracticeTest {
protected:
    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static plans::PlanService& service() { return frame().practice()->planService(); }
    static clients::ui::ClientChartPanel& chart() { return windowNamed<clients::ui::ClientListPanel>("clients").chart(); }
    static plans::ui::PlanTab& planTab() { return windowNamed<plans::ui::PlanTab>("plan-tab"); }
    static plans::ui::ProgressTab& progressTab() { return windowNamed<plans::ui::ProgressTab>("progress-tab"); }

    // The first client of the Today reminders whose plan has goals and a reminder to show.
    static plans::PlanReminderRow remindedClient()
    {
        for (const plans::PlanReminderRow& row : service().reminders())
            if (!row.goalsMet.empty())
                return row;
        throw std::runtime_error("the demo has no plan with a goal met");
    }

    static void showChartTab(clients::ClientId client, const wxString& tab)
    {
        frame().openClient(client);
        chart().showTab(tab);
        testing::processEvents();
    }
};

TEST_F(Plans, ThePlanTabShowsGoalsPhaseAndWhatThePlanAsksFor)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "plan-tab");

    ASSERT_TRUE(planTab().shown());
    const plans::PlanProgress& shown = *planTab().shown();
    EXPECT_EQ(shown.plan.id, reminded.planId);
    EXPECT_EQ(planTab().goalList().GetItemCount(), static_cast<int>(shown.goals.size()));
    EXPECT_THAT(ui::toUtf8(planTab().remindersText()), HasSubstr("Goal met: " + reminded.goalsMet.front()));
    EXPECT_THAT(ui::toUtf8(windowNamed<wxStaticText>("plan-phase").GetLabel()), HasSubstr("visits since"));
    testing::saveScreenshot(frame(), "client-chart-plan");
}

TEST_F(Plans, TheProgressTabChartsTheNotesAndMeasuresWithTheGoals)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "progress-tab");

    const auto& charts = progressTab().charts();
    ASSERT_GE(charts.size(), 4u);
    EXPECT_EQ(charts[0]->chart().title, "Headache days per month");
    EXPECT_FALSE(charts[0]->chart().empty());
    bool goalDrawn = false;
    for (const auto* panel : charts)
        goalDrawn = goalDrawn || !panel->chart().goals.empty();
    EXPECT_TRUE(goalDrawn);
    EXPECT_EQ(progressTab().measureList().GetItemCount(),
              static_cast<int>(service().measures(reminded.clientId).size()));
    EXPECT_GT(progressTab().diaryList().GetItemCount(), 0);
    testing::saveScreenshot(frame(), "client-chart-progress");
    progressTab().Scroll(0, progressTab().GetScrollRange(wxVERTICAL));
    progressTab().Refresh();  // scrolled children of a GTK window repaint on the next pass
    testing::processEvents();
    testing::saveScreenshot(frame(), "client-chart-progress-lists");
}

TEST_F(Plans, TheDiarySaysWhenMedicationDaysSuggestOveruse)
{
    clients::ClientService& clients = *frame().clientService();
    clients::IntakeRecord record;
    record.client.familyName = "Aalto";
    record.client.givenNames = "Veikko";
    record.intake.headache.acuteMedications = {clients::AcuteMedication::Triptan};
    const clients::ClientId id = clients.saveIntake(record);
    knotwork::testing::consentToTreatment(clients, id);
    sessions::SessionService& sessions = frame().practice()->sessionService();
    for (const Date& visit : {Date(2026, 8, 10), Date(2026, 9, 9), Date(2026, 10, 9)}) {
        sessions::SoapNote note = knotwork::testing::sampleNote(id, visit);
        note.subjective.diaryDays = 30;
        note.subjective.medicationDays = 12;
        const sessions::NoteId added = sessions.addNote(note);
        sessions.sign(added, sessions.note(added).rowVersion);
    }
    showChartTab(id, "progress-tab");
    const auto& overuse = windowNamed<wxStaticText>("medication-overuse");
    EXPECT_TRUE(overuse.IsShown());
    EXPECT_THAT(ui::toUtf8(overuse.GetLabel()), HasSubstr("speak to their prescriber"));
    EXPECT_TRUE(clients.assess(clients.clients().chart(id)).advisories.contains(clients::SafetyIssue::PainkillerOveruse));
    progressTab().Scroll(0, progressTab().GetScrollRange(wxVERTICAL));
    progressTab().Refresh();
    testing::processEvents();
    testing::saveScreenshot(frame(), "client-chart-progress-overuse");
}

TEST_F(Plans, AMeasureIsScoredAsEnteredAndRefusedBesideTheItemLeftOut)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "progress-tab");
    const std::size_t before = service().measures(reminded.clientId).size();

    std::string refused, scoreShown;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& measure = dynamic_cast<plans::ui::MeasureDialog&>(dialog);
        measure.setKind(plans::MeasureKind::Hdi);
        for (int item = 0; item < plans::kHdiItems - 1; ++item)
            testing::choose(measure, wxString::Format("hdi-%d", item + 1), item % 3 + 1);
        testing::clickSave(measure);  // item 25 left unanswered
        refused = ui::toUtf8(measure.markers().messageFor("answers[24]"));
        testing::processEvents();
        testing::saveScreenshot(measure, "measure-dialog-hdi");

        measure.setKind(plans::MeasureKind::Ndi);
        for (int section = 1; section <= 10; ++section)
            testing::press(measure, wxString::Format("ndi-%d.%d", section, section % 4));
        scoreShown = ui::toUtf8(measure.scoreText());
        testing::processEvents();
        testing::saveScreenshot(measure, "measure-dialog-ndi");
        testing::clickSave(measure);
    });
    progressTab().recordMeasure();
    testing::processEvents();

    EXPECT_THAT(refused, HasSubstr("Item 25"));
    EXPECT_EQ(scoreShown, "Score: NDI 30 % (moderate)");
    const std::vector<plans::OutcomeMeasure> after = service().measures(reminded.clientId);
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.back().kind, plans::MeasureKind::Ndi);
    EXPECT_EQ(progressTab().measureList().GetItemCount(), static_cast<int>(after.size()));
}

TEST_F(Plans, AFollowUpPsfsOffersTheBaselineActivitiesAndHit6TakesOnlyARealTotal)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "progress-tab");
    if (service().psfsActivities(reminded.clientId, service().today()).empty()) {
        plans::OutcomeMeasure baseline;
        baseline.clientId = reminded.clientId;
        baseline.kind = plans::MeasureKind::Psfs;
        baseline.takenOn = service().today() - boost::gregorian::days(60);
        baseline.activities = {{"Reading for an hour", 3}, {"Reversing the car", 2}, {"Sleeping through", 4}};
        service().addMeasure(baseline);
    }
    const std::vector<std::string> expected = service().psfsActivities(reminded.clientId, service().today());
    const std::size_t before = service().measures(reminded.clientId).size();

    std::vector<std::string> offered;
    bool editable = true;
    std::string refused;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& measure = dynamic_cast<plans::ui::MeasureDialog&>(dialog);
        measure.setKind(plans::MeasureKind::Psfs);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            offered.push_back(ui::toUtf8(measure.activity(static_cast<int>(i)).GetValue()));
            editable = editable && measure.activity(static_cast<int>(i)).IsEditable();
            testing::press(measure, wxString::Format("rating-%d.%d", static_cast<int>(i) + 1, 6));
        }
        testing::processEvents();
        testing::saveScreenshot(measure, "measure-dialog-psfs-follow-up");

        measure.setKind(plans::MeasureKind::Hit6);
        testing::type(measure, "hit6", "37");  // no six answers add up to 37
        testing::clickSave(measure);
        wxString message = measure.markers().messageFor("hit6");
        message.Replace("\n", " ");  // wrapped to the field's width
        refused = ui::toUtf8(message);
        testing::processEvents();
        testing::saveScreenshot(measure, "measure-dialog-hit6");
        testing::type(measure, "hit6", "58");
        testing::clickSave(measure);
    });
    progressTab().recordMeasure();
    testing::processEvents();

    EXPECT_EQ(offered, expected);
    EXPECT_FALSE(editable) << "a baseline activity is rated, not renamed";
    EXPECT_THAT(refused, HasSubstr("add up to 37"));
    const std::vector<plans::OutcomeMeasure> after = service().measures(reminded.clientId);
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.back().kind, plans::MeasureKind::Hit6);
    EXPECT_EQ(after.back().total, 58);
    EXPECT_TRUE(after.back().answers.empty());
}

TEST_F(Plans, APlanIsEditedGoalByGoalAndKeptAsATemplate)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "plan-tab");
    const std::size_t goalsBefore = planTab().shown()->plan.goals.size();
    const std::size_t templatesBefore = service().templates().size();

    std::string refused;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& edit = dynamic_cast<plans::ui::PlanEditDialog&>(dialog);
        edit.goals().addRow();
        const std::string row = "goals[" + std::to_string(goalsBefore) + "]";
        testing::choose(edit, row + ".metric", 1);  // average intensity
        testing::type(edit, row + ".baseline", "6");
        testing::type(edit, row + ".target", "7");  // worse than the baseline
        testing::clickSave(edit);
        wxString message = edit.markers().messageFor(row + ".target");
        message.Replace("\n", " ");  // wrapped to the cell's width
        refused = ui::toUtf8(message);
        testing::processEvents();
        testing::saveScreenshot(edit, "plan-edit-dialog");
        testing::type(edit, row + ".target", "3");
        edit.saveAsTemplate("Ana's tension-type plan");
        testing::clickSave(edit);
    });
    planTab().editPlan();
    testing::processEvents();

    EXPECT_THAT(refused, HasSubstr("lower than the baseline"));
    ASSERT_EQ(planTab().shown()->plan.goals.size(), goalsBefore + 1);
    const plans::Goal& added = planTab().shown()->plan.goals.back();
    EXPECT_EQ(added.metric, plans::GoalMetric::AverageIntensity);
    EXPECT_DOUBLE_EQ(added.target, 3);
    EXPECT_GT(added.id, 0);
    EXPECT_EQ(planTab().goalList().GetItemCount(), static_cast<int>(goalsBefore + 1));
    ASSERT_EQ(service().templates().size(), templatesBefore + 1);
    EXPECT_EQ(service().templates().back().name, "Ana's tension-type plan");
}

TEST_F(Plans, AVoidedMeasureStaysListedStruckOut)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "progress-tab");
    wxListCtrl& list = progressTab().measureList();
    ASSERT_GT(list.GetItemCount(), 0);
    list.SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    progressTab().setVoidReasonQuestion([] { return std::optional<std::string>("Entered twice"); });
    progressTab().voidSelected();
    testing::processEvents();
    EXPECT_EQ(ui::toUtf8(list.GetItemText(0, 2)), "Voided: Entered twice");
}

TEST_F(Plans, APlanStartsFromATemplateWithBaselinesFromTheChart)
{
    // A client whose plan was discontinued may start a new one.
    clients::ClientId client = 0;
    for (clients::ClientId id = 1; id <= testing::kTestDemoClients && client == 0; ++id) {
        const auto plans = service().records().plans(id);
        if (!plans.empty() && plans.front().status == plans::PlanStatus::Discontinued
            && !frame().clientService()->clients().chart(id).client.archived)
            client = id;
    }
    ASSERT_NE(client, 0);
    showChartTab(client, "plan-tab");
    EXPECT_FALSE(planTab().shown());

    std::string preview;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& start = dynamic_cast<plans::ui::NewPlanDialog&>(dialog);
        preview = ui::toUtf8(start.previewText());
        testing::processEvents();
        testing::saveScreenshot(start, "new-plan-dialog");
        testing::clickSave(start);
    });
    planTab().startPlan();
    testing::processEvents();

    EXPECT_THAT(preview, HasSubstr("Weekly × 6, then every 2 weeks × 6, then every 4–6 weeks"));
    ASSERT_TRUE(planTab().shown());
    EXPECT_EQ(planTab().shown()->plan.startDate, service().today());
    EXPECT_EQ(planTab().shown()->plan.status, plans::PlanStatus::Active);
}

TEST_F(Plans, TodayListsPlansToLookAtAndOpensThem)
{
    frame().showView(View::Today);
    testing::processEvents();
    auto& panel = windowNamed<wxWindow>("plan-reminders-today");
    EXPECT_TRUE(panel.IsShown());
    const plans::PlanReminderRow first = service().reminders().front();
    testing::saveScreenshot(frame(), "today-plan-reminders");

    testing::click(panel, wxString::Format("open-plan-%lld", first.planId));
    testing::processEvents();
    EXPECT_EQ(frame().currentView(), View::Clients);
    EXPECT_EQ(chart().clientId(), first.clientId);
    auto& tabs = windowNamed<wxNotebook>("chart-tabs");
    EXPECT_EQ(tabs.GetCurrentPage()->GetName(), "plan-tab");
}

} // namespace
} // namespace knotwork::gui
