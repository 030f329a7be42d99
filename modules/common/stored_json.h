#pragma once
// Reading a JSON body Knotwork stored itself (a note's, a plan's, an intake, a measure's answers)
// through its type's field list, fast. nlohmann's parser builds a tree of maps and strings: 27 µs
// for a 2 KB note body, most of a progress report's reading of 80 notes. simdjson parses the same
// body in under 2 µs, and StoredReader walks the field list over it.
//
// StoredReader takes only what json_io::Reader (json_field_io.h) would read to the same value;
// anything else (a wrong type, a number out of range, an unknown choice, text simdjson refuses)
// falls back to parsing the text again with nlohmann and reading it with Reader, so a damaged
// body is refused with exactly the message it always had. For the .cpp files of JSON mappings only.

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <boost/container/small_vector.hpp>
#include <simdjson.h>

#include "common/json_field_io.h"

namespace knotwork::json_io {

// The text parsed by simdjson, or nothing when simdjson refuses it. The element lives in a
// parser of this thread: it is valid until the next parseStored on the same thread.
std::optional<simdjson::dom::element> parseStored(std::string_view text);

class StoredReader {
public:
    // Thrown for anything Reader would not read to the same value.
    struct Refused {};

    // An absent object: every field keeps its value.
    StoredReader() = default;

    explicit StoredReader(simdjson::dom::element object)
    {
        if (object.type() != simdjson::dom::element_type::OBJECT)
            throw Refused{};
        const simdjson::dom::object members = object.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair member : members)
            m_members.push_back({member.key, member.value});
    }

    void operator()(const char* key, std::string& into) const
    {
        if (const auto value = find(key))
            into = std::string(text(*value));
    }

    void operator()(const char* key, bool& into) const
    {
        if (const auto value = find(key)) {
            if (value->type() != simdjson::dom::element_type::BOOL)
                throw Refused{};
            into = value->get_bool().value_unsafe();
        }
    }

    template <typename Number>
        requires std::is_arithmetic_v<Number>
    void operator()(const char* key, Number& into) const
    {
        const auto value = find(key);
        if (!value)
            return;
        if constexpr (std::is_integral_v<Number>) {
            into = whole<Number>(*value);
        } else {
            if (!isNumber(*value))
                throw Refused{};
            const double number = value->get_double().value_unsafe();
            if (!std::isfinite(number) || std::abs(number) > static_cast<double>(std::numeric_limits<Number>::max()))
                throw Refused{};
            into = static_cast<Number>(number);
        }
    }

    void operator()(const char* key, Date& into) const
    {
        if (const auto value = find(key))
            into = parseIsoDate(text(*value), key);
    }

    void operator()(const char* key, Timestamp& into) const
    {
        if (const auto value = find(key))
            into = Timestamp::fromIso8601(text(*value), key);
    }

    void operator()(const char* key, boost::posix_time::time_duration& into) const
    {
        if (const auto value = find(key))
            into = parseTimeOfDay(text(*value), key);
    }

    template <typename E>
        requires std::is_enum_v<E>
    void operator()(const char* key, E& into) const
    {
        if (const auto value = find(key))
            into = choice<E>(text(*value));
    }

    void operator()(const char* key, std::set<std::string>& into) const
    {
        into.clear();
        if (const auto value = findList(key))
            for (const simdjson::dom::element item : *value)
                into.emplace(text(item));
    }

    template <typename E>
    void operator()(const char* key, std::set<E>& into) const
    {
        into.clear();
        if (const auto value = findList(key))
            for (const simdjson::dom::element item : *value)
                into.insert(choice<E>(text(item)));
    }

    // Yes/no answers by choice, or (as earlier versions wrote) the list of those answered yes.
    template <typename E>
    void operator()(const char* key, std::map<E, bool>& into) const
    {
        into.clear();
        const auto value = find(key);
        if (!value)
            return;
        if (value->type() == simdjson::dom::element_type::ARRAY) {
            const simdjson::dom::array yes = value->get_array().value_unsafe();
            for (const simdjson::dom::element item : yes)
                into[choice<E>(text(item))] = true;
            return;
        }
        if (value->type() != simdjson::dom::element_type::OBJECT)
            throw Refused{};
        const simdjson::dom::object answers = value->get_object().value_unsafe();
        refuseRepeatedKeys(answers);  // Reader sees only the last of a repeated key
        for (const simdjson::dom::key_value_pair answer : answers) {
            if (answer.value.is_null())
                continue;
            const std::string_view said = text(answer.value);
            if (said != "yes" && said != "no")
                throw Refused{};
            into[choice<E>(answer.key)] = said == "yes";
        }
    }

