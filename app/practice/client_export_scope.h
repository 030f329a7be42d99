#pragma once

#include <string>
#include <string_view>

namespace knotwork::app {

// Which rows of `table` belong in one client's export: an SQL condition with ?1 the client's id
// ("" for every row: the schema versions and the practice settings). std::logic_error for a table
// without a rule, so a table added to the schema cannot be left out (or let in) unnoticed.
std::string clientRowCondition(std::string_view table);

} // namespace knotwork::app
