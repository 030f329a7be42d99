// The record chain's write side: a practice starts its chain once (new, or upgraded to 0011),
// every kind of write seals what becomes part of the record, the key lives where the design says
// (a private key file for a plain practice, wrapped in an encrypted one), and a practice whose
// key is not on this computer reads but refuses writes until its recovery code is entered or a
// new key is started. The chain is recomputed here link by link (support/chain_walk.h). All of it
// holds on a clinic server too (a key file on this computer, as for a plain practice), but what
// a passphrase does, which only a practice file has.
#include <map>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "app/practice/practice_context.h"
#include "app/practice/practice_export.h"
#include "app/practice/practice_import.h"
#include "app/practice/practice_passphrase.h"
#include "common/error.h"
#include "db/migrator.h"
#include "db/practice_verifier.h"
#include "db/record_keys.h"
#include "demo/demo_practice.h"
#include "support/chain_walk.h"
#include "support/environment_override.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/record_key_files.h"
#include "support/sample_note.h"
#include "support/signed_visit.h"
#include "support/temp_dir.h"
#include "support/treatment_consent.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

namespace fs = std::filesystem;
using integrity::SealKind;
using ::testing::HasSubstr;
using testing::sqliteQuery;

const Date kToday(2026, 11, 23);
constexpr char kPassphrase[] = "correct horse battery staple";
constexpr char kOtherPassphrase[] = "tr\xC3\xA8s longue phrase secr\xC3\xA8te";

// A practice on a clinic server opened as the front ends open it (db::openPractice), with the
// services over it.
class OwnedDatabase {
protected:
    explicit OwnedDatabase(OpenedPractice opened) : m_opened(std::move(opened)) {}
    OpenedPractice m_opened;
};
class ServerPracticeContext : private OwnedDatabase, public app::PracticeContext {
public:
    explicit ServerPracticeContext(OpenedPractice opened)
        : OwnedDatabase(std::move(opened)),
          app::PracticeContext(*m_opened.database, "Ana Lima", Clock::stoppedOn(kToday))
    {
    }
};

// A practice on one backend and the record key files of this computer (a folder of the test's).
class ChainPractice {
protected:
    explicit ChainPractice(backends::Backend backend) : m_practice(backend) {}

    // The practice file (File only).
    fs::path file() const { return m_practice.file(); }

    // Shared, so that the server's, a subclass, is deleted as itself (PracticeContext's destructor
    // is not virtual).
    std::shared_ptr<app::PracticeContext> open(const std::string& passphrase = {}) const
    {
        if (m_practice.onServer())
            return std::make_shared<ServerPracticeContext>(m_practice.open("Ana Lima"));
        return std::make_shared<app::PracticeContext>(file(), OpenMode::CreateIfMissing, "Ana Lima",
                                                      Clock::stoppedOn(kToday), passphrase);
    }

    // A client with treatment consent, a signed visit with an addendum, a logged disclosure, and
    // a draft started then discarded: one write of every kind.
    static void writeOneOfEachKind(app::PracticeContext& practice)
    {
        const auto client = practice.clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
        testing::consentToTreatment(practice.clientService(), client);
        const auto note = testing::signSampleVisit(practice.sessionService(), client, Date(2026, 11, 2));
        practice.sessionService().addAddendum(note, "The client called: the headache eased the next day.");
        disclosures::Disclosure disclosure;
        disclosure.clientId = client;
        disclosure.kind = disclosures::DocumentKind::SoapNote;
        disclosure.recipientName = "Zo\xC3\xAB Quennell";
        disclosure.noteId = note;
        disclosure.fileName = "note.pdf";
        disclosure.sha256 = std::string(64, 'a');
        disclosure.byteCount = 1234;
        practice.stores().disclosures().add(disclosure, std::nullopt);
        const auto draft = practice.sessionService().openNote(client, Date(2026, 11, 20), std::nullopt);
        practice.sessionService().discardDraft(draft.id, draft.rowVersion);
    }

    // Today's code writing into an older schema (before 0013): the columns it writes that came
    // since are lent for the write and taken back, leaving the practice as that Knotwork left it.
    static void writeOneOfEachKindIntoOlder(Database& database)
    {
        database.executeScript("ALTER TABLE diagnoses ADD COLUMN icd10_code TEXT NOT NULL DEFAULT ''; "
                               "ALTER TABLE disclosures ADD COLUMN invoice_id BIGINT");
        {
            app::PracticeContext older(database, "Ana Lima", Clock::stoppedOn(kToday));
            writeOneOfEachKind(older);
        }
        database.executeScript("ALTER TABLE diagnoses DROP COLUMN icd10_code; "
                               "ALTER TABLE disclosures DROP COLUMN invoice_id");
    }

