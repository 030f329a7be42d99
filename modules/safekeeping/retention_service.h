#pragma once

#include <vector>

#include "clients/client_service.h"
#include "safekeeping/retention_queries.h"

namespace knotwork::safekeeping {

// The records past retention under the practice's rule, for the list and the CLI. It only reads:
// nothing is ever destroyed automatically, the therapist decides.
class RetentionService {
public:
    RetentionService(clients::ClientService& clients, RetentionQueries& queries)
        : m_clients(clients), m_queries(queries)
    {
    }

    clients::RetentionSettings settings() { return m_clients.settings().retention; }
    Date today() const { return m_clients.today(); }

    long long countPastRetention(const Date& day);
    // By name; each row's retentionEndedOn filled.
    std::vector<RecordPastRetention> pastRetention(const Date& day, long long offset, int limit);

private:
    clients::ClientService& m_clients;
    RetentionQueries& m_queries;
};

} // namespace knotwork::safekeeping
