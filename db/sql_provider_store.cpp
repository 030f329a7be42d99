#include "db/sql_provider_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "clients/client_choices.h"
#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/text_folding.h"
#include "db/client_search_sql.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using namespace knotwork::clients;

namespace {

const char* const kColumns = "id, name, role, clinic, phone, email, fax, address, notes, row_version";

Provider readProvider(const soci::row& row)
{
    RowReader read(row);
    Provider provider;
    provider.id = read.integer("id");
    readRecord(kProviderRecord, provider.id, [&] {
        provider.name = read.text("name");
        provider.role = read.choice<ProviderRole>("role", "providers", std::to_string(provider.id));
        provider.clinic = read.text("clinic");
        provider.phone = read.text("phone");
        provider.email = read.text("email");
        provider.fax = read.text("fax");
        provider.address = read.text("address");
        provider.notes = read.text("notes");
        provider.rowVersion = static_cast<int>(read.integer("row_version"));
    });
    return provider;
}

std::string searchText(const Provider& provider)
{
    return spacedSearchText({foldForSearch(provider.name), foldForSearch(provider.clinic),
                             foldForSearch(provider.email), phoneDigits(provider.phone)});
}

} // namespace

SqlProviderStore::SqlProviderStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

ProviderId SqlProviderStore::add(const Provider& provider)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string role(keyOf(provider.role));
        const std::string search = searchText(provider);
        transaction.session()
            << "INSERT INTO providers (name, role, clinic, phone, email, fax, address, notes, "
               "search_text, row_version) VALUES (:name, :role, :clinic, :phone, :email, :fax, "
               ":address, :notes, :search, 1)",
            soci::use(provider.name), soci::use(role), soci::use(provider.clinic),
            soci::use(provider.phone), soci::use(provider.email), soci::use(provider.fax),
            soci::use(provider.address), soci::use(provider.notes), soci::use(search);
        Provider saved = provider;
        saved.id = insertedId(transaction.session(), "providers");
        saved.rowVersion = 1;
        transaction.audit({"provider", std::to_string(saved.id), "create", std::nullopt,
                           nlohmann::json(saved).dump()});
        transaction.commit();
        return saved.id;
    } catch (...) {
        rethrowAsStorageError(_("saving the provider"));
    }
}

void SqlProviderStore::update(const Provider& provider)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const Provider before = get(provider.id);
        const std::string role(keyOf(provider.role));
        const std::string search = searchText(provider);
        soci::statement statement = (transaction.session().prepare
            << "UPDATE providers SET name = :name, role = :role, clinic = :clinic, phone = :phone, "
               "email = :email, fax = :fax, address = :address, notes = :notes, search_text = "
               ":search, row_version = row_version + 1 WHERE id = :id AND row_version = :version",
            soci::use(provider.name), soci::use(role), soci::use(provider.clinic),
            soci::use(provider.phone), soci::use(provider.email), soci::use(provider.fax),
            soci::use(provider.address), soci::use(provider.notes), soci::use(search),
            soci::use(provider.id), soci::use(provider.rowVersion));
        statement.execute(true);
        if (statement.get_affected_rows() != 1)
            throw ConflictError(_("This provider's details were changed elsewhere since you opened "
                                  "them. Nothing was overwritten: reopen them and try again."));
        Provider after = provider;
        ++after.rowVersion;
        transaction.audit({"provider", std::to_string(provider.id), "update",
                           nlohmann::json(before).dump(), nlohmann::json(after).dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("saving the provider"));
    }
}

Provider SqlProviderStore::get(ProviderId id)
{
    try {
        std::vector<Provider> found =
            readAll(m_database, std::string("SELECT ") + kColumns + " FROM providers WHERE id = :id", readProvider, id);
        if (found.empty())
            throw NotFoundError(formatMessage(_("There is no provider number {} in this practice."), id));
        return std::move(found.front());
    } catch (...) {
        rethrowAsStorageError(_("reading the provider"));
    }
}

std::vector<Provider> SqlProviderStore::search(const std::string& text, int limit)
{
    try {
        const std::string pattern = containsPattern(foldForSearch(text));
        soci::rowset<soci::row> rows = (m_database.session().prepare
            << "SELECT " << kColumns << " FROM providers WHERE search_text LIKE :pattern ESCAPE '\\' "
               "ORDER BY name, id LIMIT " << limit,
            soci::use(pattern));
        std::vector<Provider> providers;
        for (const soci::row& row : rows)
            providers.push_back(readProvider(row));
        return providers;
    } catch (...) {
        rethrowAsStorageError(_("listing providers"));
    }
}

long long SqlProviderStore::count()
{
    try {
        long long total = 0;
        m_database.session() << "SELECT COUNT(*) FROM providers", soci::into(total);
        return total;
    } catch (...) {
        rethrowAsStorageError(_("counting providers"));
    }
}

} // namespace knotwork::db
