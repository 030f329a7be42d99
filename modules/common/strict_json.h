#pragma once
// The one strict reader of JSON a person or another program hands in (`client add --from`, the
// import's table files and bodies): a duplicate key, invalid UTF-8, a number no double holds
// (1e999) or broken syntax is a ValidationError naming where ("intake.headache.goals",
// "diagnoses[1].type") and the rule ("duplicate", "utf-8", "range", "json"). readDocument also
// refuses keys the type's field list does not know (json_field_io.h's StrictKeys).
//
// Bodies Knotwork stored itself are read with nlohmann's parse, leniently about unknown keys: a
// body a newer Knotwork wrote must still open (see json_field_io.h's StrictKeys).

#include <initializer_list>
#include <string>
#include <string_view>
#include <nlohmann/json.hpp>

#include "common/json_field_io.h"

namespace knotwork::strict_json {

// `source` names the document in messages ("--from", "tables/clients.json"); the problem's
// field is the key path where the parser stopped, or `source` when it stopped outside any key.
nlohmann::json parse(std::string_view text, const std::string& source);
nlohmann::ordered_json parseOrdered(std::string_view text, const std::string& source);

// The byte offset of the first byte that is not well-formed UTF-8 (RFC 3629), npos when none.
std::size_t invalidUtf8At(std::string_view text);

// A T read from a document handed in: parsed strictly, each key checked against T's field list.
// `writtenOnly` are top-level keys the command's own --json output adds (they are skipped), so
// what `show --json` prints reads back.
template <typename T>
T readDocument(std::string_view text, const std::string& source, std::initializer_list<const char*> writtenOnly = {})
{
    nlohmann::json document = parse(text, source);
    if (document.is_object())
        for (const char* key : writtenOnly)
            document.erase(key);
    const json_io::StrictKeys strict;
    return document.get<T>();
}

} // namespace knotwork::strict_json
