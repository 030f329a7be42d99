#include "db/sql_settings_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <optional>
#include <stdexcept>

#include "clients/client_choices.h"
#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/client_row_writers.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using namespace knotwork::clients;

SqlSettingsStore::SqlSettingsStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

namespace {

PracticeSettings settingsOfRow(const soci::row& row)
{
    PracticeSettings settings;
    RowReader read(row);
    readRecord(kPracticeSettings, 1, [&] {
        settings.practiceName = read.text("practice_name");
        settings.therapistName = read.text("therapist_name");
        settings.credentials = read.text("credentials");
        settings.licenceNumber = read.text("licence_number");
        settings.address = read.text("address");
        settings.phone = read.text("phone");
        settings.email = read.text("email");
        settings.logoAttachmentId = read.optionalInteger("logo_attachment_id");
        settings.paperSize = read.choice<PaperSize>("paper_size", "practice_settings", "1");
        settings.cfrtCutoff = static_cast<int>(read.integer("cfrt_cutoff"));
        settings.romMeaningfulChange = static_cast<int>(read.integer("rom_meaningful_change"));
        settings.signatureAttachmentId = read.optionalInteger("signature_attachment_id");
        settings.backup.folder = read.optionalText("backup_folder");
        settings.backup.offsiteFolder = read.optionalText("offsite_backup_folder");
        settings.backup.keepDaily = static_cast<int>(read.integer("keep_daily_backups"));
        settings.backup.keepWeekly = static_cast<int>(read.integer("keep_weekly_backups"));
        settings.backup.keepMonthly = static_cast<int>(read.integer("keep_monthly_backups"));
        settings.backup.warningDays = static_cast<int>(read.integer("backup_warning_days"));
        settings.retention.rule = read.choice<RetentionRule>("retention_rule", "practice_settings", "1");
        settings.retention.years = static_cast<int>(read.integer("retention_years"));
        settings.rowVersion = static_cast<int>(read.integer("row_version"));
    });
    return settings;
}

} // namespace

PracticeSettings SqlSettingsStore::load()
{
    try {
        std::optional<PracticeSettings> settings;
        m_database.statements().forEachRow("SELECT practice_name, therapist_name, credentials, licence_number, "
                                           "address, phone, email, logo_attachment_id, paper_size, cfrt_cutoff, "
                                           "rom_meaningful_change, signature_attachment_id, backup_folder, "
                                           "offsite_backup_folder, keep_daily_backups, keep_weekly_backups, "
                                           "keep_monthly_backups, backup_warning_days, retention_rule, "
                                           "retention_years, row_version FROM practice_settings WHERE id = 1",
                                           [&](const soci::row& row) { settings = settingsOfRow(row); });
        if (!settings)
            throw std::runtime_error("the practice has no settings row");
        return *settings;
    } catch (...) {
        rethrowAsStorageError(_("reading the practice settings"));
    }
}

namespace {

// Stores a letterhead image (the logo, the signature), belonging to no client; returns its id.
long long storeImage(WriteTransaction& transaction, Attachment image)
{
    image.clientId.reset();
    const long long id = ClientRecordWriter(transaction.session()).insertAttachment(image);
    transaction.audit({"attachment", std::to_string(id), "create", std::nullopt,
                       nlohmann::json{{"file_name", image.fileName}, {"media_type", image.mediaType},
                                      {"byte_count", image.content.size()}}.dump()});
    return id;
}

} // namespace

void SqlSettingsStore::save(const PracticeSettings& settings, const std::optional<Attachment>& newLogo,
                            const std::optional<Attachment>& newSignature)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const PracticeSettings before = load();
        PracticeSettings saved = settings;
        if (newLogo)
            saved.logoAttachmentId = storeImage(transaction, *newLogo);
        if (newSignature)
            saved.signatureAttachmentId = storeImage(transaction, *newSignature);
        saved.rowVersion = settings.rowVersion + 1;
        const std::string paper(keyOf(saved.paperSize));
        Nullable<long long> logo = nullableId(saved.logoAttachmentId);
        Nullable<long long> signature = nullableId(saved.signatureAttachmentId);
        Nullable<std::string> backupFolder(saved.backup.folder);
        Nullable<std::string> offsiteFolder(saved.backup.offsiteFolder);
        const std::string retentionRule(keyOf(saved.retention.rule));
        soci::statement update = (transaction.session().prepare
            << "UPDATE practice_settings SET practice_name = :name, therapist_name = :therapist, "
               "credentials = :credentials, licence_number = :licence, address = :address, phone = "
               ":phone, email = :email, logo_attachment_id = :logo, paper_size = :paper, cfrt_cutoff = "
               ":cfrt, rom_meaningful_change = :rom, signature_attachment_id = :signature, backup_folder = :backup_folder, "
               "offsite_backup_folder = :offsite_folder, keep_daily_backups = :daily, keep_weekly_backups = "
               ":weekly, keep_monthly_backups = :monthly, backup_warning_days = :warning, retention_rule = "
               ":retention_rule, retention_years = :retention_years, row_version = row_version + 1 "
               "WHERE id = 1 AND row_version = :version",
            soci::use(saved.practiceName), soci::use(saved.therapistName), soci::use(saved.credentials),
            soci::use(saved.licenceNumber), soci::use(saved.address), soci::use(saved.phone),
            soci::use(saved.email), soci::use(logo.value, logo.indicator), soci::use(paper),
            soci::use(saved.cfrtCutoff), soci::use(saved.romMeaningfulChange),
            soci::use(signature.value, signature.indicator), soci::use(backupFolder.value, backupFolder.indicator),
            soci::use(offsiteFolder.value, offsiteFolder.indicator), soci::use(saved.backup.keepDaily),
            soci::use(saved.backup.keepWeekly), soci::use(saved.backup.keepMonthly),
            soci::use(saved.backup.warningDays), soci::use(retentionRule), soci::use(saved.retention.years),
            soci::use(settings.rowVersion));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw ConflictError(_("The practice settings were changed elsewhere since you opened "
                                  "them. Nothing was overwritten: reopen them and try again."));
        transaction.audit({"practice_settings", "1", "update", nlohmann::json(before).dump(),
                           nlohmann::json(saved).dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("saving the practice settings"));
    }
}

} // namespace knotwork::db