    // Answers by position, null where skipped.
    void operator()(const char* key, std::vector<std::optional<int>>& into) const
    {
        into.clear();
        if (const auto value = findList(key))
            for (const simdjson::dom::element item : *value)
                into.push_back(item.is_null() ? std::nullopt : std::optional<int>(whole<int>(item)));
    }

    template <typename T>
    void operator()(const char* key, std::optional<T>& into) const
    {
        readOptional(*this, find(key).has_value(), key, into);
    }

    template <typename Fields>
    void object(const char* key, const std::string& /*prefix*/, Fields&& fields) const
    {
        const auto value = find(key);
        const StoredReader nested = value ? StoredReader(*value) : StoredReader();
        fields(nested);
    }

    template <typename T, typename Fields>
    void list(const char* key, const std::string& /*path*/, std::vector<T>& into, Fields&& fields) const
    {
        into.clear();
        if (const auto value = findList(key))
            for (const simdjson::dom::element item : *value) {
                const StoredReader element(item);
                fields(element, into.emplace_back());
            }
    }

    void ignore(std::initializer_list<const char*> /*keys*/) const {}

private:
    // The last member named key (as nlohmann keeps the last of a repeated key), unless null.
    std::optional<simdjson::dom::element> find(std::string_view key) const
    {
        for (auto member = m_members.rbegin(); member != m_members.rend(); ++member)
            if (member->key == key)
                return member->value.is_null() ? std::nullopt : std::optional(member->value);
        return std::nullopt;
    }

    std::optional<simdjson::dom::array> findList(std::string_view key) const
    {
        const auto value = find(key);
        if (!value)
            return std::nullopt;
        if (value->type() != simdjson::dom::element_type::ARRAY)
            throw Refused{};
        return value->get_array().value_unsafe();
    }

    static std::string_view text(simdjson::dom::element value)
    {
        if (value.type() != simdjson::dom::element_type::STRING)
            throw Refused{};
        return value.get_string().value_unsafe();
    }

    static bool isNumber(simdjson::dom::element value)
    {
        const auto type = value.type();
        return type == simdjson::dom::element_type::INT64 || type == simdjson::dom::element_type::UINT64
            || type == simdjson::dom::element_type::DOUBLE;
    }

    // A JSON integer that fits Number; a fraction, an exponent or a value out of range is refused.
    template <typename Number>
    static Number whole(simdjson::dom::element value)
    {
        using Limits = std::numeric_limits<Number>;
        if (value.type() == simdjson::dom::element_type::INT64) {
            const std::int64_t number = value.get_int64().value_unsafe();
            if (std::cmp_less(number, Limits::min()) || std::cmp_greater(number, Limits::max()))
                throw Refused{};
            return static_cast<Number>(number);
        }
        if (value.type() == simdjson::dom::element_type::UINT64) {
            const std::uint64_t number = value.get_uint64().value_unsafe();
            if (std::cmp_greater(number, Limits::max()))
                throw Refused{};
            return static_cast<Number>(number);
        }
        throw Refused{};
    }

    template <typename E>
    static E choice(std::string_view key)
    {
        if (const auto found = fromKey<E>(key))
            return *found;
        throw Refused{};
    }

    static void refuseRepeatedKeys(simdjson::dom::object object)
    {
        for (auto member = object.begin(); member != object.end(); ++member)
            for (auto later = member; ++later != object.end();)
                if (later.key() == member.key())
                    throw Refused{};
    }

    // The object's members in document order, gathered once: walking simdjson's tape again for
    // each field took as long as parsing. Inline: a note's objects have fewer than 24 keys.
    struct Member {
        std::string_view key;
        simdjson::dom::element value;
    };
    boost::container::small_vector<Member, 24> m_members;
};

// Reads text Knotwork stored into value through fields, as read(json::parse(text), ...) would:
// the same value, or the same exception.
template <typename T, typename Fields>
void readStored(std::string_view text, T& value, Fields fields)
{
    if (strictKeysDepth == 0)
        if (const auto document = parseStored(text)) {
            T candidate = value;
            try {
                const StoredReader reader(*document);
                fields(reader, candidate);
                value = std::move(candidate);
                return;
            } catch (const StoredReader::Refused&) {
            } catch (const Error&) {  // a date or time Reader refuses too, with its own message
            }
        }
    read(json::parse(text), value, fields);
}

} // namespace knotwork::json_io
