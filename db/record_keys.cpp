#include "db/record_keys.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <soci/soci.h>
#include <vector>

#include "common/error.h"
#include "common/i18n.h"
#include "common/timestamp.h"
#include "common/user_directories.h"
#include "common/durable_file.h"
#include "common/private_file.h"
#include "db/row_reader.h"
#include "db/sealed_records.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

namespace fs = std::filesystem;
using integrity::ChainKey;
using integrity::ChainKeyring;
using integrity::SealKind;

namespace {

constexpr SealKind kSealedAtGenesis[] = {SealKind::AuditEntry, SealKind::SignedNote, SealKind::Addendum,
                                         SealKind::Disclosure};

// One row of record_keys.
struct KeyRow {
    int number = 0;
    std::string fingerprint;
    std::optional<std::string> wrapped;
};

std::vector<KeyRow> keyRows(Database& database)
{
    std::vector<KeyRow> rows;
    if (!database.hasTable("record_keys"))
        return rows;
    soci::row row;
    soci::statement statement = (database.session().prepare
                                     << "SELECT key_number, fingerprint, wrapped_key FROM record_keys ORDER BY key_number",
                                 soci::into(row));
    statement.execute();
    while (statement.fetch()) {
        RowReader read(row);
        KeyRow& key = rows.emplace_back();
        key.number = static_cast<int>(read.integer("key_number"));
        key.fingerprint = read.text("fingerprint");
        key.wrapped = read.optionalText("wrapped_key");
    }
    return rows;
}

fs::path pendingFlagFile(const std::string& fingerprint)
{
    return recordKeyFolder() / (fingerprint.substr(0, 16) + ".code-pending");
}

// Replaces `file` with `content` whole: written beside it, synced, renamed, the folder synced.
void writeWhole(const fs::path& file, const std::string& content)
{
    const fs::path partial = partialPathFor(file);
    std::error_code ignored;
    fs::remove(partial, ignored);  // what an earlier, killed attempt left
    createPrivateFile(partial);
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << content;
        out.close();
        if (!out)
            throw StorageError(formatMessage(_("Could not write {}."), partial.string()));
    }
    syncFile(partial);
    moveIntoPlace(partial, file, true);
}

