#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "db/database.h"
#include "integrity/record_seal.h"

namespace knotwork::db {

// Where the keys of the practices' record chains live on this computer, and how a practice's
// chain is started, loaded, restored from its recovery code and, when a key is lost for good,
// continued under a new key. A plain practice's key is a private file here (0600, named by its
// fingerprint, written whole); an encrypted practice keeps its key in record_keys wrapped under
// its passphrase and needs no file.

// userConfigDirectory()/"record-keys"
std::filesystem::path recordKeyFolder();
// The key file of the key with this fingerprint: "<first 16 hex of the fingerprint>.key".
std::filesystem::path recordKeyFile(const std::string& fingerprint);

// The practice's keys this computer holds: unwrapped with database.passphrase() where the
// practice keeps them, else read from their key files; each checked against its fingerprint.
// currentNumber is the newest key's number (0 before the chain has started) whether held or not.
integrity::ChainKeyring loadChainKeys(Database& database);
// The same, also trying `otherPassphrase` on keys wrapped under another passphrase (an imported
// archive's practice).
integrity::ChainKeyring loadChainKeys(Database& database, const std::string& otherPassphrase);

// Called by db::openPractice after migrating: loads the keys onto the database, or starts the
// chain (genesis) when the practice has none: a new key, stored, its Key link, then every
// record already there sealed in id order, and an audit row, in one transaction. A plain
// practice's new key is written to its file first and its recovery code is pending (shown
// once). Never writes to a practice whose key is missing. A practice whose audit trail says its
// chain started once but whose keys and seals are gone had them removed outside Knotwork: it is
// refused (PracticeFileError naming the day it started), never sealed again over what may have
// been changed meanwhile.
void startOrLoadChain(Database& database, const std::string& actor);

// The day ("2026-11-23") the audit trail says the record chain started, when it did; nullopt for a
// practice whose chain never started.
std::optional<std::string> chainStartRecorded(Database& database);

// The chain has started and its current key is not held here: reads work, writes refuse.
bool recordKeyMissing(const Database& database);

// A plain practice whose recovery code has not been shown yet (just started, or its passphrase
// just removed): the code. nullopt otherwise.
std::optional<std::string> pendingRecoveryCode(const Database& database);
void markRecoveryCodeShown(const Database& database);

// ValidationError (field "recovery_code", rule "not-a-code" or "not-this-practice") unless the
// code is one of this practice's keys; otherwise writes the key file and loads the keys (and,
// once the current key is held again, records the restore in the audit trail as the login name).
void restoreRecordKey(Database& database, const std::string& recoveryCode);

// Starts key N+1 (stored, its Key link, an audit row) so a practice whose key is lost can be
// written to again; links under the lost key stay unchecked on this computer. Returns the new
// key's recovery code (already marked shown: the caller shows it).
std::string replaceRecordKey(Database& database, const std::string& actor);

// Stores every held key of the keyring the way a practice with `passphrase` keeps it: wrapped
// under it in record_keys (non-empty), or in key files with wrapped_key cleared (empty; a key
// file this computer did not have yet makes the current key's recovery code pending). For a
// practice's passphrase being set, changed or removed, and an import, inside the caller's write.
void storeChainKeysFor(Database& database, const integrity::ChainKeyring& keys, const std::string& passphrase);

} // namespace knotwork::db
