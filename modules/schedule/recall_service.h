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
// active plans (one query, by the plans' status index), the book's visits of the coming year
// (one query, by start), and for each active plan its client's signed visits and measures (by the
// client's index). The work grows with the active plans and the year's bookings, never with the
// clients on file.
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