    static testing::ChainWalk walk(app::PracticeContext& practice)
    {
        return testing::walkChain(practice.database().session(), practice.database().chainKeys());
    }

    long long count(const std::string& sql) const { return std::stoll(m_practice.query(sql)); }

    static std::vector<fs::path> keyFiles() { return testing::recordKeyFilesIn(recordKeyFolder()); }

    testing::TempDir m_dir;
    testing::EnvironmentOverride m_config{"XDG_CONFIG_HOME", (m_dir / "config").string()};
    testing::EnvironmentOverride m_data{"XDG_DATA_HOME", (m_dir / "data").string()};
    backends::PracticeOn m_practice;
};

// The chain wherever the practice is: started, sealing every write, recomputed, upgraded into,
// carried through an export, and a missing key.
class RecordChain : public ::testing::TestWithParam<backends::Backend>, protected ChainPractice {
protected:
    RecordChain() : ChainPractice(GetParam()) {}
};

// What only a practice file can have: a passphrase, which wraps the key.
class EncryptedRecordChain : public ::testing::Test, protected ChainPractice {
protected:
    EncryptedRecordChain() : ChainPractice(backends::Backend::File) {}
};

::testing::AssertionResult intact(const testing::ChainWalk& walk)
{
    if (walk.intact() && walk.unchecked == 0 && walk.checked == walk.links && walk.links > 0)
        return ::testing::AssertionSuccess() << walk.links << " links";
    auto failure = ::testing::AssertionFailure() << walk.links << " links, " << walk.checked << " checked, "
                                                 << walk.unchecked << " unchecked:";
    for (const std::string& problem : walk.problems)
        failure << "\n  " << problem;
    return failure;
}

TEST_P(RecordChain, ANewPlainPracticeStartsItsChainWithAPrivateKeyFileAndARecoveryCodeShownOnce)
{
    auto practice = open();
    EXPECT_TRUE(intact(walk(*practice)));
    EXPECT_EQ(m_practice.query("SELECT kind || ':' || record_id FROM record_seals WHERE position = 1"), "key:1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_keys WHERE wrapped_key IS NULL"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'record_chain' AND action = 'start'"), 1);

    const std::vector<fs::path> files = keyFiles();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].parent_path(), m_dir / "config" / "knotwork" / "record-keys");
    EXPECT_EQ(testing::permissionBits(files[0]), 0600u);
    EXPECT_EQ(testing::permissionBits(files[0].parent_path()), 0700u);
    const std::string fingerprint = m_practice.query("SELECT fingerprint FROM record_keys");
    EXPECT_EQ(files[0].filename(), fingerprint.substr(0, 16) + ".key");
    const std::string key = testing::readBytes(files[0]).substr(0, 64);
    ASSERT_EQ(key.find_first_not_of("0123456789abcdef"), std::string::npos) << "a key file holds the key in hex";
    if (m_practice.onServer()) {
        // Every table's rows as text, searched for the key.
        EXPECT_EQ(m_practice.query("SELECT COUNT(*) FROM information_schema.tables "
                                   "WHERE table_schema = current_schema() AND strpos(lower(query_to_xml("
                                   "'SELECT * FROM ' || quote_ident(table_name), true, false, '')::text), '"
                                   + key + "') > 0"),
                  "0")
            << "the key is never in the practice";
    } else {
        EXPECT_EQ(testing::readBytes(file()).find(key), std::string::npos) << "the key is never in the practice";
    }
    EXPECT_FALSE(fs::exists(fs::path(files[0]) += ".partial"));

    const auto code = practice->pendingRecoveryCode();
    ASSERT_TRUE(code);
    EXPECT_EQ(integrity::ChainKey::fromRecoveryCode(*code)->fingerprint(), fingerprint);
    practice->markRecoveryCodeShown();
    EXPECT_FALSE(practice->pendingRecoveryCode());
    practice.reset();
    EXPECT_FALSE(open()->pendingRecoveryCode()) << "shown once";
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_keys"), 1) << "started once";
}

