#pragma once
// Reading and writing JSON through a type's one list of fields (see clients/client_json_fields.h for the
// shape of a field list), shared by every module's JSON mapping: the writer and the reader walk
// the same list, so a document always reads back exactly what was written. For the .cpp files of
// JSON mappings only.

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>
#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <nlohmann/json.hpp>

#include "common/choices.h"
#include "common/calendar_date.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/timestamp.h"

namespace knotwork::json_io {

using nlohmann::json;

// While one is alive on this thread, a Reader refuses a key its field list does not know
// (rule "unknown"). strict_json::readDocument holds one while it reads a document a person handed
// in. Bodies Knotwork stored are read without: a body a newer Knotwork wrote (a key added since)
// must still open here, its known fields intact, rather than become a damaged record.
inline thread_local int strictKeysDepth = 0;

class StrictKeys {
public:
    StrictKeys() { ++strictKeysDepth; }
    ~StrictKeys() { --strictKeysDepth; }
    StrictKeys(const StrictKeys&) = delete;
    StrictKeys& operator=(const StrictKeys&) = delete;
};

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <typename T>
struct IsSet : std::false_type {};
template <typename T>
struct IsSet<std::set<T>> : std::true_type {};
template <typename T>
struct IsYesNoMap : std::false_type {};
template <typename E>
struct IsYesNoMap<std::map<E, bool>> : std::true_type {};
template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};

// An optional field, for each reader: absent or null (`present` false) leaves it unset; a present
// value is read as a T would be.
template <typename Reader, typename T>
void readOptional(const Reader& reader, bool present, const char* key, std::optional<T>& into)
{
    into.reset();
    if (!present)
        return;
    T value{};
    reader(key, value);
    into = value;
}

// Writes an object through the field lists of client_json_fields.h: choices as their keys, dates
// as "YYYY-MM-DD", timestamps as ISO UTC, an unset optional as null.
class Writer {
public:
    explicit Writer(json& object) : m_object(object) { m_object = json::object(); }

    template <typename T>
    void operator()(const char* key, const T& value)
    {
        m_object[key] = toJson(value);
    }

    template <typename Fields>
    void object(const char* key, const std::string& /*prefix*/, Fields&& fields)
    {
        Writer nested(m_object[key]);
        fields(nested);
    }

    // Keys the reader skips are not written through the field list.
    void ignore(std::initializer_list<const char*> /*keys*/) const {}

    template <typename T, typename Fields>
    void list(const char* key, const std::string& /*path*/, const std::vector<T>& items, Fields&& fields)
    {
        json& list = m_object[key] = json::array();
        for (const T& item : items) {
            Writer element(list.emplace_back());
            fields(element, item);
        }
    }

    template <typename T>
    static json toJson(const T& value)
    {
        if constexpr (std::is_enum_v<T>) {
            return std::string(keyOf(value));
        } else if constexpr (std::is_same_v<T, Date>) {
            return value.is_special() ? json() : json(isoDate(value));
        } else if constexpr (std::is_same_v<T, Timestamp>) {
            return value.iso8601();
        } else if constexpr (std::is_same_v<T, boost::posix_time::time_duration>) {
            return timeOfDayText(value);
        } else if constexpr (IsOptional<T>::value) {
            return value ? toJson(*value) : json();
        } else if constexpr (IsYesNoMap<T>::value) {
            json answers = json::object();
            for (const auto& [choice, yes] : value)
                answers[std::string(keyOf(choice))] = yes ? "yes" : "no";
            return answers;
        } else if constexpr (IsSet<T>::value || IsVector<T>::value) {
            json list = json::array();
            for (const auto& item : value)
                list.push_back(toJson(item));
            return list;
        } else {
            return json(value);
        }
    }

private:
    json& m_object;
};

// Reads an object through the same field lists, knowing where it is in the document, so an error
// names the key path the validators and forms use ("headache.days_per_month", "diagnoses[0].type").
// Strict about types and values, lenient about missing keys (and null): the default stays.
// Under StrictKeys, a key no field asked for is refused by finish().
class Reader {
public:
    // prefix: the path of this object's keys, ending in "." ("diagnoses[2]."), empty at the top.
    Reader(const json& object, std::string prefix) : m_object(object), m_prefix(std::move(prefix))
    {
        if (m_object.is_object())
            return;
        if (m_prefix.empty())
            throw ValidationError("document", "type", _("The document must be a JSON object, in braces { }."));
        const std::string where = m_prefix.substr(0, m_prefix.size() - 1);  // "diagnoses[2]"
        throw ValidationError(where, "type", formatMessage(_("{} must be a JSON object."), where));
    }

    void operator()(const char* key, std::string& into) const
    {
        if (const json* value = find(key))
            into = typed<std::string>(key, *value, value->is_string(), _("{} must be text."));
    }

