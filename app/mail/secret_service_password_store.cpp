#include <libsecret/secret.h>

#include "app/mail/password_store.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::mail {

namespace {

// The attributes "host" and "username" under the purpose's name.
constexpr SecretSchema accountSchema(const char* name)
{
    return {name,
            SECRET_SCHEMA_NONE,
            {
                {"host", SECRET_SCHEMA_ATTRIBUTE_STRING},
                {"username", SECRET_SCHEMA_ATTRIBUTE_STRING},
                {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING},
            },
            0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
}

const SecretSchema* schemaFor(PasswordPurpose purpose)
{
    static const SecretSchema smtp = accountSchema("org.knotwork.Smtp");
    static const SecretSchema clinicServer = accountSchema("org.knotwork.ClinicServer");
    return purpose == PasswordPurpose::Mail ? &smtp : &clinicServer;
}

struct ErrorHolder {
    GError* error = nullptr;
    ~ErrorHolder()
    {
        if (error)
            g_error_free(error);
    }
    std::string text() const { return error && error->message ? error->message : ""; }
};

StorageError keyringError(const ErrorHolder& error)
{
    return StorageError(formatMessage(_("The desktop keyring did not answer: {}."), error.text()));
}

class SecretServicePasswordStore final : public PasswordStore {
public:
    explicit SecretServicePasswordStore(PasswordPurpose purpose) : m_purpose(purpose) {}

    std::optional<std::string> password(const std::string& host, const std::string& username) const override
    {
        ErrorHolder error;
        gchar* found = secret_password_lookup_sync(schemaFor(m_purpose), nullptr, &error.error, "host", host.c_str(),
                                                   "username", username.c_str(), nullptr);
        if (error.error)
            throw keyringError(error);
        if (!found)
            return std::nullopt;
        std::string password = found;
        secret_password_free(found);
        return password;
    }

    void store(const std::string& host, const std::string& username, const std::string& password) override
    {
        ErrorHolder error;
        const std::string label =
            formatMessage(m_purpose == PasswordPurpose::Mail ? _("Knotwork mail account {} on {}")
                                                              : _("Knotwork clinic server login {} on {}"),
                          username, host);
        if (!secret_password_store_sync(schemaFor(m_purpose), SECRET_COLLECTION_DEFAULT, label.c_str(), password.c_str(),
                                        nullptr, &error.error, "host", host.c_str(), "username", username.c_str(),
                                        nullptr))
            throw keyringError(error);
    }

    void forget(const std::string& host, const std::string& username) override
    {
        ErrorHolder error;
        secret_password_clear_sync(schemaFor(m_purpose), nullptr, &error.error, "host", host.c_str(), "username",
                                   username.c_str(), nullptr);
        if (error.error)
            throw keyringError(error);
    }

    std::string whereKept() const override { return _("the desktop keyring"); }

private:
    PasswordPurpose m_purpose;
};

} // namespace

std::unique_ptr<PasswordStore> openSecretServicePasswordStore(PasswordPurpose purpose)
{
    // A look-up of an account no one has answers only where a Secret Service runs: without a
    // session bus, or with no keyring on it, it fails at once.
    ErrorHolder error;
    gchar* found = secret_password_lookup_sync(schemaFor(purpose), nullptr, &error.error, "host", "", "username", "",
                                               nullptr);
    if (found)
        secret_password_free(found);
    if (error.error)
        return nullptr;
    return std::make_unique<SecretServicePasswordStore>(purpose);
}

} // namespace knotwork::mail
