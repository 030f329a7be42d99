#include "common/user_directories.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace knotwork {

namespace fs = std::filesystem;

namespace {

const passwd* currentAccount()
{
    return getpwuid(getuid());
}

fs::path homeDirectory()
{
    if (const char* home = std::getenv("HOME"); home && *home)
        return home;
    if (const passwd* account = currentAccount(); account && account->pw_dir)
        return account->pw_dir;
    return fs::current_path();
}

// The XDG rule: use the variable when it holds an absolute path, otherwise the fallback.
fs::path xdgDirectory(const char* variable, const fs::path& fallbackBelowHome)
{
    if (const char* value = std::getenv(variable); value && fs::path(value).is_absolute())
        return value;
    return homeDirectory() / fallbackBelowHome;
}

} // namespace

fs::path userDataDirectory()
{
    return xdgDirectory("XDG_DATA_HOME", ".local/share") / "knotwork";
}

fs::path userConfigDirectory()
{
    return xdgDirectory("XDG_CONFIG_HOME", ".config") / "knotwork";
}

fs::path defaultPracticePath()
{
    return userDataDirectory() / "practice.sqlite";
}

std::string currentLoginName()
{
    if (const passwd* account = currentAccount(); account && account->pw_name)
        return account->pw_name;
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    return "unknown";
}

} // namespace knotwork
