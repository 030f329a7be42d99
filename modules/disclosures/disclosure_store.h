#pragma once

#include <optional>
#include <string>
#include <vector>

#include "disclosures/disclosure.h"

namespace knotwork::disclosures {

// The disclosure log: appended to, never changed (the database refuses updates and deletes).
class DisclosureStore {
public:
    virtual ~DisclosureStore() = default;

    // Stamps who disclosed it and returns the new entry's id. With `file`, the same transaction
    // marks that unfinished file as logged.
    virtual long long add(const Disclosure& disclosure, std::optional<long long> file = std::nullopt) = 0;
    // A client's disclosures, newest first.
    virtual std::vector<Disclosure> forClient(ClientId client) = 0;
    // The newest progress report sent to `recipient` about `client` for a period that ended
    // before `endedBefore`: what a new report compares with.
    virtual std::optional<Disclosure> lastProgressReport(ClientId client, ProviderId recipient,
                                                         const Date& endedBefore) = 0;

    // The bookkeeping of files being written (not audited: not part of the record).
    virtual long long beginFile(const UnfinishedFile& file) = 0;
    virtual void finishFile(long long id) = 0;
    // Files begun before `before`, oldest first: what killed processes left.
    virtual std::vector<UnfinishedFile> unfinishedFiles(const Timestamp& before) = 0;

    // The record chain's newest link as a witness ("chain 1234 · 9f3a1b2c4d5e6f70"), for the
    // foot of each document sent out; empty before the chain has started (or without a chain).
    virtual std::string chainWitness() { return {}; }
};

} // namespace knotwork::disclosures