TEST_P(RecordChain, EveryKindOfWriteIsSealedIntoAChainThatRecomputes)
{
    auto practice = open();
    writeOneOfEachKind(*practice);
    EXPECT_TRUE(intact(walk(*practice)));
    for (const auto& [kind, table] : {std::pair{"audit", "audit_log"}, {"addendum", "note_addenda"},
                                      {"disclosure", "disclosures"}, {"key", "record_keys"}})
        EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = '" + std::string(kind) + "'"),
                  count("SELECT COUNT(*) FROM " + std::string(table)))
            << kind;
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'note'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_notes"), 1) << "the discarded draft is gone, never sealed";
    EXPECT_EQ(practice->chainHead()->position, count("SELECT COUNT(*) FROM record_seals"));

    practice.reset();
    EXPECT_TRUE(intact(walk(*open()))) << "and again once reopened with its key file";
}

TEST_P(RecordChain, TheDemoPracticesSignedNotesAndAddendaAreSealed)
{
    auto practice = open();
    demo::DemoOptions options;
    options.clients = 12;
    options.referenceDay = kToday;
    ASSERT_TRUE(demo::fillDemoPractice(practice->demoStores(), options));
    ASSERT_GT(count("SELECT COUNT(*) FROM session_notes WHERE status = 'signed'"), 20);
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'note'"),
              count("SELECT COUNT(*) FROM session_notes WHERE status = 'signed'"));
    EXPECT_TRUE(intact(walk(*practice)));
}

// Verifying (knotwork-cli verify, the app's check after opening): an untouched practice is
// intact, and a signed note changed, a safeguard taken away and a reference pointing nowhere,
// all behind Knotwork's back, are each named.
TEST_P(RecordChain, VerifyingFindsAnUntouchedPracticeIntactAndNamesWhatWasChangedBehindItsBack)
{
    auto practice = open();
    writeOneOfEachKind(*practice);
    const integrity::IntegrityReport untouched = verifyPractice(practice->database());
    EXPECT_TRUE(untouched.intact()) << untouched.summary();
    EXPECT_EQ(untouched.linksChecked, count("SELECT COUNT(*) FROM record_seals"));

    // On a file the note's safeguard is dropped; the server's superuser switches every trigger
    // off for its own statements, and then switches one of the audit trail's off for good.
    const std::string note = m_practice.query("SELECT id FROM session_notes WHERE status = 'signed'");
    const std::string changes = "UPDATE session_notes SET signed_by = 'Someone Else, RMT' WHERE id = " + note
                                + "; UPDATE practice_settings SET logo_attachment_id = 999; ";
    m_practice.query(m_practice.onServer()
                         ? "SET session_replication_role = replica; " + changes
                               + "ALTER TABLE audit_log DISABLE TRIGGER audit_log_refuses_update"
                         : "DROP TRIGGER session_notes_signed_refuse_update; " + changes);

    const integrity::IntegrityReport report = verifyPractice(practice->database());
    std::map<std::string, std::string> problems;
    for (const integrity::IntegrityFinding& finding : report.findings)
        problems[finding.subject] += finding.problem;
    EXPECT_THAT(problems["signed session note " + note], HasSubstr("content was changed")) << report.summary();
    EXPECT_THAT(problems["practice_settings row 1"], HasSubstr("attachments")) << report.summary();
    if (m_practice.onServer()) {
        EXPECT_THAT(problems["trigger audit_log_refuses_update"], HasSubstr("differs")) << report.summary();
    } else {
        EXPECT_THAT(problems["trigger session_notes_signed_refuse_update"], HasSubstr("removed")) << report.summary();
    }
    EXPECT_EQ(problems.size(), 3u) << report.summary();
    EXPECT_EQ(report.linksChecked, untouched.linksChecked);
}

// An import seals each note and addendum from the values it writes, not from its row read back:
// the chain must recompute from the rows all the same, nulls and all, and an action rolled back
// after an import leaves the next write continuing the chain from the link before it.
TEST_P(RecordChain, ImportedNotesAreSealedAsTheirRowsReadBackEvenAfterAnActionRollsBack)
{
    auto practice = open();
    const auto client = practice->clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
    std::vector<sessions::SoapNote> notes;
    for (int week = 3; week >= 1; --week) {
        sessions::SoapNote& note = notes.emplace_back(testing::sampleNote(client, kToday - boost::gregorian::weeks(week)));
        note.status = sessions::NoteStatus::Signed;
        note.signedAt = Timestamp::fromIso8601("2026-11-22T12:00:00Z");
        note.signedBy = "Ana Lima, RMT";
        note.createdAt = Timestamp::fromIso8601("2026-11-21T09:30:00Z");
    }
    notes[0].visitTime.reset();
    notes[0].lateEntry = true;
    notes[0].overrideReason = "Cleared by phone: \"go ahead\"";
    notes[1].subjective.headacheDays.reset();
    notes[2].addenda.push_back({0, Timestamp::fromIso8601("2026-11-22T15:00:00Z"), "Ana Lima", "Called back."});
    const auto importInAnAction = [&](bool fail) {
        practice->unitOfWork().run([&] {
            practice->stores().sessions().importNotes(notes);
            if (fail)
                throw ConflictError("the action fails after the import");
        });
    };
    EXPECT_THROW(importInAnAction(true), ConflictError);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_notes"), 0);
    importInAnAction(false);
    importInAnAction(false);
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'note'"), 6);
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'addendum'"), 2);
    EXPECT_TRUE(intact(walk(*practice)));
}

