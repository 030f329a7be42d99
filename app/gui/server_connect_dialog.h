#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "app/practice/server_login.h"
#include "common/ui/record_dialog.h"

class wxCheckBox;
class wxSpinCtrl;
class wxTextCtrl;

namespace knotwork::gui {

// File › Connect to a clinic server…: the server's name, its port, the practice's database, the
// person's user name and password, and whether to remember the password on this computer.
// Connect checks what was typed, marking each problem beside its field, then runs `connect`; what
// that throws (a wrong password, no server, no such database) shows at the top, the dialog stays
// open and everything typed stays. Closes with wxID_OK once `connect` succeeded.
class ServerConnectDialog : public knotwork::ui::RecordDialog {
public:
    // Opens the practice on the server, throwing knotwork::Error when it cannot.
    using Connect = std::function<void(const app::ServerLogin& login, const std::string& password)>;

    // `prefill`: the server connected to before (its password too, when one was kept); `problem`:
    // why connecting to it again just failed, shown at the top.
    ServerConnectDialog(wxWindow* parent, const std::optional<app::ServerLogin>& prefill, const std::string& password,
                        Connect connect, const std::string& problem = {});

    // What is typed now.
    app::ServerLogin login() const;
    std::string password() const;
    bool rememberPassword() const;

    wxTextCtrl& hostField() const { return *m_host; }
    wxSpinCtrl& portField() const { return *m_port; }
    wxTextCtrl& databaseField() const { return *m_database; }
    wxTextCtrl& userField() const { return *m_user; }
    wxTextCtrl& passwordField() const { return *m_password; }
    wxCheckBox& rememberBox() const { return *m_remember; }

protected:
    void save() override;

private:
    Connect m_connect;
    std::map<std::string, std::string> m_options;  // kept from `prefill`: none of the fields shows them
    wxTextCtrl* m_host = nullptr;
    wxSpinCtrl* m_port = nullptr;
    wxTextCtrl* m_database = nullptr;
    wxTextCtrl* m_user = nullptr;
    wxTextCtrl* m_password = nullptr;
    wxCheckBox* m_remember = nullptr;
};

} // namespace knotwork::gui
