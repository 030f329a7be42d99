#pragma once

#include <string>
#include <string_view>

#include "clients/practice_settings.h"

namespace knotwork::clients {

// The paper a locale prints on: US Letter where the locale's country uses it (the United States,
// Canada, Mexico, the Philippines and a few more, as CLDR lists them), A4 everywhere else and
// for a locale without a country ("C", "POSIX"). `localeName` is a POSIX or BCP 47 name:
// "en_US.UTF-8", "fr_CA", "de-DE".
PaperSize paperSizeForLocale(std::string_view localeName);

// The locale that decides the paper size here: LC_ALL, else LC_PAPER, else LANG (the first set),
// as POSIX orders them; empty when none is.
std::string paperLocaleName();

} // namespace knotwork::clients