TEST_P(RecordChain, APracticeFromBeforeTheChainHasItsRecordsSealedOnceWhenUpgraded)
{
    {
        auto database = m_practice.database(OpenMode::CreateIfMissing);
        const auto& all = builtInMigrations();
        ASSERT_EQ(all.at(10).version, 11) << "0011 starts the chain";
        Migrator(*database, std::vector<Migration>(all.begin(), all.begin() + 10)).migrate("setup");
        writeOneOfEachKindIntoOlder(*database);
    }
    EXPECT_TRUE(keyFiles().empty());
    const long long auditRows = count("SELECT COUNT(*) FROM audit_log");

    auto practice = open();
    EXPECT_EQ(practice->backupBeforeUpgrade().has_value(), !m_practice.onServer()) << "a file is copied first";
    EXPECT_TRUE(intact(walk(*practice)));
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'note'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'addendum'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals WHERE kind = 'disclosure'"), 1);
    EXPECT_GT(count("SELECT COUNT(*) FROM audit_log"), auditRows) << "the upgrade and the chain's start audited";
    EXPECT_EQ(keyFiles().size(), 1u);

    const long long links = count("SELECT COUNT(*) FROM record_seals");
    practice.reset();
    practice = open();
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals"), links) << "started once, not at every opening";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'record_chain'"), 1);
    EXPECT_TRUE(intact(walk(*practice)));
}

// Found by fuzz_practice_open: a column renamed behind Knotwork's back made the chain's start
// throw SQLite's own error out of every front end.
TEST_P(RecordChain, APracticeFromBeforeTheChainWhoseTableLostAColumnIsRefusedAsDamagedLeavingNoKeyFile)
{
    {
        auto database = m_practice.database(OpenMode::CreateIfMissing);
        const auto& all = builtInMigrations();
        Migrator(*database, std::vector<Migration>(all.begin(), all.begin() + 11)).migrate("setup");
        writeOneOfEachKindIntoOlder(*database);
    }
    m_practice.query(m_practice.onServer()
                         ? "ALTER TABLE disclosures RENAME COLUMN sha256 TO sha257"
                         : "PRAGMA writable_schema = ON; "
                           "UPDATE sqlite_master SET sql = replace(sql, 'sha256', 'sha257') WHERE name = 'disclosures'");

    try {
        open();
        FAIL() << "a practice whose disclosures table has no sha256 column opened";
    } catch (const PracticeFileError& error) {
        EXPECT_NE(std::string(error.what()).find("sha256"), std::string::npos) << error.what();
    }
    EXPECT_TRUE(keyFiles().empty()) << "a chain that was never started keeps no key";
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals"), 0);
}

TEST_P(RecordChain, WithoutItsKeyFileAPracticeReadsButRefusesEveryWrite)
{
    open()->clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
    for (const fs::path& key : keyFiles())
        fs::remove(key);
    const std::string before = m_practice.contents();

    auto practice = open();
    EXPECT_TRUE(practice->recordKeyMissing());
    EXPECT_EQ(practice->clientService().clients().count({}, kToday), 1) << "reads work";
    EXPECT_THROW(practice->clientService().saveIntake(testing::newClient("Amadi", "Ifeoma")), RecordKeyMissingError);
    try {
        practice->clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    } catch (const RecordKeyMissingError& error) {
        EXPECT_NE(std::string(error.what()).find("key restore"), std::string::npos) << error.what();
    }
    practice.reset();
    EXPECT_EQ(m_practice.contents(), before) << "nothing was written";
}

