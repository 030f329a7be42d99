#pragma once
// The record chain recomputed behind Knotwork's back: for tests that every write leaves a sealed,
// verifiable chain. Independent of db/practice_verifier (the verify helper's), so the two check
// each other.

#include <set>
#include <soci/soci.h>
#include <string>
#include <vector>

#include "db/row_reader.h"
#include "db/sealed_records.h"
#include "integrity/record_seal.h"

namespace knotwork::testing {

struct ChainWalk {
    long long links = 0;
    long long checked = 0;    // links whose key the keyring holds: digest and mac recomputed
    long long unchecked = 0;  // links under a key it lacks
    std::vector<std::string> problems;
    bool intact() const { return problems.empty(); }
};

// Walks record_seals in position order: positions 1, 2, 3 … without gaps, each record's digest
// recomputed from db::sealedFields, each mac from integrity::linkMac over the previous mac, and
// every record the chain must cover (db::forEachSealableRecord, every kind) sealed exactly once.
inline ChainWalk walkChain(soci::session& session, const integrity::ChainKeyring& keys)
{
    using integrity::SealKind;
    ChainWalk walk;
    std::string previous = integrity::kChainStart;
    std::set<std::pair<std::string, long long>> sealed;
    soci::rowset<soci::row> rows = (session.prepare << "SELECT position, kind, record_id, digest, mac, key_number "
                                                       "FROM record_seals ORDER BY position");
    std::vector<integrity::Seal> seals;
    for (const soci::row& row : rows) {
        // Integers as whichever type the database reports (PostgreSQL's BIGINT, SQLite's INTEGER).
        const db::RowReader columns(row);
        integrity::Seal& seal = seals.emplace_back();
        seal.position = columns.integer("position");
        const auto kind = integrity::sealKindFromKey(row.get<std::string>(1));
        if (!kind)
            walk.problems.push_back("unknown kind " + row.get<std::string>(1));
        seal.kind = kind.value_or(SealKind::AuditEntry);
        seal.recordId = columns.integer("record_id");
        seal.digest = row.get<std::string>(3);
        seal.mac = row.get<std::string>(4);
        seal.keyNumber = static_cast<int>(columns.integer("key_number"));
    }
    for (const integrity::Seal& seal : seals) {
        const std::string name = integrity::recordName(seal.kind, seal.recordId);
        ++walk.links;
        if (seal.position != walk.links)
            walk.problems.push_back("link " + std::to_string(seal.position) + " out of place");
        if (!sealed.insert({std::string(integrity::keyOf(seal.kind)), seal.recordId}).second)
            walk.problems.push_back(name + " sealed twice");
        const integrity::ChainKey* key = keys.find(seal.keyNumber);
        if (!key) {
            ++walk.unchecked;
            previous = seal.mac;
            continue;
        }
        const auto fields = db::sealedFields(session, seal.kind, seal.recordId);
        if (!fields)
            walk.problems.push_back(name + " is missing");
        else if (integrity::recordDigest(seal.kind, seal.recordId, *fields) != seal.digest)
            walk.problems.push_back(name + " was changed");
        if (integrity::linkMac(*key, previous, seal.position, seal.kind, seal.recordId, seal.digest) != seal.mac)
            walk.problems.push_back("the link of " + name + " does not match");
        else
            ++walk.checked;
        previous = seal.mac;
    }
    for (const SealKind kind :
         {SealKind::AuditEntry, SealKind::SignedNote, SealKind::Addendum, SealKind::Disclosure, SealKind::Key})
        db::forEachSealableRecord(session, kind, [&](long long id, const integrity::SealedFields&) {
            if (!sealed.contains({std::string(integrity::keyOf(kind)), id}))
                walk.problems.push_back(integrity::recordName(kind, id) + " is not sealed");
        });
    return walk;
}

} // namespace knotwork::testing
