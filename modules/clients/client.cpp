#include "clients/client.h"
#include "clients/listed_client.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace knotwork::clients {

std::string listName(const Client& client)
{
    if (client.givenNames.empty())
        return client.familyName;
    if (client.familyName.empty())
        return client.givenNames;
    return client.familyName + ", " + client.givenNames;
}

std::string fullName(const Client& client)
{
    std::string name = client.givenNames;
    if (!client.preferredName.empty() && client.preferredName != client.givenNames)
        name += " (" + client.preferredName + ")";
    if (!client.familyName.empty())
        name += (name.empty() ? "" : " ") + client.familyName;
    return name;
}

std::optional<int> ageOn(const Client& client, const Date& today)
{
    if (!client.dateOfBirth || *client.dateOfBirth > today)
        return std::nullopt;
    const Date& born = *client.dateOfBirth;
    int years = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --years;
    return years;
}

Client listedClient(const ClientListRow& row)
{
    Client client;
    client.id = row.id;
    client.familyName = row.familyName;
    client.givenNames = row.givenNames;
    client.preferredName = row.preferredName;
    client.phone = row.phone;
    client.email = row.email;
    client.dateOfBirth = row.dateOfBirth;
    client.archived = row.archived;
    return client;
}

} // namespace knotwork::clients
