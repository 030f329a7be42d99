#include "clients/client_json.h"

#include <string>

#include "clients/choices.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::clients {

using nlohmann::json;

namespace {

// Reading knows where it is in the document, so an error names the key path the validators
// and forms use ("headache.days_per_month", "diagnoses[0].type").
class Reader {
public:
    Reader(const json& object, std::string prefix) : m_object(object), m_prefix(std::move(prefix))
    {
        if (!m_object.is_object())
            throw ValidationError(m_prefix.empty() ? "document" : m_prefix.substr(0, m_prefix.size() - 1), "type",
                                  formatMessage(_("{} must be a JSON object."), m_prefix.empty() ? "document" : m_prefix));
    }

    std::string path(const char* key) const { return m_prefix + key; }

    const json* find(const char* key) const
    {
        const auto found = m_object.find(key);
        return found == m_object.end() || found->is_null() ? nullptr : &*found;
    }

    void text(const char* key, std::string& into) const
    {
        if (const json* value = find(key))
            into = typed<std::string>(key, *value, value->is_string(), _("text"));
    }

    template <typename Number>
    void number(const char* key, std::optional<Number>& into) const
    {
        into.reset();
        if (const json* value = find(key)) {
            const bool ok = std::is_integral_v<Number> ? value->is_number_integer() : value->is_number();
            into = typed<Number>(key, *value, ok, std::is_integral_v<Number> ? _("a whole number") : _("a number"));
        }
    }

    template <typename Number>
    void number(const char* key, Number& into) const
    {
        std::optional<Number> value;
        number(key, value);
        if (value)
            into = *value;
    }

    void flag(const char* key, bool& into) const
    {
        if (const json* value = find(key))
            into = typed<bool>(key, *value, value->is_boolean(), _("true or false"));
    }

    void date(const char* key, std::optional<Date>& into) const
    {
        into.reset();
        if (const json* value = find(key))
            into = parseIsoDate(typed<std::string>(key, *value, value->is_string(), _("a date")), path(key));
    }

    void date(const char* key, Date& into) const
    {
        std::optional<Date> value;
        date(key, value);
        if (value)
            into = *value;
    }

    void timestamp(const char* key, Timestamp& into) const
    {
        if (const json* value = find(key))
            into = Timestamp::fromIso8601(typed<std::string>(key, *value, value->is_string(), _("a date and time")), path(key));
    }

    template <typename E>
    void choice(const char* key, E& into) const
    {
        if (const json* value = find(key))
            into = choiceOf<E>(path(key), *value);
    }

    template <typename E>
    void choice(const char* key, std::optional<E>& into) const
    {
        into.reset();
        if (const json* value = find(key))
            into = choiceOf<E>(path(key), *value);
    }

    template <typename E>
    void choices(const char* key, std::set<E>& into) const
    {
        into.clear();
        const json* value = find(key);
        if (!value)
            return;
        if (!value->is_array())
            throw wrongType(key, _("a list"));
        for (const json& item : *value)
            into.insert(choiceOf<E>(path(key), item));
    }

    // Each element of an array of objects, read with a Reader of its own ("diagnoses[2].").
    template <typename Each>
    void each(const char* key, const std::string& listPath, Each&& read) const
    {
        const json* value = find(key);
        if (!value)
            return;
        if (!value->is_array())
            throw wrongType(key, _("a list"));
        for (std::size_t i = 0; i < value->size(); ++i)
            read(Reader((*value)[i], listPath + "[" + std::to_string(i) + "]."));
    }

    Reader object(const char* key, const std::string& prefix) const
    {
        static const json empty = json::object();
        const json* value = find(key);
        return Reader(value ? *value : empty, prefix);
    }

private:
    template <typename T>
    T typed(const char* key, const json& value, bool ok, const char* expected) const
    {
        if (!ok)
            throw wrongType(key, expected);
        return value.get<T>();
    }

    ValidationError wrongType(const char* key, const char* expected) const
    {
        return ValidationError(path(key), "type", formatMessage(_("{} must be {}."), path(key), expected));
    }

    template <typename E>
    static E choiceOf(const std::string& path, const json& value)
    {
        if (value.is_string())
            if (const auto found = fromKey<E>(value.get<std::string>()))
                return *found;
        throw ValidationError(path, "choice",
                              formatMessage(_("{} must be one of: {}; not {}."), path, keyList<E>(), value.dump()));
    }

