#include "common/validator.h"

#include <algorithm>
#include <fmt/format.h>

#include "common/i18n.h"
#include "common/number_text.h"
#include "common/utf8_text.h"

namespace knotwork {

namespace {

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

enum class TextProblem { None, InvalidUtf8, ControlCharacter, LineBreak };

struct TextCheck {
    TextProblem problem = TextProblem::None;
    char32_t character = 0;
};

// Walks the UTF-8 sequences of `text` for the first one a text field refuses.
TextCheck checkText(std::string_view text, bool lines)
{
    std::size_t at = 0;
    while (at < text.size()) {
        const Utf8Sequence sequence = utf8SequenceAt(text, at);
        if (sequence.length == 0)
            return {TextProblem::InvalidUtf8, 0};
        if (sequence.code == '\n' && !lines)
            return {TextProblem::LineBreak, sequence.code};
        if (isControlCharacter(sequence.code) && sequence.code != '\t' && sequence.code != '\n')
            return {TextProblem::ControlCharacter, sequence.code};
        at += sequence.length;
    }
    return {};
}

} // namespace

Date earliestPlausibleDate()
{
    return Date(1900, 1, 1);
}

Date latestPlannedDate(const Date& today)
{
    return today + boost::gregorian::years(2);
}

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
        && text.find(' ') == std::string_view::npos && checkText(text, false).problem == TextProblem::None;
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
    if (date && !date->is_special() && *date < earliestPlausibleDate())
        add(std::move(field), "date-range",
            formatMessage(_("{} cannot be before {}; {} is not a plausible date."), label,
                          isoDate(earliestPlausibleDate()), isoDate(*date)));
    else if (date && *date > latest)
        add(std::move(field), "not-in-future",
            formatMessage(_("{} cannot be after {}."), label, isoDate(latest)));
}

namespace {

void checkTextRule(Validator& v, std::string_view text, bool lines, const std::string& field,
                   std::string_view label)
{
    const TextCheck check = checkText(text, lines);
    switch (check.problem) {
    case TextProblem::None:
        return;
    case TextProblem::InvalidUtf8:
        v.add(field, "invalid-utf8",
              formatMessage(_("{} is not valid UTF-8 text; type it again or save the file as UTF-8."), label));
        return;
    case TextProblem::LineBreak:
        v.add(field, "single-line", formatMessage(_("{} must be on one line."), label));
        return;
    case TextProblem::ControlCharacter:
        v.add(field, "control-character",
              formatMessage(_("{} contains the control character U+{:04X}; only printable characters, "
                              "tabs and line breaks can be stored."),
                            label, static_cast<unsigned>(check.character)));
        return;
    }
}

} // namespace

void Validator::singleLine(std::string_view text, std::size_t characters, std::string field,
                           std::string_view label)
{
    checkTextRule(*this, text, false, field, label);
    maxLength(text, characters, std::move(field), label);
}

void Validator::multiLine(std::string_view text, std::size_t characters, std::string field,
                          std::string_view label)
{
    checkTextRule(*this, text, true, field, label);
    maxLength(text, characters, std::move(field), label);
}

void Validator::plausibleDate(const std::optional<Date>& date, const Date& latest, std::string field,
                              std::string_view label)
{
    if (date && !date->is_special() && (*date < earliestPlausibleDate() || *date > latest))
        add(std::move(field), "date-range",
            formatMessage(_("{} must be between {} and {}; {} is outside."), label,
                          isoDate(earliestPlausibleDate()), isoDate(latest), isoDate(*date)));
}

void Validator::throwIfAny() const
{
    if (!m_problems.empty())
        throw ValidationError(m_problems);
}

} // namespace knotwork
