#include "app/mail/password_store.h"

#include "common/user_directories.h"

namespace knotwork::mail {

std::filesystem::path defaultPasswordFile()
{
    return userConfigDirectory() / "smtp-passwords.json";
}

std::unique_ptr<PasswordStore> openPasswordStore()
{
    if (auto keyring = openSecretServicePasswordStore())
        return keyring;
    return openFilePasswordStore(defaultPasswordFile());
}

} // namespace knotwork::mail