    void operator()(const char* key, bool& into) const
    {
        if (const json* value = find(key))
            into = typed<bool>(key, *value, value->is_boolean(), _("{} must be true or false."));
    }

    template <typename Number>
        requires std::is_arithmetic_v<Number>
    void operator()(const char* key, Number& into) const
    {
        const json* value = find(key);
        if (!value)
            return;
        if constexpr (std::is_integral_v<Number>) {
            if (!value->is_number_integer() && !isHugeWholeNumber(*value))
                throw wrongType(key, _("{} must be a whole number."));
            if (!value->is_number_integer() || !fits<Number>(*value))
                throw ValidationError(path(key), "range",
                                      formatMessage(_("{} must be a whole number from {} to {}."), path(key),
                                                    std::numeric_limits<Number>::min(), std::numeric_limits<Number>::max()));
            into = value->get<Number>();
        } else {
            const double number = typed<double>(key, *value, value->is_number(), _("{} must be a number."));
            if (!std::isfinite(number) || std::abs(number) > static_cast<double>(std::numeric_limits<Number>::max()))
                throw ValidationError(path(key), "range", formatMessage(_("{} is too large a number."), path(key)));
            into = static_cast<Number>(number);
        }
    }

    void operator()(const char* key, Date& into) const
    {
        if (const json* value = find(key))
            into = parseIsoDate(typed<std::string>(key, *value, value->is_string(),
                                                   _("{} must be a date written as year-month-day, like 2026-11-23.")),
                                path(key));
    }

    void operator()(const char* key, Timestamp& into) const
    {
        if (const json* value = find(key))
            into = Timestamp::fromIso8601(typed<std::string>(key, *value, value->is_string(),
                                                             _("{} must be a date and time in UTC, like 2026-11-23T14:05:00Z.")),
                                          path(key));
    }

    void operator()(const char* key, boost::posix_time::time_duration& into) const
    {
        if (const json* value = find(key))
            into = parseTimeOfDay(typed<std::string>(key, *value, value->is_string(),
                                                     _("{} must be a time of day, like 10:30.")),
                                  path(key));
    }

    template <typename E>
        requires std::is_enum_v<E>
    void operator()(const char* key, E& into) const
    {
        if (const json* value = find(key))
            into = choiceOf<E>(path(key), *value);
    }

    void operator()(const char* key, std::set<std::string>& into) const
    {
        into.clear();
        if (const json* value = findList(key))
            for (const json& item : *value)
                into.insert(typed<std::string>(key, item, item.is_string(), _("{} must be a list of text.")));
    }

    template <typename E>
    void operator()(const char* key, std::set<E>& into) const
    {
        into.clear();
        if (const json* value = findList(key))
            for (const json& item : *value)
                into.insert(choiceOf<E>(path(key), item));
    }

    // Yes/no answers by choice: {"vision_changes": "no"}; a choice left out (or null) is
    // unanswered. A list of keys, as earlier versions wrote, reads as those answered yes.
    template <typename E>
    void operator()(const char* key, std::map<E, bool>& into) const
    {
        into.clear();
        const json* value = find(key);
        if (!value)
            return;
        if (value->is_array()) {
            for (const json& item : *value)
                into[choiceOf<E>(path(key), item)] = true;
            return;
        }
        if (!value->is_object())
            throw wrongType(key, _("{} must be a JSON object of answers, like {{\"vision_changes\": \"no\"}}."));
        for (auto item = value->begin(); item != value->end(); ++item) {
            const json& answer = item.value();
            if (strictKeysDepth > 0 && !fromKey<E>(item.key()))
                throw unknownKey(path(key) + "." + item.key());
            if (answer.is_null())
                continue;
            const std::string where = path(key) + "." + item.key();
            if (answer != "yes" && answer != "no")
                throw ValidationError(where, "type", formatMessage(_("{} must be \"yes\" or \"no\"."), where));
            into[choiceOf<E>(where, json(item.key()))] = answer == "yes";
        }
    }

