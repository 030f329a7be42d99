// The message as it goes on the wire: RFC 5322 headers in CRLF lines of at most 78 characters,
// UTF-8 subjects and names as RFC 2047 encoded-words, the body in quoted-printable.
#include <fstream>
#include <regex>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/mail/mail_message.h"
#include "app/mail/mime_encoding.h"
#include "common/sha256.h"
#include "support/process.h"
#include "support/refusal.h"
#include "support/temp_dir.h"

namespace knotwork::mail {
namespace {

using knotwork::testing::refusal;

const Timestamp kSent = Timestamp::fromIso8601("2026-12-05T14:03:09Z");

SmtpSettings sender()
{
    return {"smtp.example.org", 587, SmtpSecurity::StartTls, "anna", "anna@example.org", "Anna Lindqvist RMT"};
}

std::vector<std::string> crlfLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

TEST(MailMessage, EveryLineEndsInCrlfAndFitsTheLineLimit)
{
    const MailMessage message{"marie@example.org", "Marie-Hélène Côté",
                              "Rappel : votre rendez-vous du lundi 30 novembre 2026 à 10 h 00 chez Côté Massage "
                              "Thérapie, Québec",
                              std::string(200, 'x') + "\nLigne deux avec é et = signe\n\nFin.  \n"};
    const std::string wire = composeMessage(sender(), message, kSent, "<id@example.org>");

    EXPECT_EQ(wire.find('\n'), wire.find("\r\n") + 1);
    EXPECT_EQ(std::regex_search(wire, std::regex("[^\r]\n")), false) << "no bare LF";
    EXPECT_EQ(wire.find('\r', wire.size() - 2), wire.size() - 2) << "ends with CRLF";
    for (const std::string& line : crlfLines(wire)) {
        EXPECT_LE(line.size(), 78u) << line;
        for (const char c : line)
            EXPECT_TRUE(c >= 0x20 && c < 0x7F) << "7-bit printable only: " << line;
    }
}

TEST(MailMessage, HasTheHeadersOfAPlainTextUtf8Message)
{
    const MailMessage message{"marie@example.org", "", "Your appointment", "Hello"};
    const std::string wire = composeMessage(sender(), message, kSent, "<abc@example.org>");
    const std::string headers = wire.substr(0, wire.find("\r\n\r\n") + 2);
    EXPECT_NE(headers.find("From: Anna Lindqvist RMT <anna@example.org>\r\n"), std::string::npos) << headers;
    EXPECT_NE(headers.find("To: marie@example.org\r\n"), std::string::npos);
    EXPECT_NE(headers.find("Subject: Your appointment\r\n"), std::string::npos);
    EXPECT_NE(headers.find("Date: Sat, 05 Dec 2026 14:03:09 +0000\r\n"), std::string::npos);
    EXPECT_NE(headers.find("Message-ID: <abc@example.org>\r\n"), std::string::npos);
    EXPECT_NE(headers.find("MIME-Version: 1.0\r\n"), std::string::npos);
    EXPECT_NE(headers.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
    EXPECT_NE(headers.find("Content-Transfer-Encoding: quoted-printable\r\n"), std::string::npos);
}

TEST(MailMessage, ANameWithPunctuationIsQuotedAndAnAccentedOneEncoded)
{
    EXPECT_EQ(mailbox("Lindqvist, Anna", "anna@example.org", 6), "\"Lindqvist, Anna\" <anna@example.org>");
    EXPECT_EQ(mailbox("Côté", "c@example.org", 4), "=?UTF-8?B?Q8O0dMOp?= <c@example.org>");
    EXPECT_EQ(mailbox("", "c@example.org", 4), "c@example.org");
}

TEST(MailMessage, EncodedWordsNeverSplitACharacterNorPassSeventyFiveCharacters)
{
    const std::string subject = "Rendez-vous: " + std::string(40, 'a') + "é€😀 " + std::string(30, 'b') + "ü";
    const std::string encoded = headerText(subject, 9);
    const std::regex word("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=");
    std::size_t words = 0;
    for (auto it = std::sregex_iterator(encoded.begin(), encoded.end(), word); it != std::sregex_iterator(); ++it) {
        ++words;
        EXPECT_LE(it->length(), 75);
    }
    EXPECT_GE(words, 2u);
    EXPECT_NE(encoded.find("\r\n "), std::string::npos) << "words are folded onto their own lines";
}

TEST(MailMessage, QuotedPrintableEncodesWhatMailWouldDamage)
{
    EXPECT_EQ(quotedPrintable("é"), "=C3=A9\r\n");
    EXPECT_EQ(quotedPrintable("a=b"), "a=3Db\r\n");
    EXPECT_EQ(quotedPrintable("end  \nnext\r\nlast"), "end =20\r\nnext\r\nlast\r\n");
    const std::string broken = quotedPrintable(std::string(100, 'z'));
    EXPECT_EQ(broken, std::string(75, 'z') + "=\r\n" + std::string(25, 'z') + "\r\n");
}

TEST(MailMessage, ARecipientOrSubjectThatCouldInjectHeadersIsRefused)
{
    const auto subject = refusal([] {
        composeMessage(sender(), {"marie@example.org", "", "Hi\r\nBcc: all@example.org", "x"}, kSent, "<a@b>");
    });
    ASSERT_TRUE(subject);
    EXPECT_EQ(subject->field(), kMailSubjectField);
    const auto address = refusal([] { composeMessage(sender(), {"marie", "", "Hi", "x"}, kSent, "<a@b>"); });
    ASSERT_TRUE(address);
    EXPECT_EQ(address->field(), kMailToAddressField);
}

TEST(MailMessage, MessageIdsAreUniqueAndInTheSendersDomain)
{
    const std::string first = newMessageId("anna@example.org", kSent);
    const std::string second = newMessageId("anna@example.org", kSent);
    EXPECT_NE(first, second);
    EXPECT_TRUE(std::regex_match(first, std::regex("<[0-9a-f]{32}\\.20261205T140309Z@example\\.org>"))) << first;
}

TEST(MailMessage, AMessageSentAgainKeepsItsMessageIdSoAMailProgramShowsItOnce)
{
    MailMessage reminder{"marie@example.org", "", "Your visit tomorrow", "See you at 9:30."};
    reminder.resendKey = "reminder-42-20261208T093000";
    EXPECT_EQ(messageIdOf(reminder, "anna@example.org", kSent), "<reminder-42-20261208T093000@example.org>");
    EXPECT_EQ(messageIdOf(reminder, "anna@example.org", Timestamp::fromIso8601("2026-12-05T14:04:09Z")),
              messageIdOf(reminder, "anna@example.org", kSent));

    reminder.resendKey = "reminder 42>";
    const auto refused = refusal([&] { composeMessage(sender(), reminder, kSent, "<a@b>"); });
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->field(), "mail.resend_key");
}

// What a mail program reads in `wire` (tests/mail/read_mail.py, Python's email package).
nlohmann::json readAsAMailProgramWould(const std::string& wire)
{
    const testing::TempDir folder;
    const auto path = folder / "message.eml";
    std::ofstream(path, std::ios::binary) << wire;
    const auto read = testing::runProcess({"/usr/bin/python3", KNOTWORK_READ_MAIL, path.string()});
    if (read.exitCode != 0)
        throw std::runtime_error("Python's email package could not read the message: " + read.err);
    return nlohmann::json::parse(read.out);
}

TEST(MailMessage, AnAttachedReceiptArrivesByteForByteBesideTheText)
{
    std::string pdf = "%PDF-1.4\n";
    for (int i = 0; i < 5000; ++i)
        pdf += static_cast<char>((i * 37) % 256);  // every byte value, the line breaks too
    MailMessage message{"marie@example.org", "Marie-Hélène Côté", "Votre reçu", "Voici votre reçu.\nMerci !\n"};
    message.attachments.push_back({"Receipt INV-000042 " + std::string(37, 'x') + ".pdf", "application/pdf", pdf});
    const std::string wire = composeMessage(sender(), message, kSent, "<id@example.org>");

    for (const std::string& line : crlfLines(wire))
        EXPECT_LE(line.size(), 78u) << line;
    const nlohmann::json read = readAsAMailProgramWould(wire);
    EXPECT_EQ(read["text"], "Voici votre reçu.\nMerci !\n");
    ASSERT_EQ(read["attachments"].size(), 1u);
    EXPECT_EQ(read["attachments"][0]["file_name"], "Receipt INV-000042 " + std::string(37, 'x') + ".pdf");
    EXPECT_EQ(read["attachments"][0]["content_type"], "application/pdf");
    EXPECT_EQ(read["attachments"][0]["sha256"], sha256Hex(pdf));
}

TEST(MailMessage, AnAttachmentsNameThatCouldBreakItsHeaderIsRefused)
{
    for (const std::string& name : std::vector<std::string>{"a\"b.pdf", "a\\b.pdf", "re\u00e7u.pdf", "two\r\nlines.pdf", "", std::string(61, 'x')}) {
        MailMessage message{"marie@example.org", "", "Receipt", "Attached."};
        message.attachments.push_back({name, "application/pdf", "%PDF"});
        const auto error = refusal([&] { composeMessage(sender(), message, kSent, "<id@example.org>"); });
        ASSERT_TRUE(error) << name;
        EXPECT_EQ(error->field(), "mail.attachment") << name;
    }
}

} // namespace
} // namespace knotwork::mail
