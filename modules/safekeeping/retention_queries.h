#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/client.h"
#include "common/calendar_date.h"
#include "safekeeping/retention.h"

namespace knotwork::safekeeping {

// A client whose record is past its retention: what the list shows beside the date it ended.
struct RecordPastRetention {
    clients::ClientId id = 0;
    std::string name;                   // "Martin, Zoë"
    std::optional<Date> dateOfBirth;
    std::optional<Date> lastVisit;      // the latest signed note's visit; none: never seen
    Date intakeOn{boost::gregorian::not_a_date_time};  // the day the record was opened
    Date retentionEndedOn{boost::gregorian::not_a_date_time};
    bool archived = false;

    // The day retention counts from: the last visit, or the intake for a client never seen.
    Date countedFrom() const { return lastVisit.value_or(intakeOn); }

    friend bool operator==(const RecordPastRetention&, const RecordPastRetention&) = default;
};

// Reading the records past retention a page at a time (db/ implements it over the clients'
// last visits, which signing a note keeps, through indexes). Rows come by name; their
// retentionEndedOn is left for RetentionService to fill from the rule.
class RetentionQueries {
public:
    virtual ~RetentionQueries() = default;

    virtual long long countPastRetention(const RetentionCutoffs& cutoffs) = 0;
    virtual std::vector<RecordPastRetention> pastRetention(const RetentionCutoffs& cutoffs, long long offset,
                                                           int limit) = 0;
};

} // namespace knotwork::safekeeping
