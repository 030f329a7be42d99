#pragma once

#include <string>
#include <vector>

#include "clients/client_chart.h"

namespace knotwork::db {

// The WHERE and ORDER BY of a client-list query, with its parameters named :p0, :p1, … Text is
// matched against clients.search_text, which holds the folded names, email and phone digits:
// every word typed must appear somewhere, so "zoe mar" finds "Martin, Zoë".
struct ClientSearchSql {
    std::string where;
    std::string orderBy;
    std::vector<std::string> parameters;
};

ClientSearchSql buildClientSearch(const clients::ClientQuery& query, const Date& today);

// A LIKE pattern (used with ESCAPE backslash) matching text that contains `word`: LIKE treats % and _ as
// wildcards, a person typing them means the characters.
std::string containsPattern(const std::string& word);

// The keys stored in clients.sort_name and clients.search_text for a client.
std::string clientSortName(const clients::Client& client);
std::string clientSearchText(const clients::Client& client);

} // namespace knotwork::db
