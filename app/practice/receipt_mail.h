#pragma once

#include <functional>
#include <string>

#include "app/mail/mail_sender.h"
#include "app/mail/password_store.h"
#include "app/practice/practice_context.h"

namespace knotwork::app {

// Emailing a receipt (docs/BILLING.md): through the therapist's mail account, the one the
// day-before reminders go out by, with the receipt's PDF attached and words that say nothing
// clinical; the disclosure log's entry is written only once the mail server has taken it.

// The client's email address on file: where the invoice's receipt goes unless the therapist
// types another. Empty when there is none.
std::string receiptEmailAddress(PracticeContext& practice, billing::InvoiceId invoice);

// The reminders' mail account, ready to send by. ValidationError (field smtp.host, rule
// "required") saying where to set it up when there is none, and as validateSmtpSettings.
mail::SmtpSettings receiptMailAccount(PracticeContext& practice);

// The email of `invoice`'s receipt to `toAddress`: subject "Receipt INV-000042 from Harbourside
// Massage", a body naming the receipt, the visit's day (the day it was issued when it is no
// visit's) and the practice, and `pdf` attached as "Receipt INV-000042.pdf".
mail::MailMessage receiptMessage(const billing::Invoice& invoice, const std::string& practiceName,
                                 const std::string& toAddress, std::string pdf);

// Sends the receipt `pdf` (reports::BillingDocumentExporter::receiptPdf) to `toAddress`, then
// logs `given`, its log entry, as given to that address; returns the entry's id. Throws
// ValidationError before anything is sent (no account, no password kept for it, an address that
// is none: field mail.to_address), and mail::MailError when the server did not take the message:
// either way nothing is logged.
// `wait` runs the sending (the talk with the server, nothing else) and returns once it is over:
// the app runs it on a thread while its windows stay drawn; empty, it runs where it is called.
using MailWait = std::function<void(const std::function<void()>& sending)>;
long long emailReceipt(PracticeContext& practice, const mail::PasswordStore& passwords, const std::string& toAddress,
                       std::string pdf, disclosures::Disclosure given, const mail::MailTimeouts& timeouts = {},
                       const MailWait& wait = {});

} // namespace knotwork::app
