#include "schedule/ics_text.h"

#include "common/utf8_text.h"

namespace knotwork::schedule {

namespace {

constexpr std::size_t kIcsLineOctets = 75;
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

std::string icsText(std::string_view value)
{
    std::string text;
    text.reserve(value.size());
    for (std::size_t at = 0; at < value.size();) {
        const char byte = value[at];
        if (byte == '\r' || byte == '\n') {
            text += "\\n";
            at += byte == '\r' && at + 1 < value.size() && value[at + 1] == '\n' ? 2 : 1;
            continue;
        }
        if (byte == '\\' || byte == ';' || byte == ',') {
            text += '\\';
            text += byte;
            ++at;
            continue;
        }
        const Utf8Sequence sequence = utf8SequenceAt(value, at);
        if (sequence.length == 0) {
            text += kReplacementCharacter;
            ++at;
            continue;
        }
        if (sequence.code == '\t' || !isControlCharacter(sequence.code))
            text.append(value.substr(at, sequence.length));
        at += sequence.length;
    }
    return text;
}

std::string foldedIcsLine(std::string_view line)
{
    std::string folded;
    folded.reserve(line.size() + line.size() / 64 * 3);
    std::size_t room = kIcsLineOctets;
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && isContinuationByte(line[cut]))
            --cut;
        if (cut == 0)  // no character starts within the room: not UTF-8, cut at the limit
            cut = room;
        folded.append(line.substr(0, cut));
        folded += "\r\n ";
        line.remove_prefix(cut);
        room = kIcsLineOctets - 1;  // the leading space counts
    }
    folded.append(line);
    return folded;
}

} // namespace knotwork::schedule
