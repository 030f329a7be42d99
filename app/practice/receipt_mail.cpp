#include "app/practice/receipt_mail.h"

#include "app/practice/reminder_run.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/locale_date.h"

namespace knotwork::app {

std::string receiptEmailAddress(PracticeContext& practice, billing::InvoiceId invoice)
{
    const clients::ClientId client = practice.billingService().invoice(invoice).invoice.clientId;
    return practice.clientService().clients().chart(client).client.email;
}

mail::SmtpSettings receiptMailAccount(PracticeContext& practice)
{
    const schedule::MailAccount account = practice.stores().reminders().reminderSettings().account;
    if (account.host.empty() || account.fromAddress.empty())
        throw ValidationError(mail::kSmtpHostField, "required",
                              _("No mail account is set up to send from. Enter yours under File › Appointment book "
                                "settings › Reminder email (the account reminders go out by); nothing was sent."));
    const mail::SmtpSettings settings = smtpSettingsOf(account);
    mail::validateSmtpSettings(settings);
    return settings;
}

mail::MailMessage receiptMessage(const billing::Invoice& invoice, const std::string& practiceName,
                                 const std::string& toAddress, std::string pdf)
{
    const std::string number = billing::invoiceNumberText(invoice.number);
    const std::optional<Date> visit = invoice.lines.empty() ? std::nullopt : invoice.lines.front().serviceDate;
    mail::MailMessage message;
    message.toAddress = toAddress;
    message.toName = invoice.billedTo;
    message.subject = practiceName.empty() ? formatMessage(_("Receipt {}"), number)
                                           : formatMessage(_("Receipt {} from {}"), number, practiceName);
    const std::string what = visit ? formatMessage(_("Attached is receipt {} for the visit of {}."), number, longDate(*visit))
                                   : formatMessage(_("Attached is receipt {} of {}."), number, longDate(invoice.issuedOn));
    message.body = formatMessage(_("Hello {},\n\n{}\n\nThank you,\n{}\n"), invoice.billedTo, what, practiceName);
    // Not translated: an attached file's name is plain ASCII (validateMailMessage).
    message.attachments.push_back({"Receipt " + number + ".pdf", "application/pdf", std::move(pdf)});
    return message;
}

long long emailReceipt(PracticeContext& practice, const mail::PasswordStore& passwords, const std::string& toAddress,
                       std::string pdf, disclosures::Disclosure given, const mail::MailTimeouts& timeouts,
                       const MailWait& wait)
{
    const mail::SmtpSettings account = receiptMailAccount(practice);
    const billing::Invoice invoice = practice.billingService().invoice(given.invoiceId.value_or(0)).invoice;
    const mail::MailMessage message =
        receiptMessage(invoice, practice.clientService().settings().practiceName, toAddress, std::move(pdf));
    mail::validateMailMessage(message);
    const std::string password = mailPassword(account, passwords);
    const Timestamp now = practice.clientService().clock().now();
    const auto sending = [&] { mail::sendMail(account, password, message, now, timeouts); };
    if (wait)
        wait(sending);
    else
        sending();
    // Logged once the server has taken it, as reminders are: a send that failed gave nothing.
    given.recipientName = toAddress;
    given.fileName = message.attachments.front().fileName;
    return practice.sharingService().record(std::move(given));
}

} // namespace knotwork::app
