#include "common/i18n.h"

#include <libintl.h>

namespace knotwork {

namespace {
constexpr const char* kTextDomain = "knotwork";
}

const char* translate(const char* message)
{
    return dgettext(kTextDomain, message);
}

void initTranslations()
{
    bindtextdomain(kTextDomain, KNOTWORK_LOCALE_DIR);
    bind_textdomain_codeset(kTextDomain, "UTF-8");
}

} // namespace knotwork