    // Answers by position, null where skipped: [3, 2, null, 4].
    void operator()(const char* key, std::vector<std::optional<int>>& into) const
    {
        into.clear();
        const json* value = findList(key);
        for (std::size_t i = 0; value && i < value->size(); ++i) {
            const json& item = (*value)[i];
            const std::string where = path(key) + "[" + std::to_string(i) + "]";
            if (!item.is_null() && !item.is_number_integer() && !isHugeWholeNumber(item))
                throw ValidationError(where, "type", formatMessage(_("{} must be a whole number or null."), where));
            if (!item.is_null() && (!item.is_number_integer() || !fits<int>(item)))
                throw ValidationError(where, "range",
                                      formatMessage(_("{} must be a whole number from {} to {}."), where,
                                                    std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            into.push_back(item.is_null() ? std::nullopt : std::optional<int>(item.get<int>()));
        }
    }

    template <typename T>
    void operator()(const char* key, std::optional<T>& into) const
    {
        readOptional(*this, find(key) != nullptr, key, into);
    }

    template <typename Fields>
    void object(const char* key, const std::string& prefix, Fields&& fields) const
    {
        static const json empty = json::object();
        const json* value = find(key);
        if (value && !value->is_object())
            throw wrongType(key, _("{} must be a JSON object."));
        const Reader nested(value ? *value : empty, prefix);
        fields(nested);
        nested.finish();
    }

    template <typename T, typename Fields>
    void list(const char* key, const std::string& listPath, std::vector<T>& into, Fields&& fields) const
    {
        into.clear();
        const json* value = findList(key);
        for (std::size_t i = 0; value && i < value->size(); ++i) {
            const Reader element((*value)[i], listPath + "[" + std::to_string(i) + "].");
            fields(element, into.emplace_back());
            element.finish();
        }
    }

    // Keys this reader accepts and skips: what the type's --json output writes but input never
    // sets (an id, the signing time), so a document `show --json` printed reads back.
    void ignore(std::initializer_list<const char*> keys) const
    {
        if (strictKeysDepth > 0)
            m_asked.insert(keys.begin(), keys.end());
    }

    // Under StrictKeys: ValidationError (rule "unknown") for the first key no field asked for.
    void finish() const
    {
        if (strictKeysDepth == 0)
            return;
        for (auto item = m_object.begin(); item != m_object.end(); ++item)
            if (!m_asked.contains(item.key()))
                throw unknownKey(m_prefix + item.key());
    }

private:
    std::string path(const char* key) const { return m_prefix + key; }

    const json* find(const char* key) const
    {
        if (strictKeysDepth > 0)
            m_asked.insert(key);
        const auto found = m_object.find(key);
        return found == m_object.end() || found->is_null() ? nullptr : &*found;
    }

    // nullptr when absent; ValidationError when not a list.
    const json* findList(const char* key) const
    {
        const json* value = find(key);
        if (value && !value->is_array())
            throw wrongType(key, _("{} must be a list."));
        return value;
    }

    // message: a translated sentence with one {} for the key path.
    template <typename T>
    T typed(const char* key, const json& value, bool ok, const char* message) const
    {
        if (!ok)
            throw wrongType(key, message);
        return value.get<T>();
    }

    static ValidationError unknownKey(const std::string& where)
    {
        return ValidationError(where, "unknown",
                               formatMessage(_("{} is not a field Knotwork reads here; check its spelling, or leave "
                                               "it out."),
                                             where));
    }

    // An integer too large for 64 bits, which the parser keeps as a floating-point number.
    static bool isHugeWholeNumber(const json& value)
    {
        return value.is_number_float() && std::isfinite(value.get<double>())
            && std::abs(value.get<double>()) >= 9.2e18 && std::floor(value.get<double>()) == value.get<double>();
    }

    ValidationError wrongType(const char* key, const char* message) const
    {
        return ValidationError(path(key), "type", formatMessage(message, path(key)));
    }

    // Whether a JSON integer fits the field, so a huge number is reported rather than wrapped.
    template <typename Number>
    static bool fits(const json& value)
    {
        using Limits = std::numeric_limits<Number>;
        if (value.is_number_unsigned())
            return value.get<std::uint64_t>() <= static_cast<std::uint64_t>(Limits::max());
        const auto number = value.get<std::int64_t>();
        return number >= static_cast<std::int64_t>(Limits::min()) && number <= static_cast<std::int64_t>(Limits::max());
    }

    template <typename E>
    static E choiceOf(const std::string& path, const json& value)
    {
        if (value.is_string())
            if (const auto found = fromKey<E>(value.get<std::string>()))
                return *found;
        throw ValidationError(path, "choice",
                              formatMessage(_("{} must be one of: {}; not {}."), path, keyList<E>(), value.dump()));
    }

    const json& m_object;
    std::string m_prefix;
    mutable std::set<std::string, std::less<>> m_asked;  // only under StrictKeys
};

// One type's to_json and from_json through its field list; `prefix` names its keys in errors
// ("clearance.cleared_on"), as that type's validator does.
template <typename T, typename Fields>
void write(json& out, const T& value, Fields fields)
{
    Writer writer(out);
    fields(writer, value);
}

template <typename T, typename Fields>
void read(const json& in, T& value, Fields fields, const char* prefix = "")
{
    const Reader reader(in, prefix);
    fields(reader, value);
    reader.finish();
}

} // namespace knotwork::json_io

// One type's to_json and from_json through its field list; `prefix` names its keys in errors.
#define KNOTWORK_JSON_FIELDS(Type, fieldList, prefix)                                                \
    void to_json(json& out, const Type& value) { ::knotwork::json_io::write(out, value, [](auto& io, auto& v) { fieldList(io, v); }); } \
    void from_json(const json& in, Type& value) { ::knotwork::json_io::read(in, value, [](auto& io, auto& v) { fieldList(io, v); }, prefix); }
