#include "db/sql_retention_queries.h"

#include <string>
#include <soci/soci.h>

#include "common/i18n.h"
#include "db/row_reader.h"
#include "db/sql_dialect.h"
#include "db/storage_errors.h"

namespace knotwork::db {

using safekeeping::RecordPastRetention;
using safekeeping::RetentionCutoffs;

namespace {

// Seen clients through the last-visit index's range, never-seen ones through its NULL entries,
// counted from their intake: the first screening (the intake's, stamped by the practice clock),
// or the day the record was made. Both are ISO timestamps: the first ten characters are the day.
// Under the Ontario rule a date of birth, when known, must be old enough too. A page sorts the rows
// found (SqlDialect::unindexed: never by walking the name index through every client).
// Each parameter is named once (PostgreSQL counts every place a name appears): the one cutoff day
// is bound as :last_visit and as :intake_by, and an unknown birth cutoff (NULL) lets every date of
// birth through.
const std::string kIntakeDay =
    "substr(COALESCE((SELECT MIN(s.screened_at) FROM screenings s WHERE s.client_id = clients.id), created_at), 1, 10)";
const std::string kPastRetention =
    " FROM clients WHERE (last_visit_on <= :last_visit OR (last_visit_on IS NULL AND " + kIntakeDay
    + " <= :intake_by)) AND (date_of_birth IS NULL OR date_of_birth <= COALESCE(:born, date_of_birth))";

struct Bounds {
    explicit Bounds(const RetentionCutoffs& cutoffs)
        : lastVisit(isoDate(cutoffs.lastVisitOnOrBefore)),
          born(cutoffs.bornOnOrBefore ? isoDate(*cutoffs.bornOnOrBefore) : std::string()),
          bornSet(cutoffs.bornOnOrBefore ? soci::i_ok : soci::i_null)
    {
    }
    std::string lastVisit;
    std::string born;
    soci::indicator bornSet;
};

std::string pageSql(const SqlDialect& dialect, long long offset, int limit)
{
    return "SELECT id, family_name, given_names, preferred_name, date_of_birth, last_visit_on, " + kIntakeDay
           + " AS intake_on, archived" + kPastRetention + " ORDER BY " + dialect.unindexed("sort_name")
           + ", id LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
}

} // namespace

long long SqlRetentionQueries::countPastRetention(const RetentionCutoffs& cutoffs)
{
    try {
        Bounds bounds(cutoffs);
        long long total = 0;
        m_database.session() << std::string("SELECT COUNT(*)") + kPastRetention, soci::use(bounds.lastVisit, "last_visit"),
            soci::use(bounds.lastVisit, "intake_by"), soci::use(bounds.born, bounds.bornSet, "born"), soci::into(total);
        return total;
    } catch (...) {
        rethrowAsStorageError(_("counting the records past retention"));
    }
}

std::vector<RecordPastRetention> SqlRetentionQueries::pastRetention(const RetentionCutoffs& cutoffs,
                                                                    long long offset, int limit)
{
    try {
        Bounds bounds(cutoffs);
        std::vector<RecordPastRetention> rows;
        soci::row row;
        soci::statement read =
            (m_database.session().prepare
                 << pageSql(m_database.dialect(), offset, limit),
             soci::use(bounds.lastVisit, "last_visit"), soci::use(bounds.lastVisit, "intake_by"),
             soci::use(bounds.born, bounds.bornSet, "born"),
             soci::into(row));
        read.execute(false);
        while (read.fetch()) {
            RowReader column(row);
            RecordPastRetention& record = rows.emplace_back();
            record.id = column.integer("id");
            clients::Client named;
            named.familyName = column.text("family_name");
            named.givenNames = column.text("given_names");
            named.preferredName = column.text("preferred_name");
            record.name = clients::listName(named);
            record.dateOfBirth = column.optionalDate("date_of_birth");
            record.lastVisit = column.optionalDate("last_visit_on");
            record.intakeOn = column.date("intake_on");
            record.archived = column.flag("archived");
        }
        return rows;
    } catch (...) {
        rethrowAsStorageError(_("listing the records past retention"));
    }
}

std::string SqlRetentionQueries::queryPlan(const RetentionCutoffs& cutoffs)
{
    Bounds bounds(cutoffs);
    std::string plan;
    soci::row row;
    soci::statement read = (m_database.session().prepare
                                << "EXPLAIN QUERY PLAN " + pageSql(m_database.dialect(), 0, 200),
                            soci::use(bounds.lastVisit, "last_visit"), soci::use(bounds.lastVisit, "intake_by"),
                            soci::use(bounds.born, bounds.bornSet, "born"), soci::into(row));
    read.execute(false);
    while (read.fetch())
        plan += RowReader(row).text("detail") + "\n";
    return plan;
}

} // namespace knotwork::db
