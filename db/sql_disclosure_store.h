#pragma once

#include <string>

#include "db/database.h"
#include "disclosures/disclosure_store.h"

namespace knotwork::db {

// The disclosure log in the disclosures table; each entry is also an audit row.
class SqlDisclosureStore : public disclosures::DisclosureStore {
public:
    SqlDisclosureStore(Database& database, std::string actor);

    long long add(const disclosures::Disclosure& disclosure) override;
    std::vector<disclosures::Disclosure> forClient(clients::ClientId client) override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
