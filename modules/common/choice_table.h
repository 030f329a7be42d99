#pragma once
// For the .cpp files that define a module's choice tables: KNOTWORK_CHOICES(Enum, table)
// specialises choices<Enum>() and labelOf<Enum>() over a constexpr array of Choice<Enum>. Use it
// inside namespace knotwork.

#include <span>
#include <string>

#include "common/choices.h"
#include "common/i18n.h"

#define KNOTWORK_CHOICES(Enum, list)                                                              \
    template <>                                                                                   \
    std::span<const Choice<Enum>> choices<Enum>()                                                 \
    {                                                                                             \
        return {list, std::size(list)};                                                           \
    }                                                                                             \
    template <>                                                                                   \
    std::string labelOf<Enum>(Enum value)                                                         \
    {                                                                                             \
        for (const Choice<Enum>& choice : list)                                                   \
            if (choice.value == value)                                                            \
                return ::knotwork::translate(choice.label);                                       \
        return {};                                                                                \
    }
