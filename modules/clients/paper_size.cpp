#include "clients/paper_size.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace knotwork::clients {

namespace {

// CLDR's supplemental data, paperSize "US-Letter".
constexpr std::array<std::string_view, 14> kLetterCountries{"BZ", "CA", "CL", "CO", "CR", "GT", "MX",
                                                            "NI", "PA", "PH", "PR", "SV", "US", "VE"};

// "US" in "en_US.UTF-8@euro" or "en-US": the two capital letters after the language.
std::string_view countryOf(std::string_view localeName)
{
    const std::size_t end = localeName.find_first_of(".@");
    const std::string_view tag = localeName.substr(0, end);
    const std::size_t separator = tag.find_first_of("_-");
    if (separator == std::string_view::npos)
        return {};
    const std::string_view country = tag.substr(separator + 1, 2);
    const bool capitals = country.size() == 2
                          && std::ranges::all_of(country, [](char c) { return c >= 'A' && c <= 'Z'; });
    return capitals ? country : std::string_view();
}

} // namespace

PaperSize paperSizeForLocale(std::string_view localeName)
{
    const std::string_view country = countryOf(localeName);
    return std::ranges::find(kLetterCountries, country) != kLetterCountries.end() && !country.empty()
               ? PaperSize::UsLetter
               : PaperSize::A4;
}

std::string paperLocaleName()
{
    for (const char* variable : {"LC_ALL", "LC_PAPER", "LANG"})
        if (const char* value = std::getenv(variable); value && *value)
            return value;
    return {};
}

} // namespace knotwork::clients
