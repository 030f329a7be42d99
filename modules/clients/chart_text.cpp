#include "clients/chart_text.h"

#include <string_view>
#include <fmt/format.h>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/number_text.h"

namespace knotwork::clients {

namespace {

// Unset numbers print as nothing, and their row is left out.
template <typename T>
std::string optionalNumberText(const std::optional<T>& value, const char* unit)
{
    return value ? numberText(static_cast<double>(*value)) + unit : std::string();
}

// Text of several lines on one row: an address with ", ", sentences with " ".
std::string oneLine(const std::string& text, std::string_view separator = ", ")
{
    std::string line;
    for (const char c : text)
        line += c == '\n' ? std::string(separator) : std::string(1, c);
    return line;
}

class SectionWriter {
public:
    SectionWriter(std::vector<ChartSection>& sections, DateFormatter formatDate)
        : m_sections(sections), m_formatDate(formatDate)
    {
    }
    void section(std::string title) { m_sections.push_back({std::move(title), {}}); }
    void add(const std::string& label, const std::string& value)
    {
        if (!value.empty())
            m_sections.back().rows.emplace_back(label, value);
    }
    std::string date(const Date& day) const { return dateText(day, m_formatDate); }
    std::string date(const std::optional<Date>& day) const { return day ? date(*day) : std::string("—"); }

private:
    std::vector<ChartSection>& m_sections;
    DateFormatter m_formatDate;
};

void addIdentity(SectionWriter& out, const Client& client, const Date& today)
{
    out.section(_("Client"));
    out.add(_("Client"), formatMessage("{} ({})", fullName(client), client.id));
    out.add(_("Preferred name"), client.preferredName);
    out.add(_("Pronouns"), client.pronouns);
    if (client.dateOfBirth)
        out.add(_("Date of birth"), formatMessage(_("{} (age {})"), out.date(*client.dateOfBirth),
                                                  ageOn(client, today).value_or(0)));
    out.add(_("Phone"), client.phone);
    out.add(_("Email"), client.email);
    out.add(_("Address"), oneLine(client.address));
    if (!client.emergencyContact.name.empty())
        out.add(_("Emergency contact"), fmt::format("{} ({}) {}", client.emergencyContact.name,
                                                    client.emergencyContact.relationship, client.emergencyContact.phone));
    out.add(_("Occupation"), client.occupation);
    if (client.screenHoursPerDay)
        out.add(_("Screen hours per day"), optionalNumberText(client.screenHoursPerDay, ""));
}

void addCareTeam(SectionWriter& out, const ClientChart& chart, const SafetyAssessment& assessment,
                 const ProviderNamer& providerName)
{
    out.section(_("Safety, diagnosis and care team"));
    out.add(_("Safety"), statusLine(assessment));
    if (chart.diagnoses.empty())
        out.add(_("Diagnosis on file"), _("Not diagnosed — refer to a provider"));
    for (const Diagnosis& diagnosis : chart.diagnoses)
        out.add(_("Diagnosis on file"), formatMessage(_("{} — {}, {}"), labelOf(diagnosis.type),
                                                      providerName(diagnosis.providerId, diagnosis.diagnosedBy),
                                                      out.date(diagnosis.diagnosedOn)));
    for (const CareTeamMember& member : chart.careTeam)
        out.add(labelOf(member.relation), formatMessage("{} {}", providerName(member.providerId, ""),
                                                        member.referralReason.empty() ? "" : "— " + member.referralReason));
}

void addHistory(SectionWriter& out, const Intake& intake)
{
    out.section(_("Headache history"));
    const HeadacheProfile& h = intake.headache;
    out.add(_("Onset"), h.onset);
    out.add(_("Mechanism"), h.mechanism.empty() ? "" : h.mechanism + (h.mechanismDate ? ", " + out.date(*h.mechanismDate) : ""));
    out.add(_("Imaging"), h.imagingFindings);
    out.add(_("Headache days per month"), optionalNumberText(h.headacheDaysPerMonth, ""));
    out.add(_("Usual intensity"), optionalNumberText(h.usualIntensity, "/10"));
    out.add(_("Usual duration"), optionalNumberText(h.usualDurationHours, " h"));
    out.add(_("Triggers"), labelList(h.triggers) + (h.otherTriggers.empty() ? "" : "; " + h.otherTriggers));
    out.add(_("Aggravating movements"), labelList(h.aggravatingMovements));
    out.add(_("Posture"), labelList(h.posture));
    out.add(_("Medications"), h.medications);
    out.add(_("Acute medication kinds"), labelList(h.acuteMedications));
    if (h.medicationDaysPerMonth)
        out.add(_("Medication days per month"), optionalNumberText(h.medicationDaysPerMonth, ""));

    out.section(_("Health and lifestyle"));
    out.add(_("Health"), labelList(intake.health.flags));
    out.add(_("Conditions"), intake.health.conditions);
    out.add(_("Allergies"), intake.health.allergies);
    const Lifestyle& life = intake.lifestyle;
    if (life != Lifestyle{})
        out.add(_("Lifestyle"), formatMessage(_("sleep {}, water {}, caffeine {}, activity {}, stress {}"),
                                              optionalNumberText(life.sleepHours, " h"), optionalNumberText(life.waterLitresPerDay, " L"),
                                              optionalNumberText(life.caffeineServingsPerDay, ""),
                                              optionalNumberText(life.activityMinutesPerWeek, " min/week"),
                                              optionalNumberText(life.stress, "/10")));
    if (intake.preferredPressure)
        out.add(_("Preferred pressure"), labelOf(*intake.preferredPressure));
    out.add(_("Goals"), intake.goals);
}

std::string consentLine(const Consent& consent, const std::string& provider, const std::string& given)
{
    switch (consent.kind) {
        case ConsentKind::ShareRecords:
            return formatMessage(_("#{} to share records with {}, given {}"), consent.id, provider, given);
        case ConsentKind::CancellationPolicy:
            return formatMessage(_("#{} accepting the cancellation policy (version {}), given {}"), consent.id,
                                 consent.wordingVersion, given);
        case ConsentKind::Treatment: break;
    }
    return formatMessage(_("#{} to treatment (form version {}), given {}"), consent.id, consent.wordingVersion, given);
}

void addScreening(SectionWriter& out, const ClientChart& chart, const ProviderNamer& providerName)
{
    out.section(_("Screening, clearances and consents"));
    for (const Screening& screening : chart.screenings) {
        std::string found = screening.issues.empty() ? std::string(_("nothing found")) : labelList(screening.issues);
        if (screening.pregnancyEndsOn)
            found += formatMessage(_("; pregnancy and postpartum period until {}"), out.date(*screening.pregnancyEndsOn));
        out.add(labelOf(screening.kind), formatMessage("{} ({}): {}", out.date(screening.screenedAt.local().date()),
                                                       screening.screenedBy, found));
    }
    for (const FlagWithdrawal& withdrawal : chart.withdrawals)
        out.add(_("Flag withdrawn"), formatMessage(_("{} ({}): {} \u2014 {}: {}"), out.date(withdrawal.withdrawnAt.local().date()),
                                                   withdrawal.withdrawnBy, labelOf(withdrawal.issue),
                                                   labelOf(withdrawal.reason), withdrawal.details));
    for (const Clearance& clearance : chart.clearances) {
        const std::string by = providerName(clearance.providerId, clearance.providerName);
        out.add(_("Clearance"), clearance.expiresOn
                                    ? formatMessage(_("#{} {} by {}, until {}; covers {}"), clearance.id, out.date(clearance.clearedOn),
                                                    by, out.date(*clearance.expiresOn), labelList(clearance.covers))
                                    : formatMessage(_("#{} {} by {}, no expiry; covers {}"), clearance.id,
                                                    out.date(clearance.clearedOn), by, labelList(clearance.covers)));
        out.add(_("Clearance conditions"), clearance.conditions);
        if (clearance.letterAttachmentId)
            out.add(_("Clearance letter"), formatMessage(_("on file as attachment {}"), *clearance.letterAttachmentId));
        if (const auto& extension = clearance.extension)
            out.add(_("Clearance extended"), formatMessage(_("by the therapist ({}) on {}, until {}: {}"), extension->recordedBy,
                                                           out.date(extension->recordedAt.local().date()),
                                                           out.date(extension->extendedTo), extension->reason));
    }
    for (const Consent& consent : chart.consents) {
        out.add(_("Consent"), consentLine(consent, providerName(consent.providerId, ""), out.date(consent.givenOn)));
        if (consent.revokedOn)
            out.add(_("Consent revoked"), formatMessage(_("#{} on {}"), consent.id, out.date(*consent.revokedOn)));
    }
}

} // namespace

std::string statusLine(const SafetyAssessment& assessment)
{
    return statusLabel(assessment.status) + " — " + oneLine(statusExplanation(assessment), " ");
}

std::vector<ChartSection> describeChart(const ClientChart& chart, const SafetyAssessment& assessment,
                                        const ProviderNamer& providerName, const Date& today,
                                        DateFormatter formatDate)
{
    std::vector<ChartSection> sections;
    SectionWriter out(sections, formatDate);
    addIdentity(out, chart.client, today);
    addCareTeam(out, chart, assessment, providerName);
    addHistory(out, chart.intake);
    addScreening(out, chart, providerName);
    out.section(_("Record"));
    if (chart.client.archived)
        out.add(_("Archived"), formatMessage("{} {}", out.date(chart.client.archivedOn), chart.client.archiveReason));
    out.add(_("Notes"), chart.client.notes);
    std::erase_if(sections, [](const ChartSection& section) { return section.rows.empty(); });
    return sections;
}

} // namespace knotwork::clients
