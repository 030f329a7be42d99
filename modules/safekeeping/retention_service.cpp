#include "safekeeping/retention_service.h"

namespace knotwork::safekeeping {

long long RetentionService::countPastRetention(const Date& day)
{
    return m_queries.countPastRetention(retentionCutoffs(day, settings()));
}

std::vector<RecordPastRetention> RetentionService::pastRetention(const Date& day, long long offset, int limit)
{
    const clients::RetentionSettings rule = settings();
    std::vector<RecordPastRetention> rows = m_queries.pastRetention(retentionCutoffs(day, rule), offset, limit);
    for (RecordPastRetention& row : rows)
        row.retentionEndedOn = retentionEndsOn(row.countedFrom(), row.dateOfBirth, rule);
    return rows;
}

} // namespace knotwork::safekeeping