TEST_P(RecordChain, TheRightRecoveryCodeRestoresWritingAndAWrongOneIsRefusedNamingTheField)
{
    std::string code;
    {
        auto practice = open();
        practice->clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
        code = *practice->pendingRecoveryCode();
    }
    for (const fs::path& key : keyFiles())
        fs::remove(key);
    auto practice = open();
    ASSERT_TRUE(practice->recordKeyMissing());

    const auto rule = [&](const std::string& typed) -> std::string {
        try {
            practice->restoreRecordKey(typed);
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.problems().front().field, "recovery_code");
            return error.problems().front().rule;
        }
        return "accepted";
    };
    EXPECT_EQ(rule("not a code at all"), "not-a-code");
    std::string mistyped = code;
    mistyped[0] = mistyped[0] == 'A' ? 'B' : 'A';
    EXPECT_EQ(rule(mistyped), "not-a-code");
    EXPECT_EQ(rule(integrity::ChainKey::generate().recoveryCode()), "not-this-practice");
    EXPECT_TRUE(practice->recordKeyMissing());
    EXPECT_TRUE(keyFiles().empty()) << "a wrong code writes nothing";

    std::string typed;
    for (char c : code)
        if (c != '-')
            typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(rule(typed), "accepted") << "lower case, without the dashes";
    EXPECT_FALSE(practice->recordKeyMissing());
    practice->clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'key_restored'"), 1);
    EXPECT_TRUE(intact(walk(*practice)));
}

TEST_P(RecordChain, ANewKeyLetsAPracticeWhoseKeyIsLostBeWrittenAgainLeavingTheOldLinksUnchecked)
{
    open()->clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
    const long long oldLinks = count("SELECT COUNT(*) FROM record_seals");
    for (const fs::path& key : keyFiles())
        fs::remove(key);
    auto practice = open();
    const std::string code = practice->replaceRecordKey();
    EXPECT_FALSE(practice->recordKeyMissing());
    EXPECT_FALSE(practice->pendingRecoveryCode()) << "the caller shows it now";
    EXPECT_EQ(m_practice.query("SELECT fingerprint FROM record_keys WHERE key_number = 2"),
              integrity::ChainKey::fromRecoveryCode(code)->fingerprint());
    EXPECT_EQ(m_practice.query("SELECT kind || ':' || record_id || ':' || key_number FROM record_seals "
                               "WHERE position = " + std::to_string(oldLinks + 1)),
              "key:2:2");
    practice->clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    practice.reset();

    practice = open();
    EXPECT_EQ(practice->database().chainKeys().currentNumber, 2);
    const testing::ChainWalk walked = walk(*practice);
    EXPECT_TRUE(walked.intact());
    EXPECT_EQ(walked.unchecked, oldLinks) << "never reported intact without their key";
    EXPECT_EQ(walked.checked, walked.links - oldLinks);
}

TEST_F(EncryptedRecordChain, AnEncryptedPracticeKeepsItsKeyWrappedAndKeepsTheSameKeyThroughPassphraseChanges)
{
    writeOneOfEachKind(*open(kPassphrase));
    EXPECT_TRUE(keyFiles().empty()) << "the passphrase is the key's keeper";
    std::string fingerprint;
    {
        auto practice = open(kPassphrase);
        EXPECT_FALSE(practice->recordKeyMissing());
        EXPECT_FALSE(practice->pendingRecoveryCode());
        EXPECT_TRUE(intact(walk(*practice)));
        practice->database().session() << "SELECT fingerprint FROM record_keys", soci::into(fingerprint);
    }

    app::changePassphrase(file(), kPassphrase, kOtherPassphrase, "Ana Lima");
    {
        auto practice = open(kOtherPassphrase);
        EXPECT_EQ(practice->database().chainKeys().current()->fingerprint(), fingerprint);
        practice->clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
        EXPECT_TRUE(intact(walk(*practice)));
    }
    EXPECT_TRUE(keyFiles().empty());

    app::changePassphrase(file(), kOtherPassphrase, "", "Ana Lima");
    ASSERT_EQ(keyFiles().size(), 1u) << "a plain practice's key is a key file";
    auto practice = open();
    EXPECT_EQ(practice->database().chainKeys().current()->fingerprint(), fingerprint);
    EXPECT_TRUE(practice->pendingRecoveryCode()) << "its recovery code is now worth writing down";
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_keys WHERE wrapped_key IS NULL"), 1);
    practice->clientService().saveIntake(testing::newClient("Okafor", "Chidi"));
    EXPECT_TRUE(intact(walk(*practice)));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action IN ('passphrase_changed', 'passphrase_removed')"), 2);
}

