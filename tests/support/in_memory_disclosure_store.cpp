#include "support/in_memory_disclosure_store.h"

#include <algorithm>
#include <tuple>

namespace knotwork::testing {

using namespace knotwork::disclosures;

InMemoryDisclosureStore::InMemoryDisclosureStore(std::string actor) : m_actor(std::move(actor))
{
}

long long InMemoryDisclosureStore::add(const Disclosure& disclosure, std::optional<long long> file)
{
    Disclosure& entry = m_log[++m_lastId] = disclosure;
    entry.id = m_lastId;
    entry.disclosedBy = m_actor;
    if (const auto found = file ? m_files.find(*file) : m_files.end(); found != m_files.end())
        found->second.disclosureId = entry.id;
    return entry.id;
}

std::vector<Disclosure> InMemoryDisclosureStore::forClient(clients::ClientId client)
{
    std::vector<Disclosure> log;
    for (const auto& [id, entry] : m_log)
        if (entry.clientId == client)
            log.push_back(entry);
    std::sort(log.begin(), log.end(), [](const Disclosure& a, const Disclosure& b) {
        return std::tie(b.disclosedAt, b.id) < std::tie(a.disclosedAt, a.id);  // newest first
    });
    return log;
}

std::optional<Disclosure> InMemoryDisclosureStore::lastProgressReport(clients::ClientId client,
                                                                     clients::ProviderId recipient,
                                                                     const Date& endedBefore)
{
    for (const Disclosure& sent : forClient(client))
        if (sent.kind == DocumentKind::ProgressReport && sent.recipientId == recipient && sent.periodFrom
            && sent.periodTo && *sent.periodTo < endedBefore)
            return sent;
    return std::nullopt;
}

long long InMemoryDisclosureStore::beginFile(const UnfinishedFile& file)
{
    UnfinishedFile& begun = m_files[++m_lastId] = file;
    begun.id = m_lastId;
    begun.disclosureId.reset();
    return begun.id;
}

void InMemoryDisclosureStore::finishFile(long long id)
{
    m_files.erase(id);
}

std::vector<UnfinishedFile> InMemoryDisclosureStore::unfinishedFiles(const Timestamp& before)
{
    std::vector<UnfinishedFile> files;
    for (const auto& [id, file] : m_files)
        if (file.startedAt < before)
            files.push_back(file);
    return files;
}

} // namespace knotwork::testing
