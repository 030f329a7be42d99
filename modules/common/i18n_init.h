#pragma once

namespace knotwork {

// Points gettext at the installed "knotwork" catalogs; call once at start-up of each front end.
// Kept apart from i18n.h so that GUI code, which has wx's _(), can call it too.
void initTranslations();

} // namespace knotwork
