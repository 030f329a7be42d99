#include "common/text_folding.h"

#include <memory>
#include <mutex>
#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace knotwork {

namespace {

// ICU's rule-based transliterator does the folding; building it parses rules (milliseconds), so
// it is built once. It is not safe to use from two threads at once, hence the mutex.
class SearchFolder {
public:
    SearchFolder()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !m_transliterator)
            throw std::runtime_error(std::string("ICU cannot fold text: ") + u_errorName(status));
    }

    std::string fold(std::string_view utf8)
    {
        icu::UnicodeString text = icu::UnicodeString::fromUTF8(
            icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
        {
            std::lock_guard lock(m_mutex);
            m_transliterator->transliterate(text);
        }
        std::string folded;
        text.toUTF8String(folded);
        return folded;
    }

private:
    std::mutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_transliterator;
};

bool isAscii(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

std::string foldForSearch(std::string_view utf8)
{
    if (isAscii(utf8)) {
        // The common case, without ICU: only the case differs.
        std::string folded(utf8);
        for (char& c : folded)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return folded;
    }
    static SearchFolder folder;
    return folder.fold(utf8);
}

// Appended piece by piece: GCC 12 at -O2 warns (-Wrestrict, -Wstringop-overflow; false
// positives) about the temporaries of a chain of `" " + a + " " + b`.
std::string spacedSearchText(std::initializer_list<std::string> words)
{
    std::string text(1, ' ');
    for (const std::string& word : words) {
        text += word;
        text += ' ';
    }
    return text;
}

std::string phoneDigits(std::string_view text)
{
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9')
            digits += c;
    return digits;
}

} // namespace knotwork
