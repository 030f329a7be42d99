#pragma once

#include <vector>

#include "clients/attachment.h"
#include "clients/client_chart.h"

namespace knotwork::clients {

// Reading client records: what screens and commands may do with clients directly. Writes go
// through ClientService, whose ClientStore adds them.
class ClientQueries {
public:
    virtual ~ClientQueries() = default;

    // Reading a list page by page, for virtual lists.
    virtual long long count(const ClientQuery& query, const Date& today) = 0;
    virtual std::vector<ClientListRow> page(const ClientQuery& query, const Date& today,
                                            long long offset, int limit) = 0;
    // NotFoundError when there is no such client.
    virtual ClientChart chart(ClientId id) = 0;
    // The client as the list shows them on `today`: names, contact details and the safety status
    // stored beside them, never the chart. What the front desk of a clinic server may read, so
    // the book and the billing read this where they need no more. NotFoundError for no such client.
    virtual ClientListRow listRow(ClientId id, const Date& today) = 0;
    // The names and precautions of the clients `ids` names that exist, in one read, in no set
    // order: the clients of a day's or a week's visits.
    virtual std::vector<VisitingClient> visitingClients(const std::vector<ClientId>& ids) = 0;
    // The active clients with `provider` on their care team, by name, and whether each has an
    // active consent to share records with that provider on `today`: a batch of reports.
    virtual std::vector<CareTeamClient> careTeamClients(ProviderId provider, const Date& today) = 0;
    // NotFoundError when there is no such attachment.
    virtual Attachment attachment(long long id) = 0;
};

} // namespace knotwork::clients
