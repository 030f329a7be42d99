#pragma once

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

namespace knotwork {

// One value of a closed list the domain defines (a headache trigger, a provider's role): a stable
// key for storage, JSON and the CLI, and a label marked for translation. Forms build their check
// lists and menus from choices<E>(), so a new value appears everywhere at once.
template <typename E>
struct Choice {
    E value;
    std::string_view key;
    const char* label;  // untranslated; use labelOf()
};

// Specialised for each enum in choices.cpp, in the order forms list them.
template <typename E>
std::span<const Choice<E>> choices();

template <typename E>
std::string_view keyOf(E value)
{
    for (const Choice<E>& choice : choices<E>())
        if (choice.value == value)
            return choice.key;
    return {};
}

template <typename E>
std::optional<E> fromKey(std::string_view key)
{
    for (const Choice<E>& choice : choices<E>())
        if (choice.key == key)
            return choice.value;
    return std::nullopt;
}

// The translated label. Defined in choices.cpp, where the catalog is reached.
template <typename E>
std::string labelOf(E value);

// Declares the specialisations a module's choices .cpp defines (KNOTWORK_CHOICES), for its
// header: KNOTWORK_DECLARE_CHOICES(sessions::Muscle) inside namespace knotwork.
#define KNOTWORK_DECLARE_CHOICES(Enum)                                                            \
    template <>                                                                                   \
    std::span<const Choice<Enum>> choices<Enum>();                                                \
    template <>                                                                                   \
    std::string labelOf<Enum>(Enum value);

// "Stress, Poor sleep": the translated labels of a set, in the list's order.
template <typename E>
std::string labelList(const std::set<E>& values)
{
    std::string text;
    for (const E value : values)
        text += (text.empty() ? "" : ", ") + labelOf(value);
    return text;
}

// "stress, poor_sleep" for the CLI's help: every key of the list.
template <typename E>
std::string keyList()
{
    std::string keys;
    for (const Choice<E>& choice : choices<E>())
        keys += (keys.empty() ? "" : ", ") + std::string(choice.key);
    return keys;
}

} // namespace knotwork
