#include "common/locale_date.h"

#include <memory>
#include <regex>
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace knotwork {

namespace {

// Calendar dates have no zone: they are formatted as midnight UTC by a UTC formatter, so no
// offset can move them to the day before.
UDate midnightUtc(const Date& date)
{
    const Date epoch(1970, 1, 1);
    return static_cast<UDate>((date - epoch).days()) * U_MILLIS_PER_DAY;
}

std::unique_ptr<icu::DateFormat> inUtc(icu::DateFormat* format)
{
    std::unique_ptr<icu::DateFormat> owned(format);
    if (owned)
        owned->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    return owned;
}

std::unique_ptr<icu::DateFormat> mediumFormat()
{
    return inUtc(icu::DateFormat::createDateInstance(icu::DateFormat::kMedium, icu::Locale::getDefault()));
}

std::unique_ptr<icu::DateFormat> fullFormat()
{
    return inUtc(icu::DateFormat::createDateInstance(icu::DateFormat::kFull, icu::Locale::getDefault()));
}

std::unique_ptr<icu::DateFormat> monthFormat()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(icu::Locale::getDefault(), status));
    if (U_FAILURE(status))
        return nullptr;
    const icu::UnicodeString pattern = generator->getBestPattern("MMMy", status);
    if (U_FAILURE(status))
        return nullptr;
    auto format = std::make_unique<icu::SimpleDateFormat>(pattern, icu::Locale::getDefault(), status);
    return U_FAILURE(status) ? nullptr : inUtc(format.release());
}

std::unique_ptr<icu::DateFormat> shortTimeFormat()
{
    return inUtc(icu::DateFormat::createTimeInstance(icu::DateFormat::kShort, icu::Locale::getDefault()));
}

std::string formatted(const std::unique_ptr<icu::DateFormat>& format, UDate moment)
{
    icu::UnicodeString text;
    format->format(moment, text);
    std::string utf8;
    return text.toUTF8String(utf8);
}

std::string formatted(const std::unique_ptr<icu::DateFormat>& format, const Date& date)
{
    if (date.is_special())
        return {};
    if (!format)
        return isoDate(date);
    return formatted(format, midnightUtc(date));
}

} // namespace

// Formatters are costly to create and not safe to share between threads: one per thread.
std::string mediumDate(const Date& date)
{
    thread_local const std::unique_ptr<icu::DateFormat> format = mediumFormat();
    return formatted(format, date);
}

std::string longDate(const Date& date)
{
    thread_local const std::unique_ptr<icu::DateFormat> format = fullFormat();
    return formatted(format, date);
}

std::string monthAndYear(const Date& firstOfMonth)
{
    thread_local const std::unique_ptr<icu::DateFormat> format = monthFormat();
    return formatted(format, firstOfMonth);
}

namespace {

std::optional<TimeOfDay> inDay(long hours, long minutes)
{
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return TimeOfDay(hours, minutes, 0);
}

std::optional<TimeOfDay> parse24Hour(const std::string& text)
{
    static const std::regex separated(R"(^\s*(\d{1,2})\s*(?:[:.hH]\s*(\d{2}))?\s*$)");
    static const std::regex together(R"(^\s*(\d{1,2})(\d{2})\s*$)");
    std::smatch match;
    if (std::regex_match(text, match, separated) || std::regex_match(text, match, together))
        return inDay(std::stol(match[1]), match[2].matched ? std::stol(match[2]) : 0);
    return std::nullopt;
}

} // namespace

std::optional<TimeOfDay> parseTimeText(std::string_view text)
{
    const std::string typed(text);
    if (auto time = parse24Hour(typed))
        return time;
    thread_local const std::unique_ptr<icu::DateFormat> format = shortTimeFormat();
    if (!format)
        return std::nullopt;
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(typed).trim();
    icu::ParsePosition position(0);
    const UDate parsed = format->parse(unicode, position);
    if (position.getErrorIndex() >= 0 || position.getIndex() != unicode.length())
        return std::nullopt;
    const long long minutes = static_cast<long long>(parsed / U_MILLIS_PER_MINUTE);
    const long long ofDay = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
    return inDay(static_cast<long>(ofDay / 60), static_cast<long>(ofDay % 60));
}

std::string shortTime(const TimeOfDay& time)
{
    thread_local const std::unique_ptr<icu::DateFormat> format = shortTimeFormat();
    if (time.is_special() || !format)
        return timeOfDayText(time);
    // A time of day on 1 January 1970 in UTC, formatted in UTC: no zone can shift it.
    return formatted(format, static_cast<UDate>(time.total_milliseconds()));
}

} // namespace knotwork
