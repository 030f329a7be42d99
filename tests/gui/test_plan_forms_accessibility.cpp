// What a screen reader hears of the plan editor and the measure dialog: each cell of the goals
// table named for its row and column, each item of a questionnaire for its label, and a refused
// save said as an alert with the focus on the first item to change.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/accessibility.h"
#include "common/ui/number_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "form_walk.h"
#include "gui_test_support.h"
#include "plans/plan_service.h"
#include "plans/ui/measure_dialog.h"
#include "plans/ui/plan_edit_dialog.h"
#include "plans/ui/plan_rows_editors.h"

namespace knotwork::gui {
namespace {

using knotwork::ui::accessibleDescription;
using knotwork::ui::accessibleLabelledBy;
using knotwork::ui::accessibleName;
using knotwork::ui::accessibleRoleName;
using ::testing::HasSubstr;
using namespace testing;

std::string said(const wxString& text) { return ui::toUtf8(text); }

// The part of a dialog that scrolls: its form.
wxScrolledWindow* scrolledIn(wxWindow& root)
{
    for (wxWindow* child : root.GetChildren()) {
        if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(child))
            return scrolled;
        if (wxScrolledWindow* inside = scrolledIn(*child))
            return inside;
    }
    return nullptr;
}

class PlanFormsAccessibility : public DemoPracticeTest {
protected:
    void TearDown() override
    {
        if (m_dialog)
            m_dialog->Destroy();
        processEvents();
        DemoPracticeTest::TearDown();
    }

    static plans::PlanService& service() { return RunningApp::mainFrame().practice()->planService(); }

    // A plan of the demo, open for editing as the Plan tab opens it, without waiting for it to close.
    plans::ui::PlanEditDialog& editAPlan()
    {
        for (clients::ClientId id = 1; id <= kTestDemoClients; ++id) {
            if (const std::optional<plans::TreatmentPlan> plan = service().records().openPlan(id)) {
                auto* dialog = new plans::ui::PlanEditDialog(&RunningApp::mainFrame(), service(), *plan);
                m_dialog = dialog;
                dialog->Show();
                processEvents();
                return *dialog;
            }
        }
        throw std::runtime_error("the demo has no plan");
    }

    plans::ui::MeasureDialog& recordAMeasure()
    {
        auto* dialog = new plans::ui::MeasureDialog(&RunningApp::mainFrame(), service(), 1, "Kai Bianchi");
        m_dialog = dialog;
        dialog->Show();
        processEvents();
        return *dialog;
    }

    wxDialog* m_dialog = nullptr;
};

TEST_F(PlanFormsAccessibility, AGoalsCellsAreNamedForTheirRowAndColumnAndARefusalIsAnAlert)
{
    plans::ui::PlanEditDialog& edit = editAPlan();
    const std::size_t goals = edit.goals().rows().size();
    edit.goals().addRow();
    const std::string row = "goals[" + std::to_string(goals) + "]";
    const std::string goal = "Goal " + std::to_string(goals + 1);
    auto& target = child<ui::NumberField>(edit, row + ".target.field");
    EXPECT_EQ(said(accessibleName(*target.text())), goal + ", Target");
    EXPECT_EQ(said(accessibleName(child<wxChoice>(edit, row + ".metric"))), goal + ", Measure");
    EXPECT_EQ(said(accessibleName(child<wxButton>(edit, row + ".remove"))), "Remove " + goal);

    choose(edit, row + ".metric", 1);  // average intensity
    type(edit, row + ".baseline", "6");
    type(edit, row + ".target", "7");  // worse than the baseline
    clickSave(edit);
    const wxString reason = edit.markers().messageFor(row + ".target");
    ASSERT_FALSE(reason.empty());
    EXPECT_EQ(accessibleDescription(*target.text()), reason);
    EXPECT_EQ(said(accessibleName(*target.text())), goal + ", Target") << "the reason is no part of the name";
    EXPECT_EQ(wxWindow::FindFocus(), target.text());
    auto& bar = child<wxWindow>(edit, "form-message");
    EXPECT_EQ(said(accessibleRoleName(bar)), "alert");
    EXPECT_EQ(accessibleName(bar), edit.topMessage());
}

TEST_F(PlanFormsAccessibility, AQuestionnairesItemsAreNamedByTheirLabels)
{
    plans::ui::MeasureDialog& measure = recordAMeasure();
    EXPECT_EQ(said(accessibleName(child<wxChoice>(measure, "kind"))), "Measure");
    auto& first = child<ui::ScaleButtons>(measure, "ndi-1");
    EXPECT_THAT(said(accessibleName(first)), HasSubstr("1. "));
    EXPECT_THAT(said(accessibleName(first)), HasSubstr(", not answered"));
    EXPECT_EQ(said(accessibleLabelledBy(first)) + ", not answered", said(accessibleName(first)));

    measure.setKind(plans::MeasureKind::Hdi);
    processEvents();
    EXPECT_EQ(said(accessibleName(child<wxChoice>(measure, "hdi-1"))), said(accessibleLabelledBy(child<wxChoice>(measure, "hdi-1"))));
    EXPECT_THAT(said(accessibleName(child<wxChoice>(measure, "hdi-1"))), HasSubstr("Item 1"));

    measure.setKind(plans::MeasureKind::Psfs);
    processEvents();
    EXPECT_EQ(said(accessibleName(child<wxTextCtrl>(measure, "activity-2"))), "Activity 2");
    EXPECT_EQ(said(accessibleName(child<ui::ScaleButtons>(measure, "rating-2"))), "Activity 2, rating, not answered");

    measure.setKind(plans::MeasureKind::Hit6);
    processEvents();
    auto& total = child<ui::NumberField>(measure, "hit6.field");
    EXPECT_THAT(said(accessibleName(*total.text())), HasSubstr("HIT-6 total, "));
    clickSave(measure);  // nothing entered
    EXPECT_EQ(wxWindow::FindFocus(), total.text()) << "the focus goes to the field to change";
    EXPECT_FALSE(accessibleDescription(*total.text()).empty());
}

// Tab from `start` goes round the whole dialog (in fewer than `most` stops) in the order its
// form is seen; the form's stops are more than a few.
void expectTabFollowsTheScreen(wxWindow& dialog, wxWindow& start, std::size_t most)
{
    wxScrolledWindow* form = scrolledIn(dialog);
    ASSERT_TRUE(form);
    const std::vector<wxWindow*> stops = tabStops(start, most);
    EXPECT_GT(stops.size(), 10u);
    EXPECT_LT(stops.size(), most) << "Tab comes back to where it started";
    EXPECT_EQ(outOfOrder(stops, *form), "");
}

TEST_F(PlanFormsAccessibility, TabGoesThroughThePlanAndTheMeasureInTheOrderTheyAreSeen)
{
    plans::ui::PlanEditDialog& edit = editAPlan();
    expectTabFollowsTheScreen(edit, child<wxTextCtrl>(edit, "precautions"), 120);
    m_dialog->Destroy();
    m_dialog = nullptr;

    plans::ui::MeasureDialog& measure = recordAMeasure();
    expectTabFollowsTheScreen(measure, child<wxTextCtrl>(measure, "notes"), 60);
}

} // namespace
} // namespace knotwork::gui
