#pragma once
// Translation for domain code, through GNU gettext (the "knotwork" text domain). Include it only
// from .cpp files of modules/ and db/: GUI code uses wx's own _(), which reads the same catalog.
#ifdef _
#error "common/i18n.h defines _() for code without wx; GUI code uses wx's _()"
#endif

#include <filesystem>
#include <string>
#include <fmt/format.h>

#include "common/i18n_init.h"

namespace knotwork {

const char* translate(const char* message);
// The form of a message for `count` in the reader's language ("1 day", "2 days"; some languages
// have more forms): gettext's ngettext. Both forms are marked for translation by P_().
const char* translatePlural(const char* singular, const char* plural, unsigned long count);

// Fills the {} fields of an already translated message: formatMessage(_("{} clients"), n).
template <typename... Args>
std::string formatMessage(const char* translated, const Args&... args)
{
    return fmt::vformat(translated, fmt::make_format_args(args...));
}

} // namespace knotwork

#define _(message) ::knotwork::translate(message)
// Marks a message for translation where it is stored, to be translated later with translate().
#define N_(message) message
// A message with a count, formatMessage(P_("{} day", "{} days", n), n).
#define P_(singular, plural, count) ::knotwork::translatePlural(singular, plural, static_cast<unsigned long>(count))
