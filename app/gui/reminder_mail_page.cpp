#include "app/gui/reminder_mail_page.h"

#include <algorithm>
#include <array>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "app/mail/password_store.h"
#include "app/mail/smtp_settings.h"
#include "app/practice/practice_context.h"
#include "app/practice/reminder_run.h"
#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

using namespace knotwork::ui;

namespace {

// The security choices in the order the list shows them, by mail::securityKey.
constexpr std::array<const char*, 3> kSecurityKeys{"starttls", "tls", "none"};

} // namespace

ReminderMailPage::ReminderMailPage(wxWindow* parent, app::PracticeContext& practice,
                                   schedule::ui::SettingsPageHooks hooks,
                                   std::unique_ptr<mail::PasswordStore> passwords)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "reminder-mail-page"),
      m_practice(practice),
      m_hooks(std::move(hooks)),
      m_passwords(std::move(passwords))
{
    const schedule::ReminderSettings settings = m_practice.stores().reminders().reminderSettings();
    const schedule::MailAccount& account = settings.account;

    FormGrid mailbox(this, _("Mail account"), m_hooks.markers);
    m_enabled = new wxCheckBox(mailbox.parent(), wxID_ANY, _("Send a &reminder the day before each visit"),
                               wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                               schedule::kReminderEnabledField);
    mailbox.addNatural(m_enabled);
    m_host = mailbox.addText(_("Mail &server"), mail::kSmtpHostField);
    m_host->SetHint(_("e.g. smtp.example.org"));
    m_port = new NumberField(mailbox.parent(), mail::kSmtpPortField, {1, 65535, 1, 0},
                             _("(587 with STARTTLS, 465 with TLS)"));
    mailbox.add(_("&Port"), m_port, FieldWidth::Natural);
    const wxString securities[] = {_("STARTTLS"), _("TLS"), _("None (a server on this computer only)")};
    m_security = new wxChoice(mailbox.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 3, securities, 0,
                              wxDefaultValidator, mail::kSmtpSecurityField);
    mailbox.add(_("Se&curity"), m_security, FieldWidth::Natural);
    m_username = mailbox.addText(_("&User name"), mail::kSmtpUsernameField);
    m_password = new wxTextCtrl(mailbox.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxTE_PASSWORD, wxDefaultValidator, "smtp.password");
    m_password->SetHint(_("Leave empty to keep the one kept"));
    mailbox.add(_("Pass&word"), m_password);
    mailbox.addNote(wxString::Format(_("The password is kept in %s, never in the practice file."),
                                     toWx(m_passwords->whereKept())));
    m_fromAddress = mailbox.addText(_("Sender &address"), mail::kSmtpFromAddressField);
    m_fromName = mailbox.addText(_("Sender &name"), mail::kSmtpFromNameField);

    m_enabled->SetValue(settings.enabled);
    m_host->SetValue(toWx(account.host));
    m_port->setValue(account.port);
    const auto security = std::find(kSecurityKeys.begin(), kSecurityKeys.end(), account.security);
    m_security->SetSelection(security == kSecurityKeys.end() ? 0 : static_cast<int>(security - kSecurityKeys.begin()));
    m_username->SetValue(toWx(account.username));
    m_fromAddress->SetValue(toWx(account.fromAddress));
    m_fromName->SetValue(toWx(account.fromName));

    schedule::ui::layOutPage(*this, {mailbox.sizer()}, _("&Save reminder settings"), "save-reminders",
                             [this] { save(); });
}

ReminderMailPage::~ReminderMailPage() = default;

bool ReminderMailPage::save()
{
    return m_hooks.attempt([this] {
        schedule::ReminderSettings settings = m_practice.stores().reminders().reminderSettings();
        Validator problems;
        settings.enabled = m_enabled->GetValue();
        settings.account.host = trimmedText(*m_host);
        settings.account.port = m_port->readWhole(problems).value_or(0);
        settings.account.security = kSecurityKeys.at(static_cast<std::size_t>(std::max(0, m_security->GetSelection())));
        settings.account.username = trimmedText(*m_username);
        settings.account.fromAddress = trimmedText(*m_fromAddress);
        settings.account.fromName = trimmedText(*m_fromName);
        const std::string password = toUtf8(m_password->GetValue());
        if (!password.empty() && settings.account.username.empty())
            problems.add(mail::kSmtpUsernameField, "required",
                         toUtf8(_("User name: enter the account's user name; the password is kept for it.")));
        problems.throwIfAny();  // what could not be read; the rules are the sending's
        app::validateReminderSettings(settings);
        if (!password.empty())
            m_passwords->store(settings.account.host, settings.account.username, password);
        app::saveReminderSettings(m_practice, settings);
        m_password->Clear();
    });
}

} // namespace knotwork::gui
