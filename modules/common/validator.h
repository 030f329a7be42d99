#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar_date.h"
#include "common/error.h"

namespace knotwork {

// Collects every problem of a form in one pass, so the person sees them all at once, then throws
// them together. Each check names the field by its key and, in the message, by its label (already
// translated by the caller).
class Validator {
public:
    void add(std::string field, std::string rule, std::string message);

    void required(std::string_view text, std::string field, std::string_view label);
    void maxLength(std::string_view text, std::size_t characters, std::string field,
                   std::string_view label);
    void inRange(std::optional<int> value, int low, int high, std::string field,
                 std::string_view label);
    void inRange(std::optional<double> value, double low, double high, std::string field,
                 std::string_view label);
    void email(std::string_view text, std::string field, std::string_view label);
    void phone(std::string_view text, std::string field, std::string_view label);
    // A date that has happened: not after `latest` (today, by the service's clock), nor before 1900.
    void notAfter(const std::optional<Date>& date, const Date& latest, std::string field,
                  std::string_view label);

    // The rule every text field keeps, besides its length: valid UTF-8, and no control character
    // but tab and, in a field of several lines, newline (a name cannot hide an escape sequence).
    void singleLine(std::string_view text, std::size_t characters, std::string field,
                    std::string_view label);
    void multiLine(std::string_view text, std::size_t characters, std::string field,
                   std::string_view label);
    // A date no practice could mean is refused ("date-range"): before 1900 or after `latest`.
    // Callers pass the service's clock's today (a visit, a birth) or a little later (a plan's review).
    void plausibleDate(const std::optional<Date>& date, const Date& latest, std::string field,
                       std::string_view label);

    bool ok() const { return m_problems.empty(); }
    const std::vector<FieldProblem>& problems() const { return m_problems; }
    // Throws one ValidationError carrying every problem found, if there is any.
    void throwIfAny() const;

private:
    std::vector<FieldProblem> m_problems;
};

// The earliest date any record may carry.
Date earliestPlausibleDate();
// How far ahead of today a planned date (a review, a target, an expiry) may plausibly lie.
Date latestPlannedDate(const Date& today);

// Characters, not bytes, in UTF-8 text.
std::size_t characterCount(std::string_view utf8);

} // namespace knotwork
