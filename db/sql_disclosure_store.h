#pragma once

#include <string>

#include "db/database.h"
#include "sharing/disclosure_store.h"

namespace knotwork::db {

// The disclosure log in the disclosures table; each entry is also an audit row.
class SqlDisclosureStore : public sharing::DisclosureStore {
public:
    SqlDisclosureStore(Database& database, std::string actor);

    long long add(const sharing::Disclosure& disclosure) override;
    std::vector<sharing::Disclosure> forClient(clients::ClientId client) override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
