// The appointment book's dialogs fit a laptop's screen too: booking a visit (with a long list of
// precautions and what the time meets on the book), booking a plan's whole series, and the offer
// to re-space it (the suite is instantiated in test_window_fit.cpp).
#include <gtest/gtest.h>

#include "schedule/ui/book_plan_dialog.h"
#include "schedule/ui/booking_dialog.h"
#include "schedule/ui/respace_dialog.h"
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using testing::WindowFit;

TEST_P(WindowFit, TheBookingDialogs)
{
    const testing::DemoClient client = demoClient();
    schedule::ScheduleService& schedule = practice().scheduleService();
    const LocalTime tomorrowAtTen =
        localTimeOn(schedule.clock().today() + boost::gregorian::days(1), boost::posix_time::hours(10));
    expectFits(show(new schedule::ui::BookingDialog(&frame(), schedule, practice().clientService(), client.id,
                                                    tomorrowAtTen)),
               "booking");

    const std::optional<plans::PlanProgress> plan = practice().planService().openPlanProgress(client.id);
    ASSERT_TRUE(plan);
    auto& bookPlan = show(new schedule::ui::BookPlanDialog(&frame(), schedule, practice().clientService(), *plan));
    expectFits(bookPlan, "book_plan");

    // The series booked, then re-spaced as if the plan had moved on to its next phase.
    schedule::Appointment visit;
    visit.clientId = client.id;
    visit.planId = plan->plan.id;
    visit.serviceId = schedule.book().services().front().id;
    const schedule::SeriesId series = schedule.bookSeries(bookPlan.proposals(), visit, schedule::Issues::Accepted);
    const int next = std::min(plan->plan.currentPhase + 1, static_cast<int>(plan->plan.phases.size()) - 1);
    plans::TreatmentPlan moved = plan->plan;
    moved.currentPhase = next;
    expectFits(show(new schedule::ui::RespaceDialog(&frame(), client.name, moved,
                                                    schedule.previewRespace(series, moved.phases, next, 0))),
               "respace");
}

} // namespace
} // namespace knotwork::gui