TEST_F(EncryptedRecordChain, SettingAPassphraseWrapsThePlainPracticesKey)
{
    writeOneOfEachKind(*open());
    const std::string fingerprint = sqliteQuery(file(), "SELECT fingerprint FROM record_keys");
    app::changePassphrase(file(), "", kPassphrase, "Ana Lima");
    for (const fs::path& key : keyFiles())
        fs::remove(key);
    auto practice = open(kPassphrase);
    EXPECT_FALSE(practice->recordKeyMissing()) << "unwrapped with the passphrase";
    EXPECT_EQ(practice->database().chainKeys().current()->fingerprint(), fingerprint);
    practice->clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    EXPECT_TRUE(intact(walk(*practice)));
}

TEST_P(RecordChain, AnImportedPracticeKeepsTheArchivesChainAndContinuesItWithTheSameKey)
{
    {
        auto practice = open();
        writeOneOfEachKind(*practice);
        app::exportPractice(*practice, m_dir / "export.zip", {});
    }
    const std::string fingerprint = m_practice.query("SELECT fingerprint FROM record_keys");
    const fs::path imported = m_dir / "imported.sqlite";
    app::importPractice(m_dir / "export.zip", "", imported, "");

    EXPECT_EQ(sqliteQuery(imported, "SELECT fingerprint FROM record_keys"), fingerprint);
    EXPECT_EQ(sqliteQuery(imported, "SELECT COUNT(*) FROM record_seals"), m_practice.query("SELECT COUNT(*) FROM record_seals"))
        << "the archive's links, as they were";
    app::PracticeContext practice(imported, OpenMode::ExistingOnly, "Ana Lima", Clock::stoppedOn(kToday));
    EXPECT_EQ(practice.database().chainKeys().current()->fingerprint(), fingerprint);
    EXPECT_TRUE(intact(testing::walkChain(practice.database().session(), practice.database().chainKeys())));
    practice.clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    EXPECT_TRUE(intact(testing::walkChain(practice.database().session(), practice.database().chainKeys())))
        << "continued with the same key";
}

TEST_F(EncryptedRecordChain, AnEncryptedArchiveImportedAsAPlainPracticeGetsItsKeyAsAKeyFile)
{
    {
        auto practice = open(kPassphrase);
        writeOneOfEachKind(*practice);
        app::exportPractice(*practice, m_dir / "export.zip", {kPassphrase});
    }
    EXPECT_TRUE(keyFiles().empty());
    const fs::path imported = m_dir / "imported.sqlite";
    app::importPractice(m_dir / "export.zip", kPassphrase, imported, "");

    ASSERT_EQ(keyFiles().size(), 1u) << "unwrapped with the archive's passphrase, kept as a plain practice keeps it";
    EXPECT_EQ(sqliteQuery(imported, "SELECT COUNT(*) FROM record_keys WHERE wrapped_key IS NULL"), "1");
    app::PracticeContext practice(imported, OpenMode::ExistingOnly, "Ana Lima", Clock::stoppedOn(kToday));
    EXPECT_FALSE(practice.recordKeyMissing());
    EXPECT_TRUE(practice.pendingRecoveryCode());
    practice.clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    EXPECT_TRUE(intact(testing::walkChain(practice.database().session(), practice.database().chainKeys())));
}

TEST_P(RecordChain, AnArchiveWhoseKeyIsElsewhereImportsAsItIsAndTakesWritesOnceItsCodeIsEntered)
{
    std::string code;
    {
        auto practice = open();
        writeOneOfEachKind(*practice);
        code = *practice->pendingRecoveryCode();
        app::exportPractice(*practice, m_dir / "export.zip", {});
    }
    for (const fs::path& key : keyFiles())
        fs::remove(key);  // the archive brought to another computer
    const fs::path imported = m_dir / "imported.sqlite";
    app::importPractice(m_dir / "export.zip", "", imported, "");
    EXPECT_EQ(sqliteQuery(imported, "SELECT COUNT(*) FROM record_seals"), m_practice.query("SELECT COUNT(*) FROM record_seals"));

    app::PracticeContext practice(imported, OpenMode::ExistingOnly, "Ana Lima", Clock::stoppedOn(kToday));
    ASSERT_TRUE(practice.recordKeyMissing());
    practice.restoreRecordKey(code);
    practice.clientService().saveIntake(testing::newClient("Amadi", "Ifeoma"));
    EXPECT_TRUE(intact(testing::walkChain(practice.database().session(), practice.database().chainKeys())));
}

KNOTWORK_ON_BOTH_BACKENDS(RecordChain);

} // namespace
} // namespace knotwork::db
