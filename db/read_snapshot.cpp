#include "db/read_snapshot.h"

#include <soci/soci.h>

#include "db/sql_dialect.h"

namespace knotwork::db {

ReadSnapshot::ReadSnapshot(Database& database) : m_database(database), m_own(!database.inWrite())
{
    if (m_own)
        m_database.session() << m_database.dialect().beginReadSnapshotSql();
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_own)
        return;
    try {
        m_database.session() << "COMMIT";
    } catch (...) {
        // Reading only: nothing to keep or undo.
    }
}

} // namespace knotwork::db
