#include "db/sql_disclosure_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/i18n.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/sealed_records.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"
#include "disclosures/disclosure_choices.h"

namespace knotwork::db {

using disclosures::Disclosure;
using disclosures::DocumentKind;

namespace {

std::string auditText(const Disclosure& disclosure)
{
    nlohmann::json json{{"client_id", disclosure.clientId},
                        {"document", keyOf(disclosure.kind)},
                        {"recipient_name", disclosure.recipientName},
                        {"file_name", disclosure.fileName},
                        {"sha256", disclosure.sha256},
                        {"byte_count", disclosure.byteCount}};
    if (disclosure.recipientId)
        json["recipient_id"] = *disclosure.recipientId;
    if (disclosure.invoiceId)
        json["invoice_id"] = *disclosure.invoiceId;
    return json.dump();
}

} // namespace

SqlDisclosureStore::SqlDisclosureStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

long long SqlDisclosureStore::add(const Disclosure& disclosure, std::optional<long long> file)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string document(keyOf(disclosure.kind));
        Nullable<long long> recipient = nullableId(disclosure.recipientId);
        Nullable<std::string> from = nullableDate(disclosure.periodFrom);
        Nullable<std::string> to = nullableDate(disclosure.periodTo);
        Nullable<long long> note = nullableId(disclosure.noteId);
        Nullable<long long> invoice = nullableId(disclosure.invoiceId);
        const std::string at = disclosure.disclosedAt.iso8601();
        transaction.session()
            << "INSERT INTO disclosures (client_id, document, recipient_id, recipient_name, period_from, "
               "period_to, note_id, invoice_id, file_name, sha256, byte_count, disclosed_at, disclosed_by) VALUES "
               "(:client_id, :document, :recipient_id, :recipient_name, :period_from, :period_to, :note_id, "
               ":invoice_id, :file_name, :sha256, :byte_count, :disclosed_at, :disclosed_by)",
            soci::use(disclosure.clientId), soci::use(document), soci::use(recipient.value, recipient.indicator),
            soci::use(disclosure.recipientName), soci::use(from.value, from.indicator),
            soci::use(to.value, to.indicator), soci::use(note.value, note.indicator),
            soci::use(invoice.value, invoice.indicator), soci::use(disclosure.fileName),
            soci::use(disclosure.sha256), soci::use(disclosure.byteCount), soci::use(at), soci::use(m_actor);
        const long long id = insertedId(transaction.session(), "disclosures");
        transaction.seal(integrity::SealKind::Disclosure, id);
        transaction.audit({"disclosure", std::to_string(id), "create", std::nullopt, auditText(disclosure)});
        if (file)
            transaction.session() << "UPDATE unfinished_files SET disclosure_id = :disclosure WHERE id = :id",
                soci::use(id), soci::use(*file);
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("logging the disclosure"));
    }
}

namespace {

constexpr const char* kDisclosureColumns =
    "SELECT id, client_id, document, recipient_id, recipient_name, period_from, period_to, note_id, invoice_id, "
    "file_name, sha256, byte_count, disclosed_at, disclosed_by FROM disclosures ";

Disclosure readDisclosure(const soci::row& row)
{
    RowReader read(row);
    Disclosure entry;
    entry.id = read.integer("id");
    readRecord(kDisclosureRecord, entry.id, [&] {
        entry.clientId = read.integer("client_id");
        entry.kind = read.choice<DocumentKind>("document", "disclosures", std::to_string(entry.id));
        entry.recipientId = read.optionalInteger("recipient_id");
        entry.recipientName = read.text("recipient_name");
        entry.periodFrom = read.optionalDate("period_from");
        entry.periodTo = read.optionalDate("period_to");
        entry.noteId = read.optionalInteger("note_id");
        entry.invoiceId = read.optionalInteger("invoice_id");
        entry.fileName = read.text("file_name");
        entry.sha256 = read.text("sha256");
        entry.byteCount = read.integer("byte_count");
        entry.disclosedAt = read.timestamp("disclosed_at");
        entry.disclosedBy = read.text("disclosed_by");
    });
    return entry;
}

} // namespace

std::vector<Disclosure> SqlDisclosureStore::forClient(clients::ClientId client)
{
    try {
        std::vector<Disclosure> log;
        forEachRow(m_database,
                   std::string(kDisclosureColumns) + "WHERE client_id = :id ORDER BY disclosed_at DESC, id DESC",
                   client, [&log](const soci::row& row) { log.push_back(readDisclosure(row)); });
        return log;
    } catch (...) {
        rethrowAsStorageError(_("reading the disclosure log"));
    }
}

std::optional<Disclosure> SqlDisclosureStore::lastProgressReport(clients::ClientId client, clients::ProviderId recipient,
                                                                 const Date& endedBefore)
{
    try {
        const std::string document(keyOf(DocumentKind::ProgressReport)), before = isoDate(endedBefore);
        std::vector<Disclosure> last = readAll(m_database,
                                               std::string(kDisclosureColumns)
                                                   + "WHERE client_id = :client AND document = :document AND "
                                                     "recipient_id = :recipient AND period_from IS NOT NULL AND "
                                                     "period_to < :before ORDER BY disclosed_at DESC, id DESC LIMIT 1",
                                               readDisclosure, client, document, recipient, before);
        if (last.empty())
            return std::nullopt;
        return std::move(last.front());
    } catch (...) {
        rethrowAsStorageError(_("reading the disclosure log"));
    }
}

long long SqlDisclosureStore::beginFile(const disclosures::UnfinishedFile& file)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string at = file.startedAt.iso8601();
        transaction.session() << "INSERT INTO unfinished_files (partial_path, final_path, started_at) VALUES "
                                 "(:partial, :final, :at)",
            soci::use(file.partialPath), soci::use(file.finalPath), soci::use(at);
        const long long id = insertedId(transaction.session(), "unfinished_files");
        transaction.commitUnaudited();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("starting to write the file"));
    }
}

void SqlDisclosureStore::finishFile(long long id)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        transaction.session() << "DELETE FROM unfinished_files WHERE id = :id", soci::use(id);
        transaction.commitUnaudited();
    } catch (...) {
        rethrowAsStorageError(_("finishing the file"));
    }
}

std::vector<disclosures::UnfinishedFile> SqlDisclosureStore::unfinishedFiles(const Timestamp& before)
{
    try {
        std::vector<disclosures::UnfinishedFile> files;
        const std::string at = before.iso8601();
        soci::row row;
        soci::statement statement = (m_database.session().prepare
                                         << "SELECT id, partial_path, final_path, disclosure_id, started_at "
                                            "FROM unfinished_files WHERE started_at < :before ORDER BY id",
                                     soci::use(at), soci::into(row));
        statement.execute(false);
        while (statement.fetch()) {
            RowReader read(row);
            disclosures::UnfinishedFile& file = files.emplace_back();
            file.id = read.integer("id");
            readRecord(kPendingFileRecord, file.id, [&] {
                file.partialPath = read.text("partial_path");
                file.finalPath = read.text("final_path");
                file.disclosureId = read.optionalInteger("disclosure_id");
                file.startedAt = read.timestamp("started_at");
            });
        }
        return files;
    } catch (...) {
        rethrowAsStorageError(_("reading the files being written"));
    }
}

std::string SqlDisclosureStore::chainWitness()
{
    try {
        const auto head = chainHead(m_database);
        return head ? head->witness() : std::string();
    } catch (...) {
        rethrowAsStorageError(_("reading the record chain's head"));
    }
}

} // namespace knotwork::db
