#include "app/mail/password_store.h"

#include "common/user_directories.h"

namespace knotwork::mail {

std::filesystem::path defaultPasswordFile(PasswordPurpose purpose)
{
    return userConfigDirectory()
        / (purpose == PasswordPurpose::Mail ? "smtp-passwords.json" : "server-passwords.json");
}

std::unique_ptr<PasswordStore> openPasswordStore(PasswordPurpose purpose)
{
    if (auto keyring = openSecretServicePasswordStore(purpose))
        return keyring;
    return openFilePasswordStore(defaultPasswordFile(purpose), purpose);
}

} // namespace knotwork::mail
