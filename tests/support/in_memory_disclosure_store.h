#pragma once
// DisclosureStore kept in memory, for tests of rules that have nothing to do with SQL. It behaves
// as SqlDisclosureStore does where services rely on it: entries get ids and are signed by
// `actor`, a client's log is newest first, logging with a file marks that file as logged, and
// files begun before a time are listed oldest first until they are finished.

#include <map>
#include <string>

#include "disclosures/disclosure_store.h"

namespace knotwork::testing {

class InMemoryDisclosureStore final : public disclosures::DisclosureStore {
public:
    explicit InMemoryDisclosureStore(std::string actor);

    std::vector<disclosures::Disclosure> forClient(clients::ClientId client) override;
    std::optional<disclosures::Disclosure> lastProgressReport(clients::ClientId client, clients::ProviderId recipient,
                                                              const Date& endedBefore) override;
    std::vector<disclosures::UnfinishedFile> unfinishedFiles(const Timestamp& before) override;

    long long add(const disclosures::Disclosure& disclosure, std::optional<long long> file) override;
    long long beginFile(const disclosures::UnfinishedFile& file) override;
    void finishFile(long long id) override;

private:
    std::string m_actor;
    long long m_lastId = 0;  // entries and files
    std::map<long long, disclosures::Disclosure> m_log;
    std::map<long long, disclosures::UnfinishedFile> m_files;
};

} // namespace knotwork::testing
