// The chart's Plan and Progress tabs, the measure and plan dialogs, and the Today view's plan
// reminders, driven through their widgets in the demo practice; screenshots of each.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/accessibility.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/text_table.h"
#include "common/ui/line_chart_panel.h"
#include "common/error.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "plans/plan_choices.h"
#include "plans/plan_service.h"
#include "plans/ui/measure_dialog.h"
#include "plans/ui/new_plan_dialog.h"
#include "plans/ui/plan_edit_dialog.h"
#include "plans/ui/plan_rows_editors.h"
#include "plans/ui/plan_tab.h"
#include "plans/ui/progress_tab.h"
#include "plans/ui/template_name_dialog.h"
#include "screenshot.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunningApp;
using testing::windowNamed;

// Answers the next modal dialog of type T once it shows, over a dialog already open.
template <typename T>
void answerNextDialogOver(std::function<void(T&)> answer)
{
    wxTheApp->CallAfter([answer = std::move(answer)] {
        for (wxWindow* window : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<T*>(window); dialog && dialog->IsModal()) {
                answer(*dialog);
                return;
            }
        ADD_FAILURE() << "the dialog did not show";
    });
}

// Whether `window` is shown inside `area` on screen, whole: nothing to scroll to, nothing cut.
bool wholeInside(const wxWindow& window, const wxWindow& area)
{
    return window.IsShownOnScreen() && area.GetScreenRect().Contains(window.GetScreenRect());
}

plans::OutcomeMeasure nprs(clients::ClientId client, const Date& on, int total)
{
    plans::OutcomeMeasure measure;
    measure.clientId = client;
    measure.kind = plans::MeasureKind::Nprs;
    measure.takenOn = on;
    measure.total = total;
    return measure;
}

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

    // A client of the demo without an open plan, whose last plan was discontinued.
    static clients::ClientId clientWithoutOpenPlan()
    {
        for (clients::ClientId id = 1; id <= testing::kTestDemoClients; ++id) {
            const auto plans = service().records().plans(id);
            if (!plans.empty() && plans.front().status == plans::PlanStatus::Discontinued
                && !frame().clientService()->clients().chart(id).client.archived)
                return id;
        }
        throw std::runtime_error("the demo has no client whose plan was discontinued");
    }

    static const knotwork::ui::LineChartPanel* chartTitled(const std::string& title)
    {
        for (const auto* panel : progressTab().charts())
            if (panel->chart().title == title)
                return panel;
        return nullptr;
    }
};

