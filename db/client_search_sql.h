#pragma once

#include <string>
#include <vector>

#include "clients/client_chart.h"

namespace knotwork::db {

// The WHERE and ORDER BY of a client-list query, with its parameters named :p0, :p1, … Text is
// matched against clients.search_text, which holds the words of the names and email, folded, and
// the phone number's digits. Every word typed must begin a word there ("zoe mar" finds "Martin,
// Zoë"; "ar" does not find every Marie and Omar), and digits may appear anywhere in the number
// ("0142" finds "+1 416 555 0142").
struct ClientSearchSql {
    std::string where;
    std::string orderBy;
    std::vector<std::string> parameters;
};

ClientSearchSql buildClientSearch(const clients::ClientQuery& query, const Date& today);

// A LIKE pattern (used with ESCAPE backslash) matching text that contains `word`: LIKE treats % and _ as
// wildcards, a person typing them means the characters.
std::string containsPattern(const std::string& word);

// The words of a name or address the way search compares them: folded, apostrophes dropped
// ("O'Brien" is "obrien"), other punctuation a word break ("zoe.martin@example.com" is "zoe
// martin example com").
std::string searchWords(const std::string& text);

// The keys stored in clients.sort_name and clients.search_text for a client.
std::string clientSortName(const clients::Client& client);
std::string clientSearchText(const clients::Client& client);

} // namespace knotwork::db
