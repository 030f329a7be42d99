// InMemoryClientStore's reads: charts, the client list and what other stores keep beside it.
#include "support/in_memory_client_store.h"

#include <algorithm>
#include <sstream>
#include <tuple>

#include "common/error.h"
#include "common/text_folding.h"

namespace knotwork::testing {

using namespace knotwork::clients;

namespace {

// What a client is sorted by in lists: folded family name, then given names.
std::string sortName(const Client& client)
{
    return foldForSearch(client.familyName) + " " + foldForSearch(client.givenNames);
}

// Every word typed starts a word of the names or the email, or (digits only) is part of the
// phone number: case and accents are ignored.
bool matches(const Client& client, const std::string& typed)
{
    const std::string words = spacedSearchText({foldForSearch(client.familyName), foldForSearch(client.givenNames),
                                                foldForSearch(client.preferredName), foldForSearch(client.email)});
    const std::string phone = phoneDigits(client.phone);
    std::istringstream terms(foldForSearch(typed));
    for (std::string term; terms >> term;) {
        const bool digits = std::all_of(term.begin(), term.end(), [](unsigned char c) { return std::isdigit(c); });
        if (words.find(" " + term) == std::string::npos && !(digits && phone.find(term) != std::string::npos))
            return false;
    }
    return true;
}

bool needsClearance(SafetyStatus status)
{
    return status == SafetyStatus::ReferBeforeTreatment || status == SafetyStatus::ClearanceRequired;
}

} // namespace

InMemoryClientStore::InMemoryClientStore(std::string actor) : m_actor(std::move(actor))
{
}

InMemoryClientStore::Stored& InMemoryClientStore::stored(ClientId id)
{
    const auto found = m_clients.find(id);
    if (found == m_clients.end())
        throw NotFoundError("There is no client number " + std::to_string(id) + " in this practice.");
    return found->second;
}

ClientChart InMemoryClientStore::chart(ClientId id)
{
    return stored(id).chart;
}

ClientListRow InMemoryClientStore::listRow(ClientId id, const Date& today)
{
    return listRow(stored(id), today);
}

ClientListRow InMemoryClientStore::listRow(const Stored& stored, const Date& today) const
{
    const Client& client = stored.chart.client;
    ClientListRow row;
    row.id = client.id;
    row.familyName = client.familyName;
    row.givenNames = client.givenNames;
    row.preferredName = client.preferredName;
    row.phone = client.phone;
    row.email = client.email;
    row.dateOfBirth = client.dateOfBirth;
    row.archived = client.archived;
    row.status = stored.status;
    row.clearedUntil = stored.clearedUntil;
    row.lastVisit = stored.lastVisit;
    if (row.status == SafetyStatus::Cleared && row.clearedUntil && *row.clearedUntil < today) {
        row.status = stored.uncleared;  // an expired clearance counts as none
        row.clearedUntil.reset();
    }
    return row;
}

std::vector<const InMemoryClientStore::Stored*> InMemoryClientStore::listed(const ClientQuery& query,
                                                                            const Date& today) const
{
    std::vector<const Stored*> rows;
    for (const auto& [id, client] : m_clients) {
        const bool archived = client.chart.client.archived;
        const bool shown = query.filter == ClientFilter::All
            || (query.filter == ClientFilter::Archived && archived)
            || (query.filter == ClientFilter::Active && !archived)
            || (query.filter == ClientFilter::NeedsClearance && !archived
                && needsClearance(listRow(client, today).status));
        if (shown && matches(client.chart.client, query.text))
            rows.push_back(&client);
    }
    const auto byName = [](const Stored* client) {
        return std::tuple(sortName(client->chart.client), client->chart.client.id);
    };
    const auto byLastVisit = [&](const Stored* client) {
        // Never visited last, then the latest visit first.
        const long long days = client->lastVisit ? -static_cast<long long>(client->lastVisit->julian_day()) : 0;
        return std::tuple(!client->lastVisit, days, sortName(client->chart.client), client->chart.client.id);
    };
    std::sort(rows.begin(), rows.end(), [&](const Stored* a, const Stored* b) {
        return query.sort == ClientSort::LastVisit ? byLastVisit(a) < byLastVisit(b) : byName(a) < byName(b);
    });
    return rows;
}

long long InMemoryClientStore::count(const ClientQuery& query, const Date& today)
{
    return static_cast<long long>(listed(query, today).size());
}

std::vector<ClientListRow> InMemoryClientStore::page(const ClientQuery& query, const Date& today,
                                                     long long offset, int limit)
{
    std::vector<ClientListRow> rows;
    const std::vector<const Stored*> all = listed(query, today);
    for (auto i = static_cast<std::size_t>(std::max(offset, 0LL)); i < all.size() && std::ssize(rows) < limit; ++i)
        rows.push_back(listRow(*all[i], today));
    return rows;
}

std::vector<VisitingClient> InMemoryClientStore::visitingClients(const std::vector<ClientId>& ids)
{
    std::vector<VisitingClient> found;
    for (const auto& [id, stored] : m_clients)
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
            VisitingClient& visiting = found.emplace_back();
            visiting.client.id = id;
            visiting.client.familyName = stored.chart.client.familyName;
            visiting.client.givenNames = stored.chart.client.givenNames;
            visiting.client.preferredName = stored.chart.client.preferredName;
            visiting.healthFlags = stored.chart.intake.health.flags;
        }
    return found;
}

std::vector<CareTeamClient> InMemoryClientStore::careTeamClients(ProviderId provider, const Date& today)
{
    ClientQuery active;
    std::vector<CareTeamClient> rows;
    for (const Stored* client : listed(active, today)) {
        const ClientChart& chart = client->chart;
        if (std::none_of(chart.careTeam.begin(), chart.careTeam.end(),
                         [&](const CareTeamMember& member) { return member.providerId == provider; }))
            continue;
        CareTeamClient& row = rows.emplace_back();
        row.id = chart.client.id;
        row.name = listName(chart.client);
        row.lastVisit = client->lastVisit;
        row.sharingConsent = std::any_of(chart.consents.begin(), chart.consents.end(), [&](const Consent& consent) {
            return consent.kind == ConsentKind::ShareRecords && consent.providerId == provider
                && consent.givenOn <= today && (!consent.revokedOn || *consent.revokedOn > today);
        });
    }
    return rows;
}

Attachment InMemoryClientStore::attachment(long long id)
{
    const auto found = m_attachments.find(id);
    if (found == m_attachments.end())
        throw NotFoundError("There is no attachment number " + std::to_string(id) + " in this practice.");
    return found->second;
}

long long InMemoryClientStore::addAttachment(Attachment attachment)
{
    attachment.id = ++m_lastId;
    m_attachments[attachment.id] = attachment;
    return attachment.id;
}

void InMemoryClientStore::advanceLastVisit(ClientId id, const Date& visit)
{
    Stored& client = stored(id);
    if (!client.lastVisit || *client.lastVisit < visit)
        client.lastVisit = visit;
}

std::optional<Date> InMemoryClientStore::lastVisit(ClientId id)
{
    return stored(id).lastVisit;
}

} // namespace knotwork::testing