TEST_F(Plans, ThePlanTabShowsGoalsPhaseAndWhatThePlanAsksFor)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "plan-tab");

    ASSERT_TRUE(planTab().shown());
    const plans::PlanProgress& shown = *planTab().shown();
    EXPECT_EQ(shown.plan.id, reminded.planId);
    EXPECT_EQ(planTab().goalList().rowCount(), shown.goals.size());
    EXPECT_THAT(ui::toUtf8(planTab().remindersText()), HasSubstr("Goal met: " + reminded.goalsMet.front()));
    EXPECT_THAT(ui::toUtf8(windowNamed<wxStaticText>("plan-phase").GetLabel()), HasSubstr(" since "));
    testing::saveScreenshot(frame(), "client-chart-plan");

    // Every cell whole (the list scrolls sideways on a narrow pane), and the chosen goal in a
    // sentence under the list, whole, for a screen reader.
    ui::TextTable& goals = planTab().goalList();
    for (unsigned column = 0; column < goals.GetColumnCount(); ++column)
        for (std::size_t item = 0; item < goals.rowCount(); ++item)
            // with room for the cell's margins, where GTK would otherwise end the text in "…"
            EXPECT_GE(goals.GetColumn(column)->GetWidth(),
                      goals.GetTextExtent(goals.cell(item, column)).x + goals.FromDIP(12))
                << ui::toUtf8(goals.cell(item, column));
    wxString detail = planTab().goalDetail();
    detail.Replace("\n", " ");
    EXPECT_THAT(ui::toUtf8(detail), HasSubstr(plans::describeGoal(shown.goals.front().goal) + ": "));
    auto& page = windowNamed<wxScrolledWindow>("plan-page");
    page.Scroll(0, page.GetScrollRange(wxVERTICAL));
    page.Refresh();
    testing::processEvents();
    testing::saveScreenshot(frame(), "client-chart-plan-goals");
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
    EXPECT_EQ(progressTab().measureList().rowCount(), service().measures(reminded.clientId).size());
    EXPECT_GT(progressTab().diaryList().rowCount(), 0u);
    // The range of motion in pairs, each chart on the same time axis; the plan's phases shaded.
    for (const char* pair : {"Neck flexion and extension", "Neck rotation", "Neck lateral flexion"})
        EXPECT_NE(chartTitled(pair), nullptr) << pair;
    EXPECT_EQ(chartTitled("Neck range of motion"), nullptr);
    EXPECT_FALSE(charts[0]->chart().periods.empty()) << "the headache days chart shades the plan's phases";
    for (const auto* panel : charts) {
        EXPECT_EQ(panel->chart().axisFrom, charts[0]->chart().axisFrom) << panel->chart().title;
        EXPECT_EQ(panel->chart().axisTo, charts[0]->chart().axisTo) << panel->chart().title;
    }
    testing::saveScreenshot(frame(), "client-chart-progress");
    // The rotation pair, scrolled to, to look at its goal labels and its two kinds of line.
    int unitX = 0, unitY = 1;
    progressTab().GetScrollPixelsPerUnit(&unitX, &unitY);
    progressTab().Scroll(0, progressTab().CalcUnscrolledPosition(chartTitled("Neck rotation")->GetPosition()).y
                                / std::max(1, unitY));
    progressTab().Refresh();
    testing::processEvents();
    testing::saveScreenshot(frame(), "client-chart-progress-rotation");
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
    EXPECT_EQ(progressTab().measureList().rowCount(), after.size());
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
    EXPECT_EQ(planTab().goalList().rowCount(), goalsBefore + 1);
    ASSERT_EQ(service().templates().size(), templatesBefore + 1);
    EXPECT_EQ(service().templates().back().name, "Ana's tension-type plan");
}

TEST_F(Plans, AVoidedMeasureStaysListedStruckOut)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "progress-tab");
    ui::TextTable& list = progressTab().measureList();
    ASSERT_GT(list.rowCount(), 0u);
    list.selectRow(0);
    EXPECT_TRUE(windowNamed<wxButton>("void-measure").IsEnabled());
    progressTab().setVoidReasonQuestion([] { return std::optional<std::string>("Entered twice"); });
    progressTab().voidSelected();
    testing::processEvents();
    EXPECT_EQ(ui::toUtf8(list.cell(0, 2)), "Voided: Entered twice");
    EXPECT_EQ(ui::toUtf8(ui::accessibleCellText(list, 0, 2)), "Voided: Entered twice") << "a reader gets the cell";
    auto* model = dynamic_cast<wxDataViewVirtualListModel*>(list.GetModel());
    ASSERT_NE(model, nullptr);
    wxDataViewItemAttr look;
    ASSERT_TRUE(model->GetAttr(model->GetItem(0), 1, look));
    EXPECT_TRUE(look.GetStrikethrough()) << "struck out, as the void dialog says";
}

