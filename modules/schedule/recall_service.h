#pragma once

#include <string>
#include <vector>

#include "plans/plan_service.h"
#include "schedule/recall.h"
#include "schedule/schedule_store.h"

namespace knotwork::schedule {

// One row of Today's recall list: the item and whom it is about.
struct RecallRow {
    RecallItem item;
    std::string clientName;
};

// The practice's recall list (recall.h) for Today, read so that it stays quick however many
// clients the practice has kept: only clients with an active plan are recalled, so it reads the
// active plans with their clients' last visits and measures (PlanQueries::activePlansWithActivity:
// three queries, by the plans' status index and the clients' indexes) and the book's visits of
// the coming year (one query, by start). The work grows with the active plans and the year's
// bookings, never with the clients on file, and no query is made per plan.
class RecallService {
public:
    RecallService(plans::PlanService& plans, ScheduleStore& book);

    // Most overdue first (recallList). `formatDate` writes the days in the sentences.
    std::vector<RecallRow> recallList(DateFormatter formatDate = nullptr);

private:
    plans::PlanService& m_plans;
    ScheduleStore& m_book;
};

} // namespace knotwork::schedule
