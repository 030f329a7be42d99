#include "common/strict_json.h"

#include <algorithm>
#include <set>
#include <vector>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::strict_json {

namespace {

// Where the parser is: one frame per open object or list, with its current key or index.
struct Frame {
    bool object = true;
    std::set<std::string> keys;
    std::string key;
    std::size_t index = 0;
};

std::string pathOf(const std::vector<Frame>& frames)
{
    std::string path;
    for (const Frame& frame : frames) {
        // Appended piece by piece: GCC 12's release build imagines an overflow in "[" + text.
        if (!frame.object) {
            path += '[';
            path += std::to_string(frame.index);
            path += ']';
        } else if (!frame.key.empty()) {
            if (!path.empty())
                path += '.';
            path += frame.key;
        }
    }
    return path;
}

// "line 3, column 14" of a byte offset, columns counted in bytes as editors show for ASCII.
std::string placeOf(std::string_view text, std::size_t byte)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return formatMessage(_("line {}, column {}"), line, column);
}

// nlohmann's own words after its "[json.exception.parse_error.101] parse error at ...: " prefix.
std::string parserDetail(const std::string& what)
{
    const std::size_t colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

template <typename Json>
Json parseWith(std::string_view text, const std::string& source)
{
    std::vector<Frame> frames;
    // The problem's field, and where it is in words ("last.days in visit.json").
    const auto where = [&] {
        const std::string path = pathOf(frames);
        return path.empty() ? source : path;
    };
    const auto located = [&] {
        const std::string path = pathOf(frames);
        return path.empty() ? source : formatMessage(_("{} in {}"), path, source);
    };
    const auto valueDone = [&] {
        if (!frames.empty() && !frames.back().object)
            ++frames.back().index;
    };
    const auto callback = [&](int /*depth*/, nlohmann::detail::parse_event_t event, Json& parsed) {
        using Event = nlohmann::detail::parse_event_t;
        switch (event) {
        case Event::object_start: frames.push_back({}); break;
        case Event::array_start:
            frames.emplace_back().object = false;
            break;
        case Event::key: {
            Frame& frame = frames.back();
            frame.key = parsed.template get<std::string>();
            if (!frame.keys.insert(frame.key).second)
                throw ValidationError(where(), "duplicate",
                                      formatMessage(_("{} is given twice; keep one."), located()));
            break;
        }
        case Event::object_end:
        case Event::array_end:
            frames.pop_back();
            valueDone();
            break;
        case Event::value: valueDone(); break;
        }
        return true;
    };
    try {
        return Json::parse(text.begin(), text.end(), callback);
    } catch (const nlohmann::json::out_of_range&) {
        // nlohmann's "number overflow" (406): a number beyond any double, like 1e999.
        throw ValidationError(where(), "range", formatMessage(_("{} is too large a number."), located()));
    } catch (const nlohmann::json::parse_error& error) {
        const std::size_t stopped = error.byte == 0 ? 0 : error.byte - 1;
        const std::size_t badByte = invalidUtf8At(text);
        const std::string detail = parserDetail(error.what());
        if (badByte <= error.byte || detail.find("surrogate") != std::string::npos)
            throw ValidationError(where(), "utf-8",
                                  formatMessage(_("{} is not valid UTF-8 text (at {}); save the file as UTF-8."),
                                                located(), placeOf(text, std::min(badByte, stopped))));
        throw ValidationError(where(), "json",
                              formatMessage(_("{} is not valid JSON at {}: {}"), source, placeOf(text, stopped), detail));
    }
}

} // namespace

nlohmann::json parse(std::string_view text, const std::string& source)
{
    return parseWith<nlohmann::json>(text, source);
}

nlohmann::ordered_json parseOrdered(std::string_view text, const std::string& source)
{
    return parseWith<nlohmann::ordered_json>(text, source);
}

std::size_t invalidUtf8At(std::string_view text)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const auto within = [&](std::size_t i, unsigned char low, unsigned char high) {
        return i < text.size() && byte(i) >= low && byte(i) <= high;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char lead = byte(i);
        // The second byte's range depends on the lead (no overlong forms, no surrogates, nothing
        // past U+10FFFF); the others are always 80..BF.
        unsigned char low = 0x80, high = 0xBF;
        std::size_t length = 1;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (length > 1 && !within(i + 1, low, high))
            return i;
        for (std::size_t k = 2; k < length; ++k)
            if (!within(i + k, 0x80, 0xBF))
                return i;
        i += length;
    }
    return std::string_view::npos;
}

} // namespace knotwork::strict_json