TEST_F(Plans, APlanStartsFromATemplateWithBaselinesFromTheChart)
{
    // A client whose plan was discontinued may start a new one.
    const clients::ClientId client = clientWithoutOpenPlan();
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

TEST_F(Plans, RecordMeasureIsAtHandOnTheProgressAndPlanTabsAndInTheClientMenu)
{
    const plans::PlanReminderRow reminded = remindedClient();
    showChartTab(reminded.clientId, "progress-tab");
    // Above the charts, seen without scrolling.
    auto& onProgress = windowNamed<wxButton>("record-measure");
    EXPECT_TRUE(wholeInside(onProgress, progressTab()));
    EXPECT_LT(onProgress.GetScreenPosition().y, progressTab().charts().front()->GetScreenPosition().y);
    const std::size_t before = service().measures(reminded.clientId).size();
    testing::answerNextDialog([](wxDialog& dialog) {
        auto& measure = dynamic_cast<plans::ui::MeasureDialog&>(dialog);
        measure.setKind(plans::MeasureKind::Nprs);
        testing::press(measure, "nprs.6");
        testing::clickSave(measure);
    });
    testing::click(onProgress);
    testing::processEvents();
    ASSERT_EQ(service().measures(reminded.clientId).size(), before + 1);
    EXPECT_EQ(service().measures(reminded.clientId).back().total, 6);

    // On the Plan tab, beside the goals the measures count towards.
    chart().showTab("plan-tab");
    testing::processEvents();
    auto& onPlan = windowNamed<wxButton>("plan-record-measure");
    EXPECT_TRUE(wholeInside(onPlan, planTab()));
    EXPECT_EQ(onPlan.GetLabelText(), "Record measure…");

    // Client › Record measure…, then the Progress tab shows what was recorded.
    wxMenuBar* bar = frame().GetMenuBar();
    const int item = bar->FindMenuItem("Client", "Record measure…");
    ASSERT_NE(item, wxNOT_FOUND);
    EXPECT_THAT(ui::toUtf8(bar->FindItem(item)->GetItemLabel()), HasSubstr("Ctrl+M"));
    testing::answerNextDialog([](wxDialog& dialog) {
        auto& measure = dynamic_cast<plans::ui::MeasureDialog&>(dialog);
        measure.setKind(plans::MeasureKind::Nprs);
        testing::press(measure, "nprs.4");
        testing::clickSave(measure);
    });
    wxCommandEvent chosen(wxEVT_MENU, item);
    frame().ProcessWindowEvent(chosen);
    testing::processEvents();
    ASSERT_EQ(service().measures(reminded.clientId).size(), before + 2);
    EXPECT_EQ(windowNamed<wxNotebook>("chart-tabs").GetCurrentPage()->GetName(), "progress-tab");
    EXPECT_EQ(progressTab().measureList().rowCount(), before + 2);
}

TEST_F(Plans, NeckPainIsChartedOnItsScaleWithTheGoal)
{
    const plans::PlanReminderRow reminded = remindedClient();
    const Date today = service().today();
    for (const auto& [daysAgo, total] : {std::pair{40, 7}, {26, 6}, {12, 5}, {2, 4}})
        service().addMeasure(nprs(reminded.clientId, today - boost::gregorian::days(daysAgo), total));
    plans::TreatmentPlan plan = service().records().plan(reminded.planId);
    plans::Goal goal;
    goal.metric = plans::GoalMetric::Nprs;
    goal.baseline = 7;
    goal.target = 3;
    goal.phase = plan.currentPhase;
    plan.goals.push_back(goal);
    service().updatePlan(plan);
    showChartTab(reminded.clientId, "progress-tab");

    const knotwork::ui::LineChartPanel* nprsChart = chartTitled("Neck pain (NPRS)");
    ASSERT_NE(nprsChart, nullptr);
    EXPECT_DOUBLE_EQ(nprsChart->chart().lowest, 0);
    EXPECT_DOUBLE_EQ(nprsChart->chart().highest, 10);
    ASSERT_EQ(nprsChart->chart().series.size(), 1u);
    std::vector<double> values;
    for (const auto& point : nprsChart->chart().series.front().points)
        values.push_back(point.value);
    EXPECT_FALSE(values.empty());
    EXPECT_DOUBLE_EQ(values.back(), 4);
    ASSERT_EQ(nprsChart->chart().goals.size(), 1u);
    EXPECT_DOUBLE_EQ(nprsChart->chart().goals.front().value, 3);
    EXPECT_EQ(nprsChart->chart().goals.front().label, "Goal 3/10");
    // A reader hears the same figures: first and latest with their days, and the goal.
    auto& nprsPanel = const_cast<knotwork::ui::LineChartPanel&>(*nprsChart);
    const std::string summary = ui::toUtf8(knotwork::ui::accessibleName(nprsPanel));
    EXPECT_THAT(summary, HasSubstr("Neck pain (NPRS) (0 no pain – 10 worst imaginable): first "));
    const Date latest = nprsChart->chart().series.front().points.back().date;
    EXPECT_THAT(summary, HasSubstr(", latest 4 on " + ui::toUtf8(ui::formatDate(latest))));
    EXPECT_THAT(summary, HasSubstr("Goal 3/10 or less."));
    EXPECT_EQ(knotwork::ui::accessibleRoleName(nprsPanel), "image");
    for (const auto* panel : progressTab().charts()) {
        auto& each = const_cast<knotwork::ui::LineChartPanel&>(*panel);
        EXPECT_EQ(knotwork::ui::accessibleName(each), each.summary()) << panel->chart().title;
        EXPECT_EQ(knotwork::ui::accessibleDescription(each), "") << "the summary is said once";
        EXPECT_THAT(ui::toUtf8(each.summary()), ::testing::StartsWith(panel->chart().title)) << "every chart is named";
        EXPECT_TRUE(each.AcceptsFocus()) << "Tab reaches " << panel->chart().title;
        for (const ChartGoal& chartGoal : panel->chart().goals)
            EXPECT_THAT(ui::toUtf8(each.summary()), HasSubstr(chartGoal.label)) << panel->chart().title;
        if (!panel->chart().empty()) {
            EXPECT_THAT(ui::toUtf8(each.summary()), ::testing::ContainsRegex("(first .* latest |: [0-9.]+ on )"))
                << panel->chart().title;
        }
    }
    // Scrolled to it, to look at.
    int unitX = 0, unitY = 1;
    progressTab().GetScrollPixelsPerUnit(&unitX, &unitY);
    progressTab().Scroll(0, progressTab().CalcUnscrolledPosition(nprsChart->GetPosition()).y / std::max(1, unitY));
    nprsPanel.SetFocus();  // Tab stops on a chart: its dotted frame shows where
    progressTab().Refresh();
    testing::processEvents();
    testing::saveScreenshot(frame(), "client-chart-progress-nprs");
}

TEST_F(Plans, ANewGoalStartsFromTheLatestRecordedValueOfItsMeasure)
{
    const plans::PlanReminderRow reminded = remindedClient();
    const Date today = service().today();
    service().addMeasure(nprs(reminded.clientId, today - boost::gregorian::days(30), 7));
    service().addMeasure(nprs(reminded.clientId, today - boost::gregorian::days(9), 5));
    showChartTab(reminded.clientId, "plan-tab");
    const std::size_t goalsBefore = planTab().shown()->plan.goals.size();

    std::string headacheBaseline, nprsBaseline, nprsNote, functionalBaseline, functionalNote, typedKept;
    std::string expectedHeadacheBaseline;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& edit = dynamic_cast<plans::ui::PlanEditDialog&>(dialog);
        edit.goals().addRow();
        const std::size_t index = goalsBefore;
        const std::string row = "goals[" + std::to_string(index) + "]";
        const auto baselineText = [&] { return ui::toUtf8(testing::child<wxTextCtrl>(edit, row + ".baseline").GetValue()); };

        // Headache days first (the first measure offered): the latest signed note's diary.
        plans::Goal days;
        const auto latestDays = plans::latestRecorded(days, service().progressData(reminded.clientId), today);
        expectedHeadacheBaseline = latestDays ? ui::toUtf8(wxString::Format("%g", std::round(latestDays->value * 10) / 10)) : "";
        headacheBaseline = baselineText();

        auto& measureChoice = testing::child<wxChoice>(edit, row + ".metric");
        const int nprsIndex = measureChoice.FindString(ui::toWx(knotwork::labelOf(plans::GoalMetric::Nprs)));
        const int functionalIndex =
            measureChoice.FindString(ui::toWx(knotwork::labelOf(plans::GoalMetric::FunctionalRating)));
        testing::choose(edit, row + ".metric", nprsIndex);
        nprsBaseline = baselineText();
        nprsNote = ui::toUtf8(edit.goals().baselineNote(index));
        testing::processEvents();
        testing::saveScreenshot(edit, "plan-edit-dialog-new-goal");

        // A functional goal nobody rated yet: nothing recorded, so nothing filled in.
        testing::choose(edit, row + ".metric", functionalIndex);
        testing::type(edit, row + ".activity", "Carrying the shopping up the stairs");
        functionalBaseline = baselineText();
        functionalNote = ui::toUtf8(edit.goals().baselineNote(index));

        // A number the therapist typed stays when the measure changes.
        testing::type(edit, row + ".baseline", "6");
        testing::choose(edit, row + ".metric", nprsIndex);
        typedKept = baselineText();

        testing::type(edit, row + ".baseline", "5");
        testing::type(edit, row + ".target", "2");
        testing::clickSave(edit);
    });
    planTab().editPlan();
    testing::processEvents();

    EXPECT_EQ(headacheBaseline, expectedHeadacheBaseline);
    plans::Goal neckPain;
    neckPain.metric = plans::GoalMetric::Nprs;
    const auto latestNprs = plans::latestRecorded(neckPain, service().progressData(reminded.clientId), today);
    ASSERT_TRUE(latestNprs);
    EXPECT_EQ(nprsBaseline, ui::toUtf8(wxString::Format("%g", latestNprs->value)));
    EXPECT_EQ(nprsNote, ui::toUtf8(wxString::Format("recorded %s", ui::formatDate(latestNprs->date))));
    EXPECT_EQ(functionalBaseline, "");
    EXPECT_EQ(functionalNote, "nothing recorded yet");
    EXPECT_EQ(typedKept, "6");
    ASSERT_EQ(planTab().shown()->plan.goals.size(), goalsBefore + 1);
    const plans::Goal& added = planTab().shown()->plan.goals.back();
    EXPECT_EQ(added.metric, plans::GoalMetric::Nprs);
    EXPECT_DOUBLE_EQ(added.baseline, 5);
}

