#include "db/client_search_sql.h"

#include <algorithm>
#include <sstream>

#include "common/text_folding.h"

namespace knotwork::db {

namespace {

bool hasLetter(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c); });
}

struct SearchTerm {
    std::string text;
    bool digits;  // matched anywhere in the phone number, not at a word's start
};

std::vector<SearchTerm> searchTerms(const std::string& typed)
{
    const std::string folded = foldForSearch(typed);
    if (!hasLetter(folded)) {
        // A phone number, typed with whatever spaces and punctuation.
        const std::string digits = phoneDigits(folded);
        return digits.empty() ? std::vector<SearchTerm>{} : std::vector<SearchTerm>{{digits, true}};
    }
    std::vector<SearchTerm> terms;
    std::istringstream words(searchWords(typed));
    for (std::string word; words >> word;)
        terms.push_back({word, !hasLetter(word)});
    return terms;
}

// A clearance that has expired counts as none. The only parameter, :p0, is today.
const char* const kNeedsClearance =
    "(safety_status IN ('refer', 'clearance_required') OR (safety_status = 'cleared' AND "
    "cleared_until < :p0 AND safety_status_uncleared IN ('refer', 'clearance_required')))";

} // namespace

std::string containsPattern(const std::string& word)
{
    std::string pattern = "%";
    for (char c : word) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

std::string searchWords(const std::string& text)
{
    std::string words;
    for (char c : foldForSearch(text)) {
        if (c == '\'')
            continue;
        const bool wordCharacter = std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
        words += wordCharacter ? c : ' ';
    }
    return words;
}

ClientSearchSql buildClientSearch(const clients::ClientQuery& query, const Date& today)
{
    ClientSearchSql sql;
    switch (query.filter) {
    case clients::ClientFilter::Active: sql.where = "archived = 0"; break;
    case clients::ClientFilter::Archived: sql.where = "archived = 1"; break;
    case clients::ClientFilter::NeedsClearance:
        sql.where = std::string("archived = 0 AND ") + kNeedsClearance;
        sql.parameters.push_back(isoDate(today));
        break;
    case clients::ClientFilter::All: sql.where = "1 = 1"; break;
    }
    for (const SearchTerm& term : searchTerms(query.text)) {
        sql.where += " AND search_text LIKE :p" + std::to_string(sql.parameters.size()) + " ESCAPE '\\'";
        // search_text begins and ends with a space, so " term" is the start of a word.
        sql.parameters.push_back(containsPattern(term.digits ? term.text : " " + term.text));
    }
    sql.orderBy = query.sort == clients::ClientSort::LastVisit
        ? "(last_visit_on IS NULL), last_visit_on DESC, sort_name, id"
        : "sort_name, id";
    return sql;
}

std::string clientSortName(const clients::Client& client)
{
    return foldForSearch(client.familyName) + " " + foldForSearch(client.givenNames);
}

std::string clientSearchText(const clients::Client& client)
{
    return spacedSearchText({searchWords(client.familyName), searchWords(client.givenNames),
                             searchWords(client.preferredName), searchWords(client.email),
                             phoneDigits(client.phone)});
}

} // namespace knotwork::db
