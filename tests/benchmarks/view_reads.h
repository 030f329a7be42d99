#pragma once
// What the app's views read when the therapist acts, through the same services, without the
// windows: the benchmarks time these and, as the floor, the statements they run.

#include "app/practice/practice_context.h"
#include "schedule/week_layout.h"

namespace knotwork::benchmarks {

// A keystroke in the Clients view's search box: the number of matches and the first page.
void searchKeystroke(app::PracticeContext& practice, const std::string& typed);

// Clicking a client (loadChartContext): the chart, its safety assessment, the providers it names.
void openChart(app::PracticeContext& practice, clients::ClientId client);

// Each chart tab's reload (ChartTab::show), beside the header's context above.
void sessionsTab(app::PracticeContext& practice, clients::ClientId client);  // history, the newest note whole
void planTab(app::PracticeContext& practice, clients::ClientId client);
void progressTab(app::PracticeContext& practice, clients::ClientId client);  // charts, measures, diary
void billingTab(app::PracticeContext& practice, clients::ClientId client);

// The chart with every tab it holds read, as ClientChartPanel::display does on a click.
void openChartWithItsTabs(app::PracticeContext& practice, clients::ClientId client);

// The Billing view's month (BillingView::read without the year's report): the month's invoices
// with their payments and the totals under the list (invoiced, paid). Returns the invoices.
std::size_t billingMonth(app::PracticeContext& practice, const Date& firstOfMonth);

// What ScheduleView and TodaysVisitsPanel read for their words (visit_words.cpp): the services,
// and the visits' clients with their names and precautions, in one read. Returns the clients read.
std::size_t readVisitWords(const std::vector<schedule::Appointment>& visits, app::PracticeContext& practice);

// Today's panels, each as it reads on TodayView::reload; each returns the rows it shows.
// TodaysVisitsPanel: the day's visits that hold time, with their words.
std::size_t todaysAppointments(app::PracticeContext& practice, const Date& day);
std::size_t todaysRecall(app::PracticeContext& practice);         // RecallPanel
std::size_t todaysPlanReminders(app::PracticeContext& practice);  // PlanRemindersPanel
std::size_t todaysUnsignedNotes(app::PracticeContext& practice);  // UnsignedNotesPanel
// NeedsAttentionPanel: how many clients need a clearance, and the first of them by name.
std::size_t todaysNeedsAttention(app::PracticeContext& practice, const Date& today);

// ScheduleView::reloadWeek: a day either side of the week, its time off and working week, the
// visits and their words, and the week laid out. Returns the visits.
std::size_t weekView(app::PracticeContext& practice, const Date& monday);

} // namespace knotwork::benchmarks