TEST_F(Plans, OwnTemplatesAreRenamedAndDeletedButNotTheBuiltInOnes)
{
    const std::size_t templatesBefore = service().templates().size();
    plans::PlanTemplate own = service().templateById(-1);
    own.name = "Desk workers";
    const plans::TemplateId desk = service().saveTemplate(own);
    own.name = "Drivers";
    const plans::TemplateId drivers = service().saveTemplate(own);
    const clients::ClientId client = clientWithoutOpenPlan();
    showChartTab(client, "plan-tab");

    bool builtInLocked = false, ownOpen = false;
    std::string clash, typedStays, renamedInList;
    std::vector<std::string> asked;
    std::size_t listedBefore = 0, listedAfter = 0;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& start = dynamic_cast<plans::ui::NewPlanDialog&>(dialog);
        builtInLocked = start.chosenTemplate().builtIn() && !testing::child<wxButton>(start, "rename-template").IsEnabled()
                        && !testing::child<wxButton>(start, "remove-template").IsEnabled();
        start.chooseTemplate(desk);
        ownOpen = testing::child<wxButton>(start, "rename-template").IsEnabled()
                  && testing::child<wxButton>(start, "remove-template").IsEnabled();
        listedBefore = testing::child<wxChoice>(start, "focus").GetCount();

        answerNextDialogOver<plans::ui::TemplateNameDialog>([&](plans::ui::TemplateNameDialog& name) {
            testing::type(name, "name", "drivers");
            testing::clickSave(name);  // another template's name
            clash = ui::toUtf8(name.markers().messageFor("name"));
            typedStays = ui::toUtf8(name.nameField().GetValue());
            testing::processEvents();
            testing::saveScreenshot(name, "template-name-clash");
            testing::type(name, "name", "Desk workers, tension-type");
            testing::clickSave(name);
        });
        testing::click(start, "rename-template");
        renamedInList = ui::toUtf8(testing::child<wxChoice>(start, "focus").GetStringSelection());
        testing::processEvents();
        testing::saveScreenshot(start, "new-plan-dialog-own-template");

        start.chooseTemplate(drivers);
        start.setRemoveQuestion([&](const wxString& name) {
            asked.push_back(ui::toUtf8(name));
            return asked.size() > 1;  // no the first time, yes the second
        });
        testing::click(start, "remove-template");
        testing::click(start, "remove-template");
        listedAfter = testing::child<wxChoice>(start, "focus").GetCount();
        start.EndModal(wxID_CANCEL);
    });
    planTab().startPlan();
    testing::processEvents();

    EXPECT_TRUE(builtInLocked) << "a built-in template is neither renamed nor deleted";
    EXPECT_TRUE(ownOpen);
    EXPECT_THAT(clash, HasSubstr("already a template called \u201cDrivers\u201d"));
    EXPECT_EQ(typedStays, "drivers");
    EXPECT_EQ(renamedInList, "Desk workers, tension-type");
    EXPECT_EQ(service().templateById(desk).name, "Desk workers, tension-type");
    EXPECT_THAT(asked, ::testing::ElementsAre("Drivers", "Drivers"));
    EXPECT_EQ(listedAfter, listedBefore - 1);
    EXPECT_THROW(service().templateById(drivers), NotFoundError);
    EXPECT_EQ(service().templates().size(), templatesBefore + 1);
}

