// Booking a demo client's treatment plan in one step: Client › Book the plan… lists the series its
// phases ask for and books it in one action; booked again, it proposes nothing twice; when the
// plan moves to its next phase the visits are offered re-spaced, once; screenshots of both dialogs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/dialog.h>
#include <wx/menu.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "dialog_answerer.h"
#include "form_driver.h"
#include "form_walk.h"
#include "gui_test_support.h"
#include "schedule/ui/book_plan_dialog.h"
#include "schedule/ui/respace_dialog.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using schedule::Appointment;
using schedule::AppointmentStatus;
using ::testing::HasSubstr;
using testing::processEvents;
using testing::RunningApp;

class BookThePlan : public testing::DemoPracticeTest {
protected:
    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static app::PracticeContext& practice() { return *frame().practice(); }

    // A demo client who may be treated, with an active plan that has a phase after this one.
    static plans::PlanProgress plannedClient()
    {
        for (clients::ClientId id = 1; id <= testing::kTestDemoClients; ++id) {
            if (practice().clientService().clients().chart(id).client.archived
                || practice().scheduleService().referralOnlyRequired(id))
                continue;
            const std::optional<plans::PlanProgress> progress = practice().planService().openPlanProgress(id);
            if (progress && progress->plan.status == plans::PlanStatus::Active
                && progress->plan.currentPhase + 1 < static_cast<int>(progress->plan.phases.size()))
                return *progress;
        }
        throw std::runtime_error("the demo has no active plan with a phase to come");
    }

    // The plan's visits booked as a series: the demo's own visits of the plan (its notes' and the
    // coming weeks') are booked one by one.
    static std::vector<Appointment> seriesOfPlan(const plans::TreatmentPlan& plan)
    {
        std::vector<Appointment> visits;
        for (const Appointment& visit : practice().scheduleService().book().appointmentsOf(plan.clientId))
            if (visit.planId == plan.id && visit.seriesId)
                visits.push_back(visit);
        return visits;
    }

    static void bookThePlan(clients::ClientId client, std::function<void(schedule::ui::BookPlanDialog&)> answer)
    {
        frame().openClient(client);
        processEvents();
        wxMenuBar* bar = frame().GetMenuBar();
        const int item = bar->FindMenuItem("Client", "Book the plan…");
        ASSERT_NE(item, wxNOT_FOUND);
        EXPECT_THAT(ui::toUtf8(bar->FindItem(item)->GetItemLabel()), HasSubstr("Ctrl+Shift+G"));
        testing::answerNextDialog(
            [answer](wxDialog& dialog) { answer(dynamic_cast<schedule::ui::BookPlanDialog&>(dialog)); });
        wxCommandEvent chosen(wxEVT_MENU, item);
        frame().ProcessWindowEvent(chosen);
        processEvents();
    }
};

TEST_F(BookThePlan, BooksTheWholeSeriesInOneStepAndOffersToRespaceItWhenThePlanMovesOn)
{
    const plans::PlanProgress planned = plannedClient();
    const plans::TreatmentPlan& plan = planned.plan;
    std::size_t proposed = 0;
    std::size_t skipped = 0;
    bookThePlan(plan.clientId, [&](schedule::ui::BookPlanDialog& dialog) {
        EXPECT_EQ(testing::badlyNamed(dialog), "");
        testing::choose(dialog, "weekday", 2);  // Wednesday
        testing::type(dialog, "time", "14:00");
        proposed = dialog.proposals().size();
        for (const schedule::ProposedVisit& proposal : dialog.proposals())
            skipped += proposal.fate == schedule::ProposalFate::Skipped ? 1 : 0;
        EXPECT_EQ(dialog.proposalList().rowCount(), proposed);
        EXPECT_THAT(ui::toUtf8(dialog.proposalList().cell(0, 1)), HasSubstr(std::to_string(plan.currentPhase + 1)));
        EXPECT_THAT(ui::toUtf8(dialog.countLine()), HasSubstr(std::to_string(proposed - skipped) + " visits to book"));
        EXPECT_EQ(ui::toUtf8(dialog.FindWindow(wxID_OK)->GetLabel()),
                  "&Book these " + std::to_string(proposed - skipped) + " visits");
        testing::saveScreenshot(dialog, "book-plan-dialog");
        testing::clickSave(dialog);
    });
    ASSERT_GT(proposed, 1u);
    const std::vector<Appointment> series = seriesOfPlan(plan);
    ASSERT_EQ(series.size(), proposed - skipped);
    for (const Appointment& visit : series) {
        EXPECT_EQ(visit.seriesId, series.front().seriesId) << "one series";
        EXPECT_EQ(visit.status, AppointmentStatus::Booked);
    }

    // Booked again: the visits on the book count, nothing is proposed twice.
    bookThePlan(plan.clientId, [&](schedule::ui::BookPlanDialog& dialog) {
        EXPECT_LE(dialog.proposals().size(), skipped);
        if (dialog.proposals().empty()) {
            EXPECT_THAT(ui::toUtf8(dialog.countLine()), HasSubstr("Nothing to book"));
            EXPECT_FALSE(dialog.FindWindow(wxID_OK)->IsEnabled());
        }
        dialog.EndModal(wxID_CANCEL);
    });
    EXPECT_EQ(seriesOfPlan(plan).size(), series.size());

    // The plan tab's advance: the next phase's rhythm offered for the visits booked.
    const plans::TreatmentPlan moved =
        practice().planService().advancePhase(plan.id, plan.rowVersion, practice().planService().today());
    std::size_t changes = 0;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& respace = dynamic_cast<schedule::ui::RespaceDialog&>(dialog);
        changes = respace.changeList().rowCount();
        EXPECT_EQ(testing::badlyNamed(respace), "");
        testing::saveScreenshot(respace, "respace-dialog");
        respace.EndModal(wxID_OK);
    });
    frame().recordChanged({clients::ui::RecordKind::Plan, plan.clientId});
    processEvents();
    EXPECT_GT(changes, 0u);
    int cancelled = 0;
    int movedVisits = 0;
    for (const Appointment& visit : seriesOfPlan(plan)) {
        const auto before = std::ranges::find(series, visit.id, &Appointment::id);
        ASSERT_NE(before, series.end());
        if (visit.status == AppointmentStatus::Cancelled) {
            ++cancelled;
            EXPECT_THAT(visit.cancellation->reason, HasSubstr("The plan moved to phase"));
        } else if (visit.start != before->start) {
            ++movedVisits;
        }
    }
    EXPECT_GT(cancelled + movedVisits, 0) << "re-spaced as listed";
    EXPECT_LE(static_cast<std::size_t>(cancelled + movedVisits), changes) << "a visit with no time near keeps its own";

    // Other edits of the plan, or the same phase seen again, never ask.
    testing::DialogAnswerer answerer;
    answerer.answer("respace-dialog", [](wxDialog& dialog) { dialog.EndModal(wxID_CANCEL); });
    frame().recordChanged({clients::ui::RecordKind::Plan, plan.clientId});
    processEvents();
    EXPECT_EQ(answerer.answered("respace-dialog"), 0);
    EXPECT_EQ(moved.currentPhase, plan.currentPhase + 1);
}

} // namespace
} // namespace knotwork::gui