std::optional<ChainKey> keyFromFile(const std::string& fingerprint)
{
    std::ifstream in(recordKeyFile(fingerprint), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    auto key = ChainKey::fromHex(text);
    if (!key || key->fingerprint() != fingerprint)
        return std::nullopt;
    return key;
}

void writeKeyFile(const ChainKey& key)
{
    writeWhole(recordKeyFile(key.fingerprint()), key.hex() + "\n");
}

void markCodePending(const ChainKey& key)
{
    writeWhole(pendingFlagFile(key.fingerprint()), "");
}

// A new key's file, written before the transaction that records the key (a chain whose key was
// not kept would be lost at once), and removed again with its pending-code flag when that
// transaction does not commit: a key no practice uses is a stray file.
class NewKeyFile {
public:
    NewKeyFile(const ChainKey& key, bool codePending) : m_fingerprint(key.fingerprint())
    {
        writeKeyFile(key);
        if (codePending)
            markCodePending(key);
    }
    ~NewKeyFile()
    {
        if (m_kept)
            return;
        std::error_code ignored;
        fs::remove(recordKeyFile(m_fingerprint), ignored);
        fs::remove(pendingFlagFile(m_fingerprint), ignored);
    }
    NewKeyFile(const NewKeyFile&) = delete;
    NewKeyFile& operator=(const NewKeyFile&) = delete;
    void keep() { m_kept = true; }

private:
    std::string m_fingerprint;
    bool m_kept = false;
};

std::optional<std::string> wrappedFor(const ChainKey& key, const std::string& passphrase)
{
    if (passphrase.empty())
        return std::nullopt;
    return integrity::wrapKey(key, passphrase);
}

void insertKeyRow(WriteTransaction& transaction, int number, const ChainKey& key, const std::string& passphrase)
{
    const std::string fingerprint = key.fingerprint();
    const std::string startedAt = Timestamp::now().iso8601();
    const std::optional<std::string> wrapped = wrappedFor(key, passphrase);
    const std::string none;
    soci::indicator wrappedSet = wrapped ? soci::i_ok : soci::i_null;
    transaction.session() << "INSERT INTO record_keys (key_number, fingerprint, started_at, wrapped_key) VALUES "
                             "(:number, :fingerprint, :started_at, :wrapped)",
        soci::use(number), soci::use(fingerprint), soci::use(startedAt), soci::use(wrapped ? *wrapped : none, wrappedSet);
}

// The keyring with `key` added as the newest, numbered `number`.
ChainKeyring withNewKey(ChainKeyring keys, int number, const ChainKey& key)
{
    keys.keys.insert_or_assign(number, key);
    keys.currentNumber = number;
    return keys;
}

// Runs `write` with `keys` on the database; on failure the keys it had are put back.
template <typename Write>
void withKeys(Database& database, ChainKeyring keys, Write&& write)
{
    ChainKeyring before = database.chainKeys();
    database.setChainKeys(std::move(keys));
    try {
        write();
    } catch (...) {
        database.setChainKeys(std::move(before));
        throw;
    }
}

void startChain(Database& database, const std::string& actor)
{
    const ChainKey key = ChainKey::generate();
    std::optional<NewKeyFile> keyFile;
    if (!database.encrypted())
        keyFile.emplace(key, true);
    try {
        withKeys(database, withNewKey({}, 1, key), [&] {
            WriteTransaction transaction(database, actor);
            if (!keyRows(database).empty()) {
                // Another process started it while this one waited for the write lock.
                transaction.commitUnaudited();
                database.setChainKeys(loadChainKeys(database));
                return;
            }
            insertKeyRow(transaction, 1, key, database.passphrase());
            transaction.seal(SealKind::Key, 1);
            for (const SealKind kind : kSealedAtGenesis)
                forEachSealableRecord(transaction.session(), kind,
                                      [&](long long id, const integrity::SealedFields& fields) {
                                          transaction.seal(kind, id, fields);
                                      });
            transaction.audit({"record_chain", "1", "start", std::nullopt,
                               "{\"key_number\":1,\"fingerprint\":\"" + key.fingerprint() + "\"}"});
            transaction.commit();
            if (keyFile)
                keyFile->keep();
        });
    } catch (...) {
        rethrowAsStorageError(_("starting the record chain"));
    }
}

} // namespace

fs::path recordKeyFolder()
{
    return userConfigDirectory() / "record-keys";
}

fs::path recordKeyFile(const std::string& fingerprint)
{
    return recordKeyFolder() / (fingerprint.substr(0, 16) + ".key");
}

ChainKeyring loadChainKeys(Database& database)
{
    return loadChainKeys(database, {});
}

ChainKeyring loadChainKeys(Database& database, const std::string& otherPassphrase)
{
    ChainKeyring keys;
    const auto unwrapped = [](const KeyRow& row, const std::string& passphrase) -> std::optional<ChainKey> {
        if (!row.wrapped || passphrase.empty())
            return std::nullopt;
        auto key = integrity::unwrapKey(*row.wrapped, passphrase);
        if (key && key->fingerprint() != row.fingerprint)
            return std::nullopt;
        return key;
    };
    try {
        for (const KeyRow& row : keyRows(database)) {
            keys.currentNumber = std::max(keys.currentNumber, row.number);
            std::optional<ChainKey> key = unwrapped(row, database.passphrase());
            if (!key)
                key = unwrapped(row, otherPassphrase);
            if (!key)
                key = keyFromFile(row.fingerprint);
            if (key)
                keys.keys.insert_or_assign(row.number, *key);
        }
    } catch (...) {
        rethrowAsStorageError(_("reading the record chain's keys"));
    }
    return keys;
}

std::optional<std::string> chainStartRecorded(Database& database)
{
    std::string occurredAt;
    soci::indicator found = soci::i_null;
    database.session() << "SELECT MIN(occurred_at) FROM audit_log WHERE entity = 'record_chain' AND action = 'start'",
        soci::into(occurredAt, found);
    if (found != soci::i_ok)
        return std::nullopt;
    return occurredAt.substr(0, 10);
}

