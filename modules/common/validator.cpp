#include "common/validator.h"

#include <algorithm>
#include <fmt/format.h>

#include "common/i18n.h"
#include "common/number_text.h"

namespace knotwork {

namespace {

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

} // namespace

std::size_t characterCount(std::string_view utf8)
{
    return static_cast<std::size_t>(std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void Validator::add(std::string field, std::string rule, std::string message)
{
    m_problems.push_back({std::move(field), std::move(rule), std::move(message)});
}

void Validator::required(std::string_view text, std::string field, std::string_view label)
{
    if (isBlank(text))
        add(std::move(field), "required", formatMessage(_("{} is required."), label));
}

void Validator::maxLength(std::string_view text, std::size_t characters, std::string field,
                          std::string_view label)
{
    if (characterCount(text) > characters)
        add(std::move(field), "max-length",
            formatMessage(_("{} is too long: at most {} characters."), label, characters));
}

void Validator::inRange(std::optional<int> value, int low, int high, std::string field,
                        std::string_view label)
{
    if (value && (*value < low || *value > high))
        add(std::move(field), "range",
            formatMessage(_("{} must be between {} and {}; {} is outside."), label, low, high,
                          *value));
}

void Validator::inRange(std::optional<double> value, double low, double high, std::string field,
                        std::string_view label)
{
    if (value && !(*value >= low && *value <= high))
        add(std::move(field), "range",
            formatMessage(_("{} must be between {} and {}; {} is outside."), label, numberText(low),
                          numberText(high), numberText(*value)));
}

void Validator::email(std::string_view text, std::string field, std::string_view label)
{
    if (text.empty())
        return;
    const std::size_t at = text.find('@');
    const bool shaped = at != std::string_view::npos && at > 0 && text.find('@', at + 1) == std::string_view::npos
        && text.find('.', at) != std::string_view::npos && text.back() != '.'
        && text.find(' ') == std::string_view::npos;
    if (!shaped)
        add(std::move(field), "email",
            formatMessage(_("{} must be an email address like name@example.com."), label));
}

void Validator::phone(std::string_view text, std::string field, std::string_view label)
{
    if (text.empty())
        return;
    std::size_t digits = 0;
    bool allowed = true;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (std::string_view(" +-().x/").find(c) == std::string_view::npos)
            allowed = false;
    }
    if (!allowed || digits < 3 || digits > 20)
        add(std::move(field), "phone",
            formatMessage(_("{} must be a phone number: digits, spaces and + - ( ) only."), label));
}

void Validator::notAfter(const std::optional<Date>& date, const Date& latest, std::string field,
                         std::string_view label)
{
    if (date && *date > latest)
        add(std::move(field), "not-in-future",
            formatMessage(_("{} cannot be after {}."), label, isoDate(latest)));
}

void Validator::throwIfAny() const
{
    if (!m_problems.empty())
        throw ValidationError(m_problems);
}

} // namespace knotwork
