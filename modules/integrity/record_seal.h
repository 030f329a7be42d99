#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "integrity/chain_key.h"

namespace knotwork::integrity {

// What the chain covers. Each kind is sealed once, when it becomes part of the record: an audit
// row and an addendum or disclosure entry when written, a session note when signed. A Key link
// starts the chain, or a new stretch of it when a lost key had to be replaced.
enum class SealKind { AuditEntry, SignedNote, Addendum, Disclosure, Key };

// "audit", "note", "addendum", "disclosure", "key": the kind column of record_seals.
std::string_view keyOf(SealKind kind);
std::optional<SealKind> sealKindFromKey(std::string_view key);
// "audit row 17", "signed note 42", …: how a finding names a record, translated.
std::string recordName(SealKind kind, long long recordId);

// A sealed record's columns in their fixed order, each as text (NULL kept apart from "").
using SealedFields = std::vector<std::optional<std::string>>;

// SHA-256 (hex) of the record's kind, id and fields, each length-prefixed, so no two different
// records can encode alike.
std::string recordDigest(SealKind kind, long long recordId, const SealedFields& fields);

// One link of the chain, as record_seals holds it. `mac` is HMAC-SHA-256 (hex), under the key
// numbered keyNumber, of the previous link's mac and this link's position, kind, record id and
// digest: changing, removing, inserting or moving a record or a link breaks it.
struct Seal {
    long long position = 0;  // 1, 2, 3, … without gaps
    SealKind kind = SealKind::AuditEntry;
    long long recordId = 0;
    std::string digest;
    std::string mac;
    int keyNumber = 1;
};

// The previous mac of the first link.
inline const std::string kChainStart(64, '0');

std::string linkMac(const ChainKey& key, const std::string& previousMac, long long position, SealKind kind,
                    long long recordId, const std::string& digest);
// HMAC-SHA-256 of `text` under `key`, hex.
std::string macHex(const ChainKey& key, std::string_view text);

// The newest link: what a PDF prints so its recipient holds a witness of the record as it was.
struct ChainHead {
    long long position = 0;
    std::string mac;
    // "chain 1234 · 9f3a1b2c4d5e6f70": position and the first 16 hex digits of the mac. A
    // witness given back to `verify --witness` in this form (or with the whole mac) is checked.
    std::string witness() const;
    // Reads a witness back ("1234:9f3a…" or "chain 1234 · 9f3a…"); nullopt when malformed.
    static std::optional<ChainHead> fromWitness(std::string_view text);
};

// The keys of a practice's chain this computer holds, by key number. The newest number is the
// one new links are sealed with; a missing number means that stretch cannot be checked here.
struct ChainKeyring {
    std::map<int, ChainKey> keys;
    int currentNumber = 0;  // 0: the chain has not been started

    const ChainKey* find(int number) const;
    const ChainKey* current() const { return find(currentNumber); }
};

} // namespace knotwork::integrity
