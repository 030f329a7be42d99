#include "app/gui/server_connect_dialog.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "common/error.h"
#include "common/ui/form_grid.h"
#include "common/ui/form_message_bar.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

namespace kui = knotwork::ui;

wxTextCtrl* textField(wxWindow* parent, const char* key, const std::string& value, long style = 0)
{
    return new wxTextCtrl(parent, wxID_ANY, kui::toWx(value), wxDefaultPosition, parent->FromDIP(wxSize(280, -1)),
                          style, wxDefaultValidator, key);
}

} // namespace

ServerConnectDialog::ServerConnectDialog(wxWindow* parent, const std::optional<app::ServerLogin>& prefill,
                                         const std::string& password, Connect connect, const std::string& problem)
    : RecordDialog(parent, _("Connect to a clinic server"), "server-connect-dialog"),
      m_connect(std::move(connect))
{
    const app::ServerLogin shown = prefill.value_or(app::ServerLogin{});
    m_options = shown.options;
    auto* body = new wxBoxSizer(wxVERTICAL);
    const int gap = kui::groupGap(*this);

    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Open the practice your office keeps on its clinic server. Whoever looks "
                                     "after the server gives you its name, the database and your login."),
                                   wxDefaultPosition, wxDefaultSize, 0, "server-connect-intro");
    intro->Wrap(FromDIP(480));
    body->Add(intro, wxSizerFlags().Border(wxBOTTOM, gap));

    kui::FormGrid server(this, _("Server"), markers());
    m_host = textField(server.parent(), "host", shown.host);
    server.add(_("&Server"), m_host);
    m_port = new wxSpinCtrl(server.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                            wxSP_ARROW_KEYS, 1, 65535, shown.port, "port");
    server.add(_("&Port"), m_port, kui::FieldWidth::Natural);
    m_database = textField(server.parent(), "database", shown.database);
    server.add(_("&Database"), m_database);
    server.addNote(_("The server's name or address on the office network, as in clinic-server.lan. The port "
                     "is 5432 unless you were told otherwise."));
    body->Add(server.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, gap));

    kui::FormGrid login(this, _("Your login"), markers());
    m_user = textField(login.parent(), "user", shown.user);
    login.add(_("&User name"), m_user);
    m_password = textField(login.parent(), "password", password, wxTE_PASSWORD);
    login.add(_("Pass&word"), m_password);
    m_remember = new wxCheckBox(login.parent(), wxID_ANY, _("&Remember the password on this computer"),
                                wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "remember-password");
    m_remember->SetValue(!password.empty());
    m_remember->SetToolTip(_("Kept in the desktop keyring, or else in a file only you can read; never in the "
                             "practice"));
    login.addNatural(m_remember);
    login.addNote(_("The connection is encrypted whenever the server offers it; the status bar says whether it "
                    "is."));
    body->Add(login.sizer(), wxSizerFlags().Expand());

    setBody(body, _("&Connect"));
    setDiscardQuestion([] { return true; });  // nothing is lost: the server keeps the practice
    SetMinSize(FromDIP(wxSize(520, -1)));
    // libpq's complaints name the whole address in one unbreakable word: they wrap, never widen it.
    SetMaxSize(FromDIP(wxSize(760, -1)));
    Fit();
    Centre();
    if (!problem.empty())
        messageBar().showError(kui::toWx(problem));
    (shown.host.empty() ? m_host : shown.user.empty() ? m_user : m_password)->SetFocus();
}

app::ServerLogin ServerConnectDialog::login() const
{
    app::ServerLogin typed;
    typed.host = kui::trimmedText(*m_host);
    typed.port = m_port->GetValue();
    typed.database = kui::trimmedText(*m_database);
    typed.user = kui::trimmedText(*m_user);
    typed.options = m_options;
    return typed;
}

std::string ServerConnectDialog::password() const
{
    return kui::toUtf8(m_password->GetValue());
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_remember->GetValue();
}

void ServerConnectDialog::save()
{
    const app::ServerLogin typed = login();
    typed.check();
    wxBusyCursor busy;
    m_connect(typed, password());
}

} // namespace knotwork::gui