    const json& m_object;
    std::string m_prefix;
};

template <typename T>
json optionalValue(const std::optional<T>& value)
{
    return value ? json(*value) : json();
}

json optionalDate(const std::optional<Date>& date)
{
    return date ? json(isoDate(*date)) : json();
}

template <typename E>
json keys(const std::set<E>& values)
{
    json list = json::array();
    for (const E value : values)
        list.push_back(std::string(keyOf(value)));
    return list;
}

template <typename E>
json optionalKey(const std::optional<E>& value)
{
    return value ? json(std::string(keyOf(*value))) : json();
}

void readClient(const Reader& read, Client& client)
{
    read.number("id", client.id);
    read.text("family_name", client.familyName);
    read.text("given_names", client.givenNames);
    read.text("preferred_name", client.preferredName);
    read.text("pronouns", client.pronouns);
    read.date("date_of_birth", client.dateOfBirth);
    read.text("phone", client.phone);
    read.text("email", client.email);
    read.text("address", client.address);
    const Reader emergency = read.object("emergency_contact", "emergency_contact.");
    emergency.text("name", client.emergencyContact.name);
    emergency.text("relationship", client.emergencyContact.relationship);
    emergency.text("phone", client.emergencyContact.phone);
    read.text("occupation", client.occupation);
    read.number("screen_hours_per_day", client.screenHoursPerDay);
    read.text("notes", client.notes);
    read.flag("archived", client.archived);
    read.date("archived_on", client.archivedOn);
    read.text("archive_reason", client.archiveReason);
    read.number("row_version", client.rowVersion);
}

void readIntake(const Reader& read, Intake& intake)
{
    const Reader headache = read.object("headache", "headache.");
    HeadacheProfile& h = intake.headache;
    headache.text("onset", h.onset);
    headache.text("mechanism", h.mechanism);
    headache.date("mechanism_date", h.mechanismDate);
    headache.text("imaging_findings", h.imagingFindings);
    headache.number("days_per_month", h.headacheDaysPerMonth);
    headache.number("usual_intensity", h.usualIntensity);
    headache.number("usual_duration_hours", h.usualDurationHours);
    headache.choices("triggers", h.triggers);
    headache.text("other_triggers", h.otherTriggers);
    headache.choices("aggravating_movements", h.aggravatingMovements);
    headache.choices("posture", h.posture);
    headache.text("medications", h.medications);
    headache.number("medication_days_per_month", h.medicationDaysPerMonth);
    const Reader health = read.object("health", "health.");
    health.text("conditions", intake.health.conditions);
    health.text("allergies", intake.health.allergies);
    health.choices("flags", intake.health.flags);
    health.text("surgery_details", intake.health.surgeryDetails);
    const Reader lifestyle = read.object("lifestyle", "lifestyle.");
    Lifestyle& l = intake.lifestyle;
    lifestyle.number("sleep_hours", l.sleepHours);
    lifestyle.number("water_litres_per_day", l.waterLitresPerDay);
    lifestyle.number("caffeine_servings_per_day", l.caffeineServingsPerDay);
    lifestyle.number("activity_minutes_per_week", l.activityMinutesPerWeek);
    lifestyle.number("stress", l.stress);
    read.choice("preferred_pressure", intake.preferredPressure);
    read.text("goals", intake.goals);
}

void readDiagnosis(const Reader& read, Diagnosis& diagnosis)
{
    read.choice("type", diagnosis.type);
    read.number("provider_id", diagnosis.providerId);
    read.text("diagnosed_by", diagnosis.diagnosedBy);
    read.date("diagnosed_on", diagnosis.diagnosedOn);
    read.text("notes", diagnosis.notes);
}

void readCareTeamMember(const Reader& read, CareTeamMember& member)
{
    read.number("provider_id", member.providerId);
    read.choice("relation", member.relation);
    read.date("since", member.since);
    read.text("referral_reason", member.referralReason);
}

} // namespace

void to_json(json& out, const Client& client)
{
    out = {{"id", client.id},
           {"family_name", client.familyName},
           {"given_names", client.givenNames},
           {"preferred_name", client.preferredName},
           {"pronouns", client.pronouns},
           {"date_of_birth", optionalDate(client.dateOfBirth)},
           {"phone", client.phone},
           {"email", client.email},
           {"address", client.address},
           {"emergency_contact", {{"name", client.emergencyContact.name},
                                  {"relationship", client.emergencyContact.relationship},
                                  {"phone", client.emergencyContact.phone}}},
           {"occupation", client.occupation},
           {"screen_hours_per_day", optionalValue(client.screenHoursPerDay)},
           {"notes", client.notes},
           {"archived", client.archived},
           {"archived_on", optionalDate(client.archivedOn)},
           {"archive_reason", client.archiveReason},
           {"row_version", client.rowVersion}};
}

