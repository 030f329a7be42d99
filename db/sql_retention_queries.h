#pragma once

#include <string>

#include "db/database.h"
#include "safekeeping/retention_queries.h"

namespace knotwork::db {

// The records past retention, by name, from the clients table alone: its last_visit_on is the
// latest signed note's visit date (signing and importing signed notes advance it), read through
// the clients_by_last_visit index; a client never seen counts from the day the record was made.
class SqlRetentionQueries final : public safekeeping::RetentionQueries {
public:
    explicit SqlRetentionQueries(Database& database) : m_database(database) {}

    long long countPastRetention(const safekeeping::RetentionCutoffs& cutoffs) override;
    std::vector<safekeeping::RecordPastRetention> pastRetention(const safekeeping::RetentionCutoffs& cutoffs,
                                                                long long offset, int limit) override;
    // SQLite's EXPLAIN QUERY PLAN of a page of the list, one step a line: the tests check that
    // it reads through indexes.
    std::string queryPlan(const safekeeping::RetentionCutoffs& cutoffs);

private:
    Database& m_database;
};

} // namespace knotwork::db
