// Runs before wxWidgets starts, so it uses the domain's gettext _() rather than wx's.
#include "app/gui/startup_checks.h"

#include <clocale>
#include <cstdlib>
#include <string_view>

#include "common/clock.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "common/build_info.h"

namespace knotwork::gui {

namespace {

bool hasArgument(int argc, const char* const* argv, std::string_view wanted, std::string_view alias)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i] == wanted || argv[i] == alias)
            return true;
    }
    return false;
}

bool hasDisplay()
{
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

} // namespace

std::optional<int> answerWithoutWindow(int argc, const char* const* argv, std::ostream& out,
                                       std::ostream& err)
{
    std::setlocale(LC_ALL, "");
    initTranslations();
    if (hasArgument(argc, argv, "--version", "-V")) {
        out << "knotwork " << kVersion << '\n';
        return EXIT_SUCCESS;
    }
    if (hasArgument(argc, argv, "--help", "-h")) {
        out << formatMessage(_("Usage: knotwork [--db PATH]\n"
                               "Opens Knotwork on the practice file PATH, or on the default "
                               "practice:\n  {}\n"
                               "For scripted work without a window, see knotwork-cli --help.\n"),
                             defaultPracticePath().string());
        return EXIT_SUCCESS;
    }
    if (!hasDisplay()) {
        err << _("knotwork: there is no graphical display here (neither DISPLAY nor "
                 "WAYLAND_DISPLAY is set).\nStart Knotwork from a desktop session, or use "
                 "knotwork-cli for work without a window (knotwork-cli --help).\n");
        return EXIT_FAILURE;
    }
    try {
        clockFromEnvironment();
    } catch (const ValidationError& error) {
        err << "knotwork: " << error.what() << '\n';
        return EXIT_FAILURE;
    }
    return std::nullopt;
}

} // namespace knotwork::gui
