#pragma once
// The one list of JSON keys for each clients type, walked by client_json.cpp's writer and reader
// alike, so a document always reads back exactly what was written. Internal to client_json.cpp.
//
// `io(key, member)` maps one value; `io.object(key, prefix, fields)` a nested object whose field
// keys carry `prefix` (the validators' "headache.days_per_month"); `io.list(key, path, items,
// fields)` a list of objects ("diagnoses[2].type"). `Self` is const for the writer.

#include "clients/client_chart.h"
#include "clients/practice_settings.h"

namespace knotwork::clients {

template <typename Io, typename Self>
void clientFields(Io& io, Self& client)
{
    io("id", client.id);
    io("family_name", client.familyName);
    io("given_names", client.givenNames);
    io("preferred_name", client.preferredName);
    io("pronouns", client.pronouns);
    io("date_of_birth", client.dateOfBirth);
    io("phone", client.phone);
    io("email", client.email);
    io("address", client.address);
    io.object("emergency_contact", "emergency_contact.", [&client](auto& contact) {
        contact("name", client.emergencyContact.name);
        contact("relationship", client.emergencyContact.relationship);
        contact("phone", client.emergencyContact.phone);
    });
    io("occupation", client.occupation);
    io("screen_hours_per_day", client.screenHoursPerDay);
    io("notes", client.notes);
    io("archived", client.archived);
    io("archived_on", client.archivedOn);
    io("archive_reason", client.archiveReason);
    io("row_version", client.rowVersion);
}

template <typename Io, typename Self>
void intakeFields(Io& io, Self& intake)
{
    io.object("headache", "headache.", [&h = intake.headache](auto& headache) {
        headache("onset", h.onset);
        headache("mechanism", h.mechanism);
        headache("mechanism_date", h.mechanismDate);
        headache("imaging_findings", h.imagingFindings);
        headache("days_per_month", h.headacheDaysPerMonth);
        headache("usual_intensity", h.usualIntensity);
        headache("usual_duration_hours", h.usualDurationHours);
        headache("triggers", h.triggers);
        headache("other_triggers", h.otherTriggers);
        headache("aggravating_movements", h.aggravatingMovements);
        headache("posture", h.posture);
        headache("medications", h.medications);
        headache("medication_days_per_month", h.medicationDaysPerMonth);
        headache("acute_medications", h.acuteMedications);
    });
    io.object("health", "health.", [&h = intake.health](auto& health) {
        health("conditions", h.conditions);
        health("allergies", h.allergies);
        health("flags", h.flags);
        health("surgery_details", h.surgeryDetails);
    });
    io.object("lifestyle", "lifestyle.", [&l = intake.lifestyle](auto& lifestyle) {
        lifestyle("sleep_hours", l.sleepHours);
        lifestyle("water_litres_per_day", l.waterLitresPerDay);
        lifestyle("caffeine_servings_per_day", l.caffeineServingsPerDay);
        lifestyle("activity_minutes_per_week", l.activityMinutesPerWeek);
        lifestyle("stress", l.stress);
    });
    io("preferred_pressure", intake.preferredPressure);
    io("goals", intake.goals);
}

template <typename Io, typename Self>
void providerFields(Io& io, Self& provider)
{
    io("id", provider.id);
    io("name", provider.name);
    io("role", provider.role);
    io("clinic", provider.clinic);
    io("phone", provider.phone);
    io("email", provider.email);
    io("fax", provider.fax);
    io("address", provider.address);
    io("notes", provider.notes);
    io("row_version", provider.rowVersion);
}

template <typename Io, typename Self>
void careTeamMemberFields(Io& io, Self& member)
{
    io("provider_id", member.providerId);
    io("relation", member.relation);
    io("since", member.since);
    io("referral_reason", member.referralReason);
}

template <typename Io, typename Self>
void diagnosisFields(Io& io, Self& diagnosis)
{
    io("type", diagnosis.type);
    io("provider_id", diagnosis.providerId);
    io("diagnosed_by", diagnosis.diagnosedBy);
    io("diagnosed_on", diagnosis.diagnosedOn);
    io("notes", diagnosis.notes);
    io("icd10_code", diagnosis.icd10Code);
}

template <typename Io, typename Self>
void clearanceFields(Io& io, Self& clearance)
{
    io("id", clearance.id);
    io("provider_id", clearance.providerId);
    io("provider_name", clearance.providerName);
    io("cleared_on", clearance.clearedOn);
    io("conditions", clearance.conditions);
    io("expires_on", clearance.expiresOn);
    io("covers", clearance.covers);
    io("letter_attachment_id", clearance.letterAttachmentId);
    io("recorded_at", clearance.recordedAt);
}

template <typename Io, typename Self>
void consentFields(Io& io, Self& consent)
{
    io("id", consent.id);
    io("kind", consent.kind);
    io("provider_id", consent.providerId);
    io("given_on", consent.givenOn);
    io("wording_version", consent.wordingVersion);
    io("revoked_on", consent.revokedOn);
    io("notes", consent.notes);
}

template <typename Io, typename Self>
void settingsFields(Io& io, Self& settings)
{
    io("practice_name", settings.practiceName);
    io("therapist_name", settings.therapistName);
    io("credentials", settings.credentials);
    io("licence_number", settings.licenceNumber);
    io("address", settings.address);
    io("phone", settings.phone);
    io("email", settings.email);
    io("logo_attachment_id", settings.logoAttachmentId);
    io("paper_size", settings.paperSize);
    io("cfrt_cutoff", settings.cfrtCutoff);
    io("rom_meaningful_change", settings.romMeaningfulChange);
    io("signature_attachment_id", settings.signatureAttachmentId);
    io("backup_folder", settings.backup.folder);
    io("offsite_backup_folder", settings.backup.offsiteFolder);
    io("keep_daily_backups", settings.backup.keepDaily);
    io("keep_weekly_backups", settings.backup.keepWeekly);
    io("keep_monthly_backups", settings.backup.keepMonthly);
    io("backup_warning_days", settings.backup.warningDays);
    io("retention_rule", settings.retention.rule);
    io("retention_years", settings.retention.years);
    io("row_version", settings.rowVersion);
}

// The intake form's document: the client's and the intake's keys are un-prefixed ("family_name",
// "headache.days_per_month"), as the validators name them.
template <typename Io, typename Self>
void intakeRecordFields(Io& io, Self& record)
{
    io.object("client", "", [&record](auto& client) { clientFields(client, record.client); });
    io.object("intake", "", [&record](auto& intake) { intakeFields(intake, record.intake); });
    io.list("diagnoses", "diagnoses", record.diagnoses,
            [](auto& item, auto& diagnosis) { diagnosisFields(item, diagnosis); });
    io.list("care_team", "care_team", record.careTeam,
            [](auto& item, auto& member) { careTeamMemberFields(item, member); });
    io.object("screening", "screening.", [&record](auto& screening) {
        screening("issues", record.screeningIssues);
        screening("pregnancy_ends_on", record.pregnancyEndsOn);
        screening("notes", record.screeningNotes);
    });
}

} // namespace knotwork::clients