void from_json(const json& in, Client& client)
{
    readClient(Reader(in, ""), client);
}

void to_json(json& out, const Provider& provider)
{
    out = {{"id", provider.id},       {"name", provider.name},
           {"role", std::string(keyOf(provider.role))},
           {"clinic", provider.clinic}, {"phone", provider.phone},
           {"email", provider.email}, {"fax", provider.fax},
           {"address", provider.address}, {"notes", provider.notes},
           {"row_version", provider.rowVersion}};
}

void from_json(const json& in, Provider& provider)
{
    const Reader read(in, "");
    read.number("id", provider.id);
    read.text("name", provider.name);
    read.choice("role", provider.role);
    read.text("clinic", provider.clinic);
    read.text("phone", provider.phone);
    read.text("email", provider.email);
    read.text("fax", provider.fax);
    read.text("address", provider.address);
    read.text("notes", provider.notes);
    read.number("row_version", provider.rowVersion);
}

void to_json(json& out, const CareTeamMember& member)
{
    out = {{"provider_id", member.providerId},
           {"relation", std::string(keyOf(member.relation))},
           {"since", optionalDate(member.since)},
           {"referral_reason", member.referralReason}};
}

void from_json(const json& in, CareTeamMember& member)
{
    readCareTeamMember(Reader(in, ""), member);
}

void to_json(json& out, const Diagnosis& diagnosis)
{
    out = {{"type", std::string(keyOf(diagnosis.type))},
           {"provider_id", optionalValue(diagnosis.providerId)},
           {"diagnosed_by", diagnosis.diagnosedBy},
           {"diagnosed_on", optionalDate(diagnosis.diagnosedOn)},
           {"notes", diagnosis.notes}};
}

void from_json(const json& in, Diagnosis& diagnosis)
{
    readDiagnosis(Reader(in, ""), diagnosis);
}

void to_json(json& out, const Intake& intake)
{
    const HeadacheProfile& h = intake.headache;
    const Lifestyle& l = intake.lifestyle;
    out = {{"headache", {{"onset", h.onset},
                         {"mechanism", h.mechanism},
                         {"mechanism_date", optionalDate(h.mechanismDate)},
                         {"imaging_findings", h.imagingFindings},
                         {"days_per_month", optionalValue(h.headacheDaysPerMonth)},
                         {"usual_intensity", optionalValue(h.usualIntensity)},
                         {"usual_duration_hours", optionalValue(h.usualDurationHours)},
                         {"triggers", keys(h.triggers)},
                         {"other_triggers", h.otherTriggers},
                         {"aggravating_movements", keys(h.aggravatingMovements)},
                         {"posture", keys(h.posture)},
                         {"medications", h.medications},
                         {"medication_days_per_month", optionalValue(h.medicationDaysPerMonth)}}},
           {"health", {{"conditions", intake.health.conditions},
                       {"allergies", intake.health.allergies},
                       {"flags", keys(intake.health.flags)},
                       {"surgery_details", intake.health.surgeryDetails}}},
           {"lifestyle", {{"sleep_hours", optionalValue(l.sleepHours)},
                          {"water_litres_per_day", optionalValue(l.waterLitresPerDay)},
                          {"caffeine_servings_per_day", optionalValue(l.caffeineServingsPerDay)},
                          {"activity_minutes_per_week", optionalValue(l.activityMinutesPerWeek)},
                          {"stress", optionalValue(l.stress)}}},
           {"preferred_pressure", optionalKey(intake.preferredPressure)},
           {"goals", intake.goals}};
}

void from_json(const json& in, Intake& intake)
{
    readIntake(Reader(in, ""), intake);
}

void to_json(json& out, const Screening& screening)
{
    out = {{"id", screening.id},
           {"screened_at", screening.screenedAt.iso8601()},
           {"screened_by", screening.screenedBy},
           {"issues", keys(screening.issues)},
           {"notes", screening.notes}};
}

void to_json(json& out, const Clearance& clearance)
{
    out = {{"id", clearance.id},
           {"provider_id", optionalValue(clearance.providerId)},
           {"provider_name", clearance.providerName},
           {"cleared_on", clearance.clearedOn.is_special() ? json() : json(isoDate(clearance.clearedOn))},
           {"conditions", clearance.conditions},
           {"expires_on", optionalDate(clearance.expiresOn)},
           {"covers", keys(clearance.covers)},
           {"letter_attachment_id", optionalValue(clearance.letterAttachmentId)},
           {"recorded_at", clearance.recordedAt.iso8601()}};
}

