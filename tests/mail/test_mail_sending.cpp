// A reminder sent through libcurl to a mail server the test starts on loopback, as the client's
// mail program would read it; and each way sending fails becomes a MailError that says which
// server and why, with nothing sent.
#include <gtest/gtest.h>

#include "app/mail/mail_error.h"
#include "app/mail/mail_sender.h"
#include "schedule/reminder_message.h"
#include "smtp_test_server.h"
#include "support/refusal.h"
#include "support/temp_dir.h"

namespace knotwork::mail {
namespace {

using boost::posix_time::hours;
using knotwork::testing::refusal;
using knotwork::testing::SmtpTestServer;

const Timestamp kSent = Timestamp::fromIso8601("2026-11-29T15:00:00Z");
const MailTimeouts kQuick{std::chrono::seconds(5), std::chrono::seconds(15)};

SmtpSettings loopbackAccount(int port)
{
    return {"127.0.0.1", port, SmtpSecurity::None, "anna", "anna@example.org", "Anna Lindqvist RMT"};
}

MailMessage reminderFor(const std::string& address)
{
    schedule::Appointment visit;
    visit.clientId = 4;
    visit.start = localTimeOn(Date(2026, 11, 30), hours(10));
    const schedule::ReminderText text = schedule::renderReminder(
        {"Rappel, {first_name} : {date} à {time}", schedule::defaultReminderTemplate().body}, visit,
        {"Hélène", "Côté Massage Thérapie", "555-0142", 24});
    return {address, "Hélène Côté-Øster", text.subject, text.body};
}

MailError mailFailure(const std::function<void()>& send)
{
    try {
        send();
    } catch (const MailError& error) {
        return error;
    }
    ADD_FAILURE() << "sending succeeded";
    return MailError(MailError::Reason::Refused, "");
}

class MailSending : public ::testing::Test {
protected:
    knotwork::testing::TempDir m_dir;
};

TEST_F(MailSending, AReminderWithAccentsArrivesWithItsHeadersAndWords)
{
    SmtpTestServer server(m_dir / "inbox", {"anna", "s3cret pass", ""});
    const MailMessage message = reminderFor("helene@example.net");
    sendMail(loopbackAccount(server.port()), "s3cret pass", message, kSent, kQuick);

    ASSERT_EQ(server.receivedCount(), 1);
    const nlohmann::json received = server.decoded(1);
    EXPECT_EQ(received["mail_from"], "anna@example.org");
    EXPECT_EQ(received["rcpt_tos"], nlohmann::json::array({"helene@example.net"}));
    EXPECT_EQ(received["from"], "Anna Lindqvist RMT <anna@example.org>");
    EXPECT_EQ(received["to"], "Hélène Côté-Øster <helene@example.net>");
    EXPECT_EQ(received["subject"], message.subject);
    EXPECT_NE(message.subject.find("Rappel, Hélène : "), std::string::npos);
    EXPECT_EQ(received["date"], "Sun, 29 Nov 2026 15:00:00 +0000");
    EXPECT_EQ(received["mime_version"], "1.0");
    EXPECT_EQ(received["content_type"], "text/plain");
    EXPECT_EQ(received["charset"], "utf-8");
    EXPECT_EQ(received["transfer_encoding"], "quoted-printable");
    EXPECT_EQ(received["body"], message.body);
    EXPECT_NE(received["body"].get<std::string>().find("Hello Hélène,"), std::string::npos);
    EXPECT_EQ(received["defects"], nlohmann::json::array()) << "Python's parser found nothing wrong";
    EXPECT_TRUE(received["message_id"].get<std::string>().ends_with("@example.org>"));

    const std::string raw = server.raw(1);
    EXPECT_NE(raw.find("Subject: =?UTF-8?B?"), std::string::npos) << "the accented subject is encoded";
    EXPECT_EQ(raw.find("Hélène"), std::string::npos) << "nothing but ASCII on the wire";
}

TEST_F(MailSending, TwoMessagesAreTwoDeliveriesWithTheirOwnIds)
{
    SmtpTestServer server(m_dir / "inbox", {});
    SmtpSettings open = loopbackAccount(server.port());
    open.username.clear();  // a server that takes mail without a login
    sendMail(open, "", reminderFor("a@example.net"), kSent, kQuick);
    sendMail(open, "", reminderFor("b@example.net"), kSent, kQuick);
    ASSERT_EQ(server.receivedCount(), 2);
    EXPECT_NE(server.decoded(1)["message_id"], server.decoded(2)["message_id"]);
    EXPECT_EQ(server.decoded(2)["rcpt_tos"], nlohmann::json::array({"b@example.net"}));
}

TEST_F(MailSending, NoServerRunningIsAMailErrorNamingTheHost)
{
    const int port = knotwork::testing::freeLoopbackPort();
    const MailError error = mailFailure([&] { sendMail(loopbackAccount(port), "x", reminderFor("a@example.net"), kSent, kQuick); });
    EXPECT_EQ(error.reason(), MailError::Reason::Unreachable);
    EXPECT_NE(std::string(error.what()).find("127.0.0.1:" + std::to_string(port)), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("not sent"), std::string::npos) << error.what();
}

TEST_F(MailSending, AWrongPasswordIsRefusedAndNothingIsDelivered)
{
    SmtpTestServer server(m_dir / "inbox", {"anna", "right", ""});
    const MailError error = mailFailure(
        [&] { sendMail(loopbackAccount(server.port()), "wrong", reminderFor("a@example.net"), kSent, kQuick); });
    EXPECT_EQ(error.reason(), MailError::Reason::AuthenticationRefused);
    EXPECT_NE(std::string(error.what()).find("anna"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("127.0.0.1"), std::string::npos) << error.what();
    EXPECT_EQ(server.receivedCount(), 0);
}

TEST_F(MailSending, ARefusedRecipientIsNamedAndNothingIsDelivered)
{
    SmtpTestServer server(m_dir / "inbox", {"", "", "gone@example.net"});
    SmtpSettings open = loopbackAccount(server.port());
    open.username.clear();
    const MailError error = mailFailure([&] { sendMail(open, "", reminderFor("gone@example.net"), kSent, kQuick); });
    EXPECT_EQ(error.reason(), MailError::Reason::RecipientRefused);
    EXPECT_NE(std::string(error.what()).find("gone@example.net"), std::string::npos) << error.what();
    EXPECT_EQ(server.receivedCount(), 0);
}

TEST_F(MailSending, StartTlsToAServerThatCannotEncryptIsRefusedBeforeAnythingIsSaid)
{
    SmtpTestServer server(m_dir / "inbox", {});
    SmtpSettings settings = loopbackAccount(server.port());
    settings.security = SmtpSecurity::StartTls;
    const MailError error = mailFailure([&] { sendMail(settings, "s3cret", reminderFor("a@example.net"), kSent, kQuick); });
    EXPECT_EQ(error.reason(), MailError::Reason::TlsFailed);
    EXPECT_NE(std::string(error.what()).find("127.0.0.1"), std::string::npos) << error.what();
    EXPECT_EQ(server.receivedCount(), 0);
}

TEST_F(MailSending, ImplicitTlsToAPlainServerFailsAsTls)
{
    SmtpTestServer server(m_dir / "inbox", {});
    SmtpSettings settings = loopbackAccount(server.port());
    settings.security = SmtpSecurity::ImplicitTls;
    const MailError error = mailFailure([&] { sendMail(settings, "s3cret", reminderFor("a@example.net"), kSent, kQuick); });
    EXPECT_EQ(error.reason(), MailError::Reason::TlsFailed) << error.what();
    EXPECT_EQ(server.receivedCount(), 0);
}

TEST_F(MailSending, AnUnencryptedAccountOnAnotherComputerIsRefusedWithoutConnecting)
{
    SmtpSettings settings = loopbackAccount(25);
    settings.host = "mail.example.net";
    const auto problem = refusal([&] { sendMail(settings, "s3cret", reminderFor("a@example.net"), kSent, kQuick); });
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field(), kSmtpSecurityField);
}

} // namespace
} // namespace knotwork::mail