TEST_F(Plans, ThePlanTabWithoutAPlanSaysSoWholeAndOffersTheNextSteps)
{
    showChartTab(clientWithoutOpenPlan(), "plan-tab");
    auto& empty = windowNamed<wxWindow>("plan-empty");
    ASSERT_TRUE(empty.IsShownOnScreen());
    for (wxWindow* child : empty.GetChildren())
        if (auto* text = dynamic_cast<wxStaticText*>(child)) {
            EXPECT_TRUE(wholeInside(*text, empty)) << ui::toUtf8(text->GetLabel());
            EXPECT_GE(text->GetSize().x, text->GetBestSize().x) << ui::toUtf8(text->GetLabel());
        }
    testing::saveScreenshot(frame(), "client-chart-plan-empty");

    // On a small laptop too: the title wraps rather than being cut.
    const wxSize was = frame().GetSize();
    frame().SetSize(frame().FromDIP(wxSize(1024, 600)));
    testing::processEvents();
    for (wxWindow* child : empty.GetChildren())
        if (auto* text = dynamic_cast<wxStaticText*>(child)) {
            EXPECT_LE(text->GetScreenRect().GetRight(), empty.GetScreenRect().GetRight()) << ui::toUtf8(text->GetLabel());
            EXPECT_GE(text->GetSize().x, text->GetBestSize().x) << ui::toUtf8(text->GetLabel());
        }
    testing::saveScreenshot(frame(), "client-chart-plan-empty-1024x600");
    // A pane too short for it all scrolls to the actions.
    auto& scrolled = dynamic_cast<wxScrolledWindow&>(empty);
    scrolled.Scroll(0, scrolled.GetScrollRange(wxVERTICAL));
    testing::processEvents();
    int buttons = 0;
    for (wxWindow* child : empty.GetChildren())
        if (auto* button = dynamic_cast<wxButton*>(child)) {
            ++buttons;
            EXPECT_TRUE(wholeInside(*button, empty)) << ui::toUtf8(button->GetLabelText());
        }
    EXPECT_EQ(buttons, 2) << "Start a plan…, Record measure…";
    frame().SetSize(was);
}

} // namespace
} // namespace knotwork::gui
