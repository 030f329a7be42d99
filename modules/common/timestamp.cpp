#include "common/timestamp.h"

#include <charconv>
#include <boost/date_time/c_local_time_adjustor.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {

namespace pt = boost::posix_time;
namespace gr = boost::gregorian;

namespace {

// Reads `count` digits at `pos`; the caller has checked the length.
bool readNumber(std::string_view text, std::size_t pos, std::size_t count, int& value)
{
    const char* first = text.data() + pos;
    const char* last = first + count;
    auto [end, ec] = std::from_chars(first, last, value);
    return ec == std::errc() && end == last;
}

} // namespace

Timestamp::Timestamp(pt::ptime utc) : m_utc(utc)
{
}

Timestamp Timestamp::now()
{
    const pt::ptime exact = pt::second_clock::universal_time();
    return Timestamp(exact);
}

Timestamp Timestamp::fromIso8601(std::string_view text, std::string_view field)
{
    // Fixed layout: YYYY-MM-DDTHH:MM:SSZ
    constexpr std::string_view layout = "0000-00-00T00:00:00Z";
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    const bool shaped = text.size() == layout.size() && text[4] == '-' && text[7] == '-'
        && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z';
    const bool numeric = shaped && readNumber(text, 0, 4, year) && readNumber(text, 5, 2, month)
        && readNumber(text, 8, 2, day) && readNumber(text, 11, 2, hour)
        && readNumber(text, 14, 2, minute) && readNumber(text, 17, 2, second);
    if (numeric && hour < 24 && minute < 60 && second < 60) {
        try {
            return Timestamp(pt::ptime(gr::date(year, month, day),
                                       pt::hours(hour) + pt::minutes(minute) + pt::seconds(second)));
        } catch (const std::out_of_range&) {
            // an impossible date such as 2026-02-30: reported below
        }
    }
    throw ValidationError(std::string(field), "iso8601-utc",
        formatMessage(_("{} must be a UTC date and time like 2026-11-23T08:30:00Z, not \"{}\"."),
                      field, text));
}

std::string Timestamp::iso8601() const
{
    std::string text = pt::to_iso_extended_string(m_utc);
    return text + 'Z';
}

std::string Timestamp::compact() const
{
    return pt::to_iso_string(m_utc) + 'Z';
}

pt::ptime Timestamp::local() const
{
    return boost::date_time::c_local_adjustor<pt::ptime>::utc_to_local(m_utc);
}

} // namespace knotwork