void from_json(const json& in, Clearance& clearance)
{
    const Reader read(in, "clearance.");
    read.number("provider_id", clearance.providerId);
    read.text("provider_name", clearance.providerName);
    read.date("cleared_on", clearance.clearedOn);
    read.text("conditions", clearance.conditions);
    read.date("expires_on", clearance.expiresOn);
}

void to_json(json& out, const Consent& consent)
{
    out = {{"id", consent.id},
           {"kind", std::string(keyOf(consent.kind))},
           {"provider_id", optionalValue(consent.providerId)},
           {"given_on", consent.givenOn.is_special() ? json() : json(isoDate(consent.givenOn))},
           {"wording_version", consent.wordingVersion},
           {"revoked_on", optionalDate(consent.revokedOn)},
           {"notes", consent.notes}};
}

void from_json(const json& in, Consent& consent)
{
    const Reader read(in, "consent.");
    read.choice("kind", consent.kind);
    read.number("provider_id", consent.providerId);
    read.date("given_on", consent.givenOn);
    read.text("wording_version", consent.wordingVersion);
    read.text("notes", consent.notes);
}

void to_json(json& out, const PracticeSettings& settings)
{
    out = {{"practice_name", settings.practiceName},
           {"therapist_name", settings.therapistName},
           {"credentials", settings.credentials},
           {"licence_number", settings.licenceNumber},
           {"address", settings.address},
           {"phone", settings.phone},
           {"email", settings.email},
           {"logo_attachment_id", optionalValue(settings.logoAttachmentId)},
           {"paper_size", std::string(keyOf(settings.paperSize))},
           {"row_version", settings.rowVersion}};
}

void from_json(const json& in, PracticeSettings& settings)
{
    const Reader read(in, "");
    read.text("practice_name", settings.practiceName);
    read.text("therapist_name", settings.therapistName);
    read.text("credentials", settings.credentials);
    read.text("licence_number", settings.licenceNumber);
    read.text("address", settings.address);
    read.text("phone", settings.phone);
    read.text("email", settings.email);
    read.number("logo_attachment_id", settings.logoAttachmentId);
    read.choice("paper_size", settings.paperSize);
    read.number("row_version", settings.rowVersion);
}

void to_json(json& out, const IntakeRecord& record)
{
    out = {{"client", record.client},
           {"intake", record.intake},
           {"diagnoses", record.diagnoses},
           {"care_team", record.careTeam},
           {"screening", {{"issues", keys(record.screeningIssues)}, {"notes", record.screeningNotes}}}};
}

void from_json(const json& in, IntakeRecord& record)
{
    // Field keys match the validators': the client's and the intake's keys without a prefix.
    const Reader read(in, "");
    readClient(read.object("client", ""), record.client);
    readIntake(read.object("intake", ""), record.intake);
    record.diagnoses.clear();
    read.each("diagnoses", "diagnoses", [&](const Reader& item) { readDiagnosis(item, record.diagnoses.emplace_back()); });
    record.careTeam.clear();
    read.each("care_team", "care_team", [&](const Reader& item) { readCareTeamMember(item, record.careTeam.emplace_back()); });
    const Reader screening = read.object("screening", "screening.");
    screening.choices("issues", record.screeningIssues);
    screening.text("notes", record.screeningNotes);
}

void to_json(json& out, const SafetyAssessment& assessment)
{
    out = {{"status", std::string(keyOf(assessment.status))},
           {"label", statusLabel(assessment.status)},
           {"explanation", statusExplanation(assessment)},
           {"blocks_treatment", assessment.blocksTreatment()},
           {"open_issues", keys(assessment.openIssues)},
           {"cleared_issues", keys(assessment.clearedIssues)},
           {"advisories", keys(assessment.advisories)},
           {"cleared_until", optionalDate(assessment.clearedUntil)}};
}

void to_json(json& out, const ClientListRow& row)
{
    out = {{"id", row.id},
           {"family_name", row.familyName},
           {"given_names", row.givenNames},
           {"preferred_name", row.preferredName},
           {"phone", row.phone},
           {"email", row.email},
           {"date_of_birth", optionalDate(row.dateOfBirth)},
           {"archived", row.archived},
           {"safety_status", std::string(keyOf(row.status))},
           {"cleared_until", optionalDate(row.clearedUntil)},
           {"last_visit", optionalDate(row.lastVisit)}};
}

void to_json(json& out, const ClientChart& chart)
{
    out = {{"client", chart.client},
           {"intake", chart.intake},
           {"diagnoses", chart.diagnoses},
           {"care_team", chart.careTeam},
           {"screenings", chart.screenings},
           {"clearances", chart.clearances},
           {"consents", chart.consents}};
}

} // namespace knotwork::clients
