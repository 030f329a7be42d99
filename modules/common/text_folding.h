#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace knotwork {

// Folds text the way a person compares names: case, accents and letter variants are ignored,
// so "zoe", "ZOË" and "Zoë" match, as do "Lukasz" and "Łukasz" or "nguyen" and "Nguyễn".
// Other scripts are transliterated to Latin letters first. Used on both sides of a search: the
// stored search key and what the person types.
std::string foldForSearch(std::string_view utf8);

// Only the digits of a phone number, so "555 0142" finds "(555) 014-2".
std::string phoneDigits(std::string_view text);

// Search text of several words: each preceded and the last one followed by a space, so " term"
// finds the start of a word (a search_text column, a LIKE pattern, a stand-in's search).
std::string spacedSearchText(std::initializer_list<std::string> words);

} // namespace knotwork
