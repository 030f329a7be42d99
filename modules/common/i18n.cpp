#include "common/i18n.h"

#include <libintl.h>

#include "common/build_info.h"

namespace knotwork {

namespace {
constexpr const char* kTextDomain = "knotwork";
}

const char* translate(const char* message)
{
    return dgettext(kTextDomain, message);
}

const char* translatePlural(const char* singular, const char* plural, unsigned long count)
{
    return dngettext(kTextDomain, singular, plural, count);
}

void initTranslations()
{
    bindtextdomain(kTextDomain, kLocaleDirectory);
    bind_textdomain_codeset(kTextDomain, "UTF-8");
}

} // namespace knotwork
