#pragma once

#include <string>

#include "db/database.h"
#include "disclosures/disclosure_store.h"

namespace knotwork::db {

// The disclosure log in the disclosures table; each entry is also an audit row.
class SqlDisclosureStore : public disclosures::DisclosureStore {
public:
    SqlDisclosureStore(Database& database, std::string actor);

    long long add(const disclosures::Disclosure& disclosure, std::optional<long long> file) override;
    std::vector<disclosures::Disclosure> forClient(clients::ClientId client) override;
    std::optional<disclosures::Disclosure> lastProgressReport(clients::ClientId client, clients::ProviderId recipient,
                                                              const Date& endedBefore) override;
    long long beginFile(const disclosures::UnfinishedFile& file) override;
    void finishFile(long long id) override;
    std::vector<disclosures::UnfinishedFile> unfinishedFiles(const Timestamp& before) override;
    std::string chainWitness() override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
