#include "common/locale_date.h"

#include <memory>
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

std::string formatted(const std::unique_ptr<icu::DateFormat>& format, const Date& date)
{
    if (date.is_special())
        return {};
    if (!format)
        return isoDate(date);
    icu::UnicodeString text;
    format->format(midnightUtc(date), text);
    std::string utf8;
    return text.toUTF8String(utf8);
}

} // namespace

// Formatters are costly to create and not safe to share between threads: one per thread.
std::string mediumDate(const Date& date)
{
    thread_local const std::unique_ptr<icu::DateFormat> format = mediumFormat();
    return formatted(format, date);
}

std::string monthAndYear(const Date& firstOfMonth)
{
    thread_local const std::unique_ptr<icu::DateFormat> format = monthFormat();
    return formatted(format, firstOfMonth);
}

} // namespace knotwork
