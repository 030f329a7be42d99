#pragma once

#include <string>
#include <string_view>
#include <boost/date_time/posix_time/ptime.hpp>

namespace knotwork {

// A moment in UTC, to the second. Stored and exchanged as ISO-8601 text ("2026-11-23T20:19:29Z"),
// which sorts in time order and reads the same in SQLite and PostgreSQL.
class Timestamp {
public:
    // The computer's clock. Rules about "now" and "today" read the practice's Clock (clock.h)
    // instead, which tests stop; this is for the storage layer's own bookkeeping.
    static Timestamp now();
    // Throws ValidationError naming `field` when the text is not "YYYY-MM-DDTHH:MM:SSZ".
    static Timestamp fromIso8601(std::string_view text, std::string_view field = "timestamp");

    explicit Timestamp(boost::posix_time::ptime utc);

    std::string iso8601() const;
    // "20261123T201929Z": safe in file names, still sorts in time order.
    std::string compact() const;
    const boost::posix_time::ptime& utc() const { return m_utc; }
    // The same moment on this computer's clock, in its time zone.
    boost::posix_time::ptime local() const;

    friend bool operator==(const Timestamp&, const Timestamp&) = default;
    friend bool operator<(const Timestamp& a, const Timestamp& b) { return a.m_utc < b.m_utc; }

private:
    boost::posix_time::ptime m_utc;
};

} // namespace knotwork
