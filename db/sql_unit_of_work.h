#pragma once

#include "common/unit_of_work.h"
#include "db/database.h"

namespace knotwork::db {

// A user action as one transaction of the practice's connection: the stores' own write
// transactions inside it become savepoints, and nothing is committed before the action returns.
class SqlUnitOfWork final : public UnitOfWork {
public:
    explicit SqlUnitOfWork(Database& database) : m_database(database) {}

    void run(const std::function<void()>& action) override;

private:
    Database& m_database;
};

} // namespace knotwork::db
