#pragma once
// What the in-memory stores share with an INSERT of the SQL stores: the next id of the store's
// sequence and rowVersion 1.

#include <map>

namespace knotwork::testing {

// Keeps `row` in `rows` under the next id after `lastId`, at rowVersion 1; returns the id.
template <typename Row>
long long insertVersioned(std::map<long long, Row>& rows, long long& lastId, Row row)
{
    row.id = ++lastId;
    row.rowVersion = 1;
    rows[row.id] = row;
    return row.id;
}

} // namespace knotwork::testing
