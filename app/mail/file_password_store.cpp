#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "app/mail/password_store.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/private_file.h"

namespace knotwork::mail {

namespace {

namespace fs = std::filesystem;

// {"accounts": [{"host": …, "username": …, "password": …}, …]}
class FilePasswordStore final : public PasswordStore {
public:
    FilePasswordStore(fs::path file, PasswordPurpose purpose) : m_file(std::move(file)), m_purpose(purpose) {}

    std::optional<std::string> password(const std::string& host, const std::string& username) const override
    {
        const nlohmann::json accounts = read();
        for (const auto& account : accounts)
            if (account.value("host", "") == host && account.value("username", "") == username)
                return account.value("password", "");
        return std::nullopt;
    }

    void store(const std::string& host, const std::string& username, const std::string& password) override
    {
        nlohmann::json accounts = without(host, username);
        accounts.push_back({{"host", host}, {"username", username}, {"password", password}});
        write(accounts);
    }

    void forget(const std::string& host, const std::string& username) override
    {
        if (password(host, username))
            write(without(host, username));
    }

    std::string whereKept() const override
    {
        return formatMessage(_("the file {}, which only you can read"), m_file.string());
    }

private:
    nlohmann::json read() const
    {
        std::error_code error;
        if (!fs::exists(m_file, error))
            return nlohmann::json::array();
        std::ifstream in(m_file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        if (!in)
            throw StorageError(formatMessage(m_purpose == PasswordPurpose::Mail
                                                 ? _("Could not read the saved mail passwords in {}.")
                                                 : _("Could not read the saved clinic server passwords in {}."),
                                             m_file.string()));
        const nlohmann::json whole = nlohmann::json::parse(text.str(), nullptr, false);
        if (!whole.is_object() || !whole.contains("accounts") || !whole["accounts"].is_array())
            throw StorageError(formatMessage(
                m_purpose == PasswordPurpose::Mail
                    ? _("The saved mail passwords in {} are damaged; delete the file and enter the password again.")
                    : _("The saved clinic server passwords in {} are damaged; delete the file and enter the "
                        "password again."),
                m_file.string()));
        return whole["accounts"];
    }

    nlohmann::json without(const std::string& host, const std::string& username) const
    {
        nlohmann::json kept = nlohmann::json::array();
        for (const auto& account : read())
            if (account.value("host", "") != host || account.value("username", "") != username)
                kept.push_back(account);
        return kept;
    }

    void write(const nlohmann::json& accounts) const
    {
        writePrivateFile(m_file, nlohmann::json{{"accounts", accounts}}.dump(2) + "\n");
    }

    fs::path m_file;
    PasswordPurpose m_purpose;
};

} // namespace

std::unique_ptr<PasswordStore> openFilePasswordStore(const fs::path& file, PasswordPurpose purpose)
{
    return std::make_unique<FilePasswordStore>(file, purpose);
}

} // namespace knotwork::mail
