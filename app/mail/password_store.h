#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace knotwork::mail {

// Which passwords a store keeps; each purpose has its own keyring schema and its own file.
enum class PasswordPurpose {
    Mail,          // the SMTP account's: schema "org.knotwork.Smtp", smtp-passwords.json
    ClinicServer,  // the clinic server login's: schema "org.knotwork.ClinicServer", server-passwords.json
};

// Where a password is kept: outside the practice file, so a copy of the practice (a backup, an
// export) never carries it. Keyed by the server's host (for a clinic server "host:port") and the
// account's user name. Implementations throw StorageError when the keeping place cannot be read
// or written.
class PasswordStore {
public:
    virtual ~PasswordStore() = default;

    virtual std::optional<std::string> password(const std::string& host, const std::string& username) const = 0;
    // Keeps `password` for the account, replacing one kept before.
    virtual void store(const std::string& host, const std::string& username, const std::string& password) = 0;
    // Forgets the account's password; nothing happens when none is kept.
    virtual void forget(const std::string& host, const std::string& username) = 0;
    // In words, for the settings screen: "the desktop keyring", "the file ~/.config/…".
    virtual std::string whereKept() const = 0;
};

// The desktop keyring (GNOME Keyring, KWallet: any Secret Service) through libsecret, under the
// purpose's schema with the attributes "host" and "username". Nothing when no Secret Service
// answers on the session bus (a server, CI, a session under Xvfb).
std::unique_ptr<PasswordStore> openSecretServicePasswordStore(PasswordPurpose purpose = PasswordPurpose::Mail);

// A file only its owner can read (0600), rewritten whole on every change: for computers without a
// keyring. The folder it is in is made 0700 when missing.
std::unique_ptr<PasswordStore> openFilePasswordStore(const std::filesystem::path& file,
                                                     PasswordPurpose purpose = PasswordPurpose::Mail);

// The purpose's file in the user's configuration folder (userConfigDirectory()):
// "smtp-passwords.json", "server-passwords.json".
std::filesystem::path defaultPasswordFile(PasswordPurpose purpose = PasswordPurpose::Mail);

// The keyring when there is one, else the purpose's file in the user's configuration folder.
std::unique_ptr<PasswordStore> openPasswordStore(PasswordPurpose purpose = PasswordPurpose::Mail);

} // namespace knotwork::mail
