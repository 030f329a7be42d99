#include "app/gui/remembered_server.h"

#include <wx/config.h>
#include <wx/tokenzr.h>

#include "app/mail/password_store.h"
#include "common/error.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

namespace kui = knotwork::ui;

constexpr const char* kHost = "/ClinicServer/Host";
constexpr const char* kPort = "/ClinicServer/Port";
constexpr const char* kDatabase = "/ClinicServer/Database";
constexpr const char* kUser = "/ClinicServer/User";
constexpr const char* kOptions = "/ClinicServer/Options";  // sslmode=verify-full&sslrootcert=…
constexpr const char* kLastOnServer = "/Practice/LastOnServer";

std::string read(const char* key)
{
    return kui::toUtf8(wxConfigBase::Get()->Read(key, wxString()));
}

} // namespace

std::optional<app::ServerLogin> rememberedServer()
{
    app::ServerLogin login;
    login.host = read(kHost);
    if (login.host.empty())
        return std::nullopt;
    login.port = static_cast<int>(wxConfigBase::Get()->ReadLong(kPort, app::ServerLogin::kDefaultPort));
    login.database = read(kDatabase);
    login.user = read(kUser);
    for (const wxString& option : wxSplit(wxConfigBase::Get()->Read(kOptions, wxString()), '&', '\0'))
        if (const int equals = option.Find('='); equals != wxNOT_FOUND)
            login.options[kui::toUtf8(option.Left(equals))] = kui::toUtf8(option.Mid(equals + 1));
    return login;
}

void rememberServer(const app::ServerLogin& login)
{
    wxConfigBase& config = *wxConfigBase::Get();
    config.Write(kHost, kui::toWx(login.host));
    config.Write(kPort, static_cast<long>(login.port));
    config.Write(kDatabase, kui::toWx(login.database));
    config.Write(kUser, kui::toWx(login.user));
    wxArrayString options;
    for (const auto& [name, value] : login.options)
        options.push_back(kui::toWx(name + "=" + value));
    config.Write(kOptions, wxJoin(options, '&', '\0'));
    config.Flush();
}

bool lastPracticeOnServer()
{
    return wxConfigBase::Get()->ReadBool(kLastOnServer, false);
}

void rememberLastPracticeOnServer(bool onServer)
{
    wxConfigBase::Get()->Write(kLastOnServer, onServer);
    wxConfigBase::Get()->Flush();
}

std::optional<std::string> keptServerPassword(const app::ServerLogin& login)
{
    try {
        return mail::openPasswordStore(mail::PasswordPurpose::ClinicServer)->password(login.passwordHost(), login.user);
    } catch (const Error&) {
        return std::nullopt;  // asked for in the Connect dialog, as when none was kept
    }
}

void keepServerPassword(const app::ServerLogin& login, const std::string& password)
{
    const auto store = mail::openPasswordStore(mail::PasswordPurpose::ClinicServer);
    if (password.empty())
        store->forget(login.passwordHost(), login.user);
    else
        store->store(login.passwordHost(), login.user, password);
}

} // namespace knotwork::gui
