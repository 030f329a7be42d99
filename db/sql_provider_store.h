#pragma once

#include <string>

#include "clients/provider_store.h"
#include "db/database.h"

namespace knotwork::db {

class SqlProviderStore : public clients::ProviderStore {
public:
    SqlProviderStore(Database& database, std::string actor);

    clients::ProviderId add(const clients::Provider& provider) override;
    void update(const clients::Provider& provider) override;
    clients::Provider get(clients::ProviderId id) override;
    std::vector<clients::Provider> search(const std::string& text, int limit) override;
    long long count() override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
