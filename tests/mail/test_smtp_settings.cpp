// The mail account's settings: what a therapist may type, and that nothing leaves this computer
// unencrypted.
#include <gtest/gtest.h>

#include "app/mail/smtp_settings.h"
#include "support/refusal.h"

namespace knotwork::mail {
namespace {

using knotwork::testing::refusal;

SmtpSettings account()
{
    return {"smtp.example.org", 587, SmtpSecurity::StartTls, "anna", "anna@example.org", "Anna Lindqvist RMT"};
}

TEST(SmtpSettings, ATypicalAccountIsAccepted)
{
    EXPECT_NO_THROW(validateSmtpSettings(account()));
    SmtpSettings implicit = account();
    implicit.security = SmtpSecurity::ImplicitTls;
    implicit.port = 465;
    EXPECT_NO_THROW(validateSmtpSettings(implicit));
}

TEST(SmtpSettings, AnUnencryptedConnectionToAnotherComputerIsRefusedNamingTheField)
{
    SmtpSettings plain = account();
    plain.security = SmtpSecurity::None;
    const auto problem = refusal([&] { validateSmtpSettings(plain); });
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field(), kSmtpSecurityField);
    EXPECT_EQ(problem->rule(), "loopback-only");
    EXPECT_NE(std::string(problem->what()).find("smtp.example.org"), std::string::npos) << problem->what();

    for (const char* host : {"192.168.1.10", "127.0.0.1.example.org", "10.0.0.1", "::2"}) {
        plain.host = host;
        EXPECT_TRUE(refusal([&] { validateSmtpSettings(plain); })) << host;
    }
}

TEST(SmtpSettings, AnUnencryptedConnectionToThisComputerIsAllowed)
{
    SmtpSettings local = account();
    local.security = SmtpSecurity::None;
    for (const char* host : {"localhost", "127.0.0.1", "127.1.2.3", "::1", "LOCALHOST"}) {
        local.host = host;
        EXPECT_NO_THROW(validateSmtpSettings(local)) << host;
    }
}

TEST(SmtpSettings, ThePortAndAddressesMustHaveTheirShape)
{
    SmtpSettings wrong = account();
    wrong.port = 70000;
    wrong.fromAddress = "anna.example.org";
    wrong.host = "smtp example org";
    const auto problem = refusal([&] { validateSmtpSettings(wrong); });
    ASSERT_TRUE(problem);
    std::vector<std::string> fields;
    for (const FieldProblem& each : problem->problems())
        fields.push_back(each.field);
    EXPECT_EQ(fields, (std::vector<std::string>{kSmtpHostField, kSmtpPortField, kSmtpFromAddressField}));

    wrong = account();
    wrong.port = 0;
    EXPECT_EQ(refusal([&] { validateSmtpSettings(wrong); })->field(), kSmtpPortField);
    wrong = account();
    wrong.fromName = "Anna\r\nBcc: everyone@example.org";
    EXPECT_EQ(refusal([&] { validateSmtpSettings(wrong); })->field(), kSmtpFromNameField);
    wrong = account();
    wrong.host.clear();
    EXPECT_EQ(refusal([&] { validateSmtpSettings(wrong); })->rule(), "required");
}

TEST(SmtpSettings, SecurityHasStableWords)
{
    for (SmtpSecurity security : {SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls, SmtpSecurity::None})
        EXPECT_EQ(parseSecurityKey(securityKey(security)), security);
    EXPECT_EQ(securityKey(SmtpSecurity::StartTls), "starttls");
    EXPECT_EQ(refusal([] { parseSecurityKey("ssl"); })->field(), kSmtpSecurityField);
}

} // namespace
} // namespace knotwork::mail