void startOrLoadChain(Database& database, const std::string& actor)
{
    database.setChainKeys(loadChainKeys(database));
    if (database.chainKeys().currentNumber != 0 || !database.hasTable("record_keys"))
        return;
    if (const std::optional<std::string> started = chainStartRecorded(database))
        throw PracticeFileError(formatMessage(
            _("The record chain of {} was removed outside Knotwork (it had started on {}), so its records can no "
              "longer be shown to be unchanged. Knotwork does not seal them again: restore the practice from a "
              "backup, and see what knotwork-cli verify finds."),
            database.where(), *started));
    startChain(database, actor);
}

bool recordKeyMissing(const Database& database)
{
    return database.chainKeys().currentNumber != 0 && database.chainKeys().current() == nullptr;
}

std::optional<std::string> pendingRecoveryCode(const Database& database)
{
    const ChainKey* key = database.chainKeys().current();
    if (!key || database.encrypted())
        return std::nullopt;
    std::error_code error;
    if (!fs::exists(pendingFlagFile(key->fingerprint()), error))
        return std::nullopt;
    return key->recoveryCode();
}

void markRecoveryCodeShown(const Database& database)
{
    if (const ChainKey* key = database.chainKeys().current()) {
        std::error_code ignored;
        fs::remove(pendingFlagFile(key->fingerprint()), ignored);
    }
}

void restoreRecordKey(Database& database, const std::string& recoveryCode)
{
    const std::optional<ChainKey> key = ChainKey::fromRecoveryCode(recoveryCode);
    if (!key)
        throw ValidationError("recovery_code", "not-a-code",
                              _("The recovery code is not a whole code: it has 55 letters and digits in 11 groups "
                                "of five, and one of them is mistyped or missing. Check it against what you wrote "
                                "down."));
    const std::vector<KeyRow> rows = keyRows(database);
    const std::string fingerprint = key->fingerprint();
    if (std::none_of(rows.begin(), rows.end(), [&](const KeyRow& row) { return row.fingerprint == fingerprint; }))
        throw ValidationError("recovery_code", "not-this-practice",
                              formatMessage(_("The recovery code is a key, but not one of the practice {}. Check "
                                              "that it is this practice's code."),
                                            database.where()));
    const bool wasMissing = recordKeyMissing(database);
    writeKeyFile(*key);
    database.setChainKeys(loadChainKeys(database));
    if (wasMissing && !recordKeyMissing(database)) {
        WriteTransaction transaction(database, currentLoginName());
        transaction.audit({"record_chain", std::to_string(database.chainKeys().currentNumber), "key_restored",
                           std::nullopt, "{\"fingerprint\":\"" + fingerprint + "\"}"});
        transaction.commit();
    }
}

std::string replaceRecordKey(Database& database, const std::string& actor)
{
    const ChainKeyring held = loadChainKeys(database);
    if (held.currentNumber == 0) {
        startOrLoadChain(database, actor);
        markRecoveryCodeShown(database);
        return database.chainKeys().current()->recoveryCode();
    }
    const int number = held.currentNumber + 1;
    const ChainKey key = ChainKey::generate();
    std::optional<NewKeyFile> keyFile;
    if (!database.encrypted())
        keyFile.emplace(key, false);
    withKeys(database, withNewKey(held, number, key), [&] {
        WriteTransaction transaction(database, actor);
        insertKeyRow(transaction, number, key, database.passphrase());
        transaction.seal(SealKind::Key, number);
        transaction.audit({"record_chain", std::to_string(number), "key_replaced", std::nullopt,
                           "{\"key_number\":" + std::to_string(number) + ",\"fingerprint\":\"" + key.fingerprint()
                               + "\"}"});
        transaction.commit();
        if (keyFile)
            keyFile->keep();
    });
    return key.recoveryCode();
}

void storeChainKeysFor(Database& database, const ChainKeyring& keys, const std::string& passphrase)
{
    for (const auto& [number, key] : keys.keys) {
        if (passphrase.empty() && !keyFromFile(key.fingerprint())) {
            writeKeyFile(key);
            if (number == keys.currentNumber)
                markCodePending(key);
        }
        const std::optional<std::string> wrapped = wrappedFor(key, passphrase);
        const std::string none;
        soci::indicator wrappedSet = wrapped ? soci::i_ok : soci::i_null;
        database.session() << "UPDATE record_keys SET wrapped_key = :wrapped WHERE key_number = :number",
            soci::use(wrapped ? *wrapped : none, wrappedSet), soci::use(number);
    }
}

} // namespace knotwork::db
