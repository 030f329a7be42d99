#include "schedule/opening_hours_text.h"

#include <boost/algorithm/string/trim.hpp>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::schedule {

namespace {

constexpr std::string_view kEnDash = "\u2013";

std::optional<TimeOfDay> timeOf(std::string text)
{
    boost::algorithm::trim(text);
    if (text == "24:00")
        return TimeOfDay(boost::posix_time::hours(24));
    try {
        return parseTimeOfDay(text, "");
    } catch (const ValidationError&) {
        return std::nullopt;
    }
}

std::optional<OpeningHours> stretchOf(const std::string& text)
{
    std::size_t dash = text.find(kEnDash);
    std::size_t width = kEnDash.size();
    if (dash == std::string::npos) {
        dash = text.find('-');
        width = 1;
    }
    if (dash == std::string::npos)
        return std::nullopt;
    const std::optional<TimeOfDay> opens = timeOf(text.substr(0, dash));
    const std::optional<TimeOfDay> closes = timeOf(text.substr(dash + width));
    if (!opens || !closes)
        return std::nullopt;
    return OpeningHours{*opens, *closes};
}

} // namespace

std::vector<OpeningHours> parseOpeningHours(const std::string& text, const std::string& field,
                                            const std::string& label)
{
    std::vector<OpeningHours> stretches;
    const std::string trimmed = boost::algorithm::trim_copy(text);
    if (trimmed.empty() || trimmed == "closed")
        return stretches;
    std::size_t from = 0;
    while (from <= trimmed.size()) {
        const std::size_t comma = std::min(trimmed.find(',', from), trimmed.size());
        const std::optional<OpeningHours> stretch = stretchOf(trimmed.substr(from, comma - from));
        if (!stretch)
            throw ValidationError(field, "hours-format",
                                  formatMessage(_("{}: enter hours like 09:00-12:00, several as "
                                                  "09:00-12:00, 13:00-17:00, or leave it empty for closed; "
                                                  "not \"{}\"."),
                                                label, text));
        stretches.push_back(*stretch);
        from = comma + 1;
    }
    return stretches;
}

std::string openingHoursText(const std::vector<OpeningHours>& stretches)
{
    std::string text;
    for (const OpeningHours& hours : stretches)
        text += (text.empty() ? "" : ", ") + timeOfDayText(hours.opens) + std::string(kEnDash)
            + timeOfDayText(hours.closes);
    return text;
}

} // namespace knotwork::schedule
