#include "db/sql_unit_of_work.h"

namespace knotwork::db {

void SqlUnitOfWork::run(const std::function<void()>& action)
{
    m_database.beginWrite();
    try {
        action();
    } catch (...) {
        m_database.rollbackWrite();
        throw;
    }
    try {
        m_database.commitWrite();
    } catch (...) {
        m_database.rollbackWrite();
        throw;
    }
}

} // namespace knotwork::db
