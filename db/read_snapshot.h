#pragma once

#include "db/database.h"

namespace knotwork::db {

// Reads that see the practice as it was at one moment, however long they take and whatever
// another window or desk writes meanwhile (an export, a copy to another database). Inside a
// write it does nothing: the write already sees one practice.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_database;
    bool m_own;
};

} // namespace knotwork::db
