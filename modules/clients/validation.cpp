#include "clients/validation.h"

#include <regex>
#include <string>

#include "common/i18n.h"

namespace knotwork::clients {

namespace {

constexpr std::size_t kNameLength = 200;
constexpr std::size_t kShortText = 200;
constexpr std::size_t kLongText = 20000;
constexpr std::size_t kLogoBytes = 5 * 1024 * 1024;
constexpr std::size_t kLetterBytes = 25 * 1024 * 1024;

std::string indexed(const char* list, std::size_t index, const char* field)
{
    return std::string(list) + "[" + std::to_string(index) + "]." + field;
}

void validateIdentity(const Client& client, const Date& today, Validator& v)
{
    v.required(client.familyName, "family_name", _("Family name"));
    v.singleLine(client.familyName, kNameLength, "family_name", _("Family name"));
    v.required(client.givenNames, "given_names", _("Given names"));
    v.singleLine(client.givenNames, kNameLength, "given_names", _("Given names"));
    v.singleLine(client.preferredName, kNameLength, "preferred_name", _("Preferred name"));
    v.singleLine(client.pronouns, 50, "pronouns", _("Pronouns"));
    v.notAfter(client.dateOfBirth, today, "date_of_birth", _("Date of birth"));
    v.phone(client.phone, "phone", _("Phone"));
    v.email(client.email, "email", _("Email"));
    v.multiLine(client.address, 1000, "address", _("Address"));
    v.singleLine(client.emergencyContact.name, kNameLength, "emergency_contact.name", _("Emergency contact's name"));
    v.singleLine(client.emergencyContact.relationship, kShortText, "emergency_contact.relationship",
                 _("Emergency contact's relationship"));
    v.phone(client.emergencyContact.phone, "emergency_contact.phone", _("Emergency contact's phone"));
    v.singleLine(client.occupation, kShortText, "occupation", _("Occupation"));
    v.inRange(client.screenHoursPerDay, 0.0, 24.0, "screen_hours_per_day", _("Desk or screen hours per day"));
    v.multiLine(client.notes, kLongText, "notes", _("Notes"));
}

void validateHeadache(const HeadacheProfile& headache, const Date& today, Validator& v)
{
    v.multiLine(headache.onset, kLongText, "headache.onset", _("Onset"));
    v.multiLine(headache.mechanism, kLongText, "headache.mechanism", _("Mechanism"));
    v.notAfter(headache.mechanismDate, today, "headache.mechanism_date", _("Date of the injury or event"));
    v.multiLine(headache.imagingFindings, kLongText, "headache.imaging_findings", _("Imaging findings"));
    v.inRange(headache.headacheDaysPerMonth, 0, 31, "headache.days_per_month", _("Headache days per month"));
    v.inRange(headache.usualIntensity, 0, 10, "headache.usual_intensity", _("Usual intensity"));
    v.inRange(headache.usualDurationHours, 0.0, 168.0, "headache.usual_duration_hours", _("Usual duration in hours"));
    v.multiLine(headache.otherTriggers, kLongText, "headache.other_triggers", _("Other triggers"));
    v.multiLine(headache.medications, kLongText, "headache.medications", _("Medications"));
    v.inRange(headache.medicationDaysPerMonth, 0, 31, "headache.medication_days_per_month", _("Medication days per month"));
}

void validateHealthAndLifestyle(const Intake& intake, Validator& v)
{
    v.multiLine(intake.health.conditions, kLongText, "health.conditions", _("Conditions"));
    v.multiLine(intake.health.allergies, kLongText, "health.allergies", _("Allergies"));
    v.multiLine(intake.health.surgeryDetails, kLongText, "health.surgery_details", _("Surgery details"));
    const Lifestyle& life = intake.lifestyle;
    v.inRange(life.sleepHours, 0.0, 24.0, "lifestyle.sleep_hours", _("Sleep hours per night"));
    v.inRange(life.waterLitresPerDay, 0.0, 15.0, "lifestyle.water_litres_per_day", _("Water per day"));
    v.inRange(life.caffeineServingsPerDay, 0, 30, "lifestyle.caffeine_servings_per_day", _("Caffeine servings per day"));
    v.inRange(life.activityMinutesPerWeek, 0, 5000, "lifestyle.activity_minutes_per_week", _("Activity minutes per week"));
    v.inRange(life.stress, 0, 10, "lifestyle.stress", _("Stress"));
    v.multiLine(intake.goals, kLongText, "goals", _("Goals"));
}

// "G44.209", "G44.86", "R51": a letter, two digits, and up to four letters or digits after a point.
bool looksLikeIcd10(const std::string& code)
{
    static const std::regex pattern(R"(^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$)");
    return std::regex_match(code, pattern);
}

void validateDiagnoses(const std::vector<Diagnosis>& diagnoses, const Date& today, Validator& v)
{
    for (std::size_t i = 0; i < diagnoses.size(); ++i) {
        const Diagnosis& diagnosis = diagnoses[i];
        if (!diagnosis.providerId && diagnosis.diagnosedBy.empty())
            v.add(indexed("diagnoses", i, "provider_id"), "required",
                  _("A diagnosis on file needs the provider who made it: choose one or type their name."));
        v.notAfter(diagnosis.diagnosedOn, today, indexed("diagnoses", i, "diagnosed_on"), _("Date of diagnosis"));
        v.singleLine(diagnosis.diagnosedBy, kNameLength, indexed("diagnoses", i, "diagnosed_by"), _("Diagnosed by"));
        v.multiLine(diagnosis.notes, kLongText, indexed("diagnoses", i, "notes"), _("Diagnosis notes"));
        if (!diagnosis.icd10Code.empty() && !looksLikeIcd10(diagnosis.icd10Code))
            v.add(indexed("diagnoses", i, "icd10_code"), "icd10",
                  _("Copy the ICD-10 code as the provider wrote it: a letter, two digits, then up to four more "
                    "after a point, like G44.209."));
    }
}

void validateCareTeam(const std::vector<CareTeamMember>& team, const Date& today, Validator& v)
{
    for (std::size_t i = 0; i < team.size(); ++i) {
        if (team[i].providerId <= 0)
            v.add(indexed("care_team", i, "provider_id"), "required", _("Choose the provider for each care-team row."));
        for (std::size_t j = 0; j < i; ++j)
            if (team[j].providerId == team[i].providerId && team[j].relation == team[i].relation)
                v.add(indexed("care_team", i, "provider_id"), "duplicate",
                      _("This provider is already on the care team in the same role."));
        v.notAfter(team[i].since, today, indexed("care_team", i, "since"), _("On the care team since"));
        v.multiLine(team[i].referralReason, kLongText, indexed("care_team", i, "referral_reason"),
                    _("Reason for the referral"));
    }
}

} // namespace

void validateIntake(const IntakeRecord& record, const Date& today, Validator& validator)
{
    validateIdentity(record.client, today, validator);
    validateHeadache(record.intake.headache, today, validator);
    validateHealthAndLifestyle(record.intake, validator);
    validateDiagnoses(record.diagnoses, today, validator);
    validateCareTeam(record.careTeam, today, validator);
    validateScreeningNotes(record.screeningNotes, validator);
    const bool pregnancyFlag = record.screeningIssues.contains(SafetyIssue::PregnancyOrPostpartum);
    if (pregnancyFlag && !record.pregnancyEndsOn)
        validator.add("screening.pregnancy_ends_on", "required",
                      _("Pregnant or recently gave birth: enter the day the pregnancy and postpartum "
                        "period ends, so the flag's end is on record."));
    if (!pregnancyFlag && record.pregnancyEndsOn)
        validator.add("screening.pregnancy_ends_on", "without-flag",
                      _("The end of the pregnancy and postpartum period goes with the pregnancy "
                        "flag: tick it, or clear the date."));
    validator.plausibleDate(record.pregnancyEndsOn, latestPlannedDate(today), "screening.pregnancy_ends_on",
                            _("End of the pregnancy and postpartum period"));
}

void validateScreeningNotes(const std::string& notes, Validator& validator)
{
    validator.multiLine(notes, kLongText, "screening.notes", _("Screening notes"));
}

void validateWithdrawal(const FlagWithdrawal& withdrawal, Validator& validator)
{
    validator.required(withdrawal.details, "withdrawal.details", _("Details of the withdrawal"));
    validator.multiLine(withdrawal.details, kLongText, "withdrawal.details", _("Details of the withdrawal"));
    if (withdrawal.reason == WithdrawalReason::PregnancyPeriodOver
        && withdrawal.issue != SafetyIssue::PregnancyOrPostpartum)
        validator.add("withdrawal.reason", "pregnancy-only",
                      _("\"Pregnancy and postpartum period over\" withdraws only the pregnancy flag."));
}

void validateProvider(const Provider& provider, Validator& v)
{
    v.required(provider.name, "name", _("Provider's name"));
    v.singleLine(provider.name, kNameLength, "name", _("Provider's name"));
    v.singleLine(provider.clinic, kShortText, "clinic", _("Clinic"));
    v.phone(provider.phone, "phone", _("Phone"));
    v.email(provider.email, "email", _("Email"));
    v.phone(provider.fax, "fax", _("Fax"));
    v.multiLine(provider.address, 1000, "address", _("Address"));
    v.multiLine(provider.notes, kLongText, "notes", _("Notes"));
}

void validateClearance(const Clearance& clearance, const std::optional<Attachment>& letter,
                       const Date& today, Validator& v)
{
    if (!clearance.providerId && clearance.providerName.empty())
        v.add("clearance.provider_id", "required",
              _("Say which provider gave the clearance: choose one or type their name."));
    if (clearance.clearedOn.is_special())
        v.add("clearance.cleared_on", "required", _("Date of the clearance is required."));
    else
        v.notAfter(clearance.clearedOn, today, "clearance.cleared_on", _("Date of the clearance"));
    if (clearance.expiresOn && !clearance.clearedOn.is_special() && *clearance.expiresOn < clearance.clearedOn)
        v.add("clearance.expires_on", "after-start", _("The clearance cannot expire before the day it was given."));
    else
        v.plausibleDate(clearance.expiresOn, latestPlannedDate(today), "clearance.expires_on", _("Expiry of the clearance"));
    v.singleLine(clearance.providerName, kNameLength, "clearance.provider_name", _("Provider's name"));
    v.multiLine(clearance.conditions, kLongText, "clearance.conditions", _("Conditions"));
    if (letter) {
        if (letter->mediaType.empty())
            v.add("clearance.letter", "file-type", _("The letter must be a PDF, PNG or JPEG file."));
        if (letter->content.empty())
            v.add("clearance.letter", "empty", _("The letter file is empty."));
        if (letter->content.size() > kLetterBytes)
            v.add("clearance.letter", "size", _("The letter file is larger than 25 MB; scan it at a lower resolution."));
    }
}

void validateConsent(const Consent& consent, const Date& today, Validator& v)
{
    if (consent.givenOn.is_special())
        v.add("consent.given_on", "required", _("The date the consent was given is required."));
    else
        v.notAfter(consent.givenOn, today, "consent.given_on", _("Date the consent was given"));
    if (consent.kind == ConsentKind::ShareRecords && !consent.providerId)
        v.add("consent.provider_id", "required", _("Consent to share records names the provider it is for."));
    if (consent.kind == ConsentKind::Treatment && consent.wordingVersion.empty())
        v.add("consent.wording_version", "required",
              _("Say which version of the consent form was signed, so it can be found again."));
    if (consent.kind == ConsentKind::CancellationPolicy && consent.wordingVersion.empty())
        v.add("consent.wording_version", "required",
              _("Say which version of the cancellation policy the client accepted, so its words can be found again."));
    v.singleLine(consent.wordingVersion, 50, "consent.wording_version", _("Version of the consent form"));
    v.multiLine(consent.notes, kLongText, "consent.notes", _("Notes"));
}

namespace {

// A letterhead image (the logo, the signature): a PNG or JPEG of at most 5 MB, each rule's
// message whole for the translators.
void validateImage(const std::optional<Attachment>& image, const std::string& key, const char* notAnImage,
                   const char* tooLarge, Validator& v)
{
    if (!image)
        return;
    if (image->mediaType != "image/png" && image->mediaType != "image/jpeg")
        v.add(key, "file-type", notAnImage);
    if (image->content.size() > kLogoBytes)
        v.add(key, "size", tooLarge);
}

} // namespace

void validateSettings(const PracticeSettings& settings, const std::optional<Attachment>& logo,
                      const std::optional<Attachment>& signature, Validator& v)
{
    v.singleLine(settings.practiceName, kShortText, "practice_name", _("Practice name"));
    v.singleLine(settings.therapistName, kNameLength, "therapist_name", _("Therapist's name"));
    v.singleLine(settings.credentials, 100, "credentials", _("Credentials"));
    v.singleLine(settings.licenceNumber, 100, "licence_number", _("Licence number"));
    v.multiLine(settings.address, 1000, "address", _("Address"));
    v.phone(settings.phone, "phone", _("Phone"));
    v.email(settings.email, "email", _("Email"));
    if (!cfrtCutoffAllowed(settings.cfrtCutoff))
        v.add("cfrt_cutoff", "cfrt-cutoff",
              formatMessage(_("Flexion-rotation cut-off: choose {}\u00b0 or {}\u00b0 (Hall et al. 2010)."),
                            kCfrtDefaultCutoff, kCfrtOtherCutoff));
    v.inRange(settings.romMeaningfulChange, 5, 20, "rom_meaningful_change",
            _("Smallest meaningful range-of-motion change"));
    v.singleLine(settings.backup.folder.value_or(""), 4000, "backup_folder", _("Backup folder"));
    v.singleLine(settings.backup.offsiteFolder.value_or(""), 4000, "offsite_backup_folder",
                _("Second backup folder"));
    v.inRange(settings.backup.keepDaily, 1, 60, "keep_daily_backups", _("Daily backups kept"));
    v.inRange(settings.backup.keepWeekly, 0, 104, "keep_weekly_backups", _("Weekly backups kept"));
    v.inRange(settings.backup.keepMonthly, 0, 240, "keep_monthly_backups", _("Monthly backups kept"));
    v.inRange(settings.backup.warningDays, 1, 90, "backup_warning_days", _("Warn when the last backup is older than"));
    v.inRange(settings.retention.years, 1, 100, "retention_years", _("Years records are kept"));
    validateImage(logo, "logo", _("The logo must be a PNG or JPEG image."),
                  _("The logo is larger than 5 MB; use a smaller image."), v);
    validateImage(signature, "signature", _("The signature must be a PNG or JPEG image."),
                  _("The signature image is larger than 5 MB; use a smaller one."), v);
}

} // namespace knotwork::clients
