#include "cli/client_text.h"

#include <fmt/format.h>

#include "clients/choices.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::clients;

namespace {

template <typename E>
std::string labels(const std::set<E>& values)
{
    std::string text;
    for (const E value : values)
        text += (text.empty() ? "" : ", ") + labelOf(value);
    return text;
}

std::string providerName(ProviderStore& providers, std::optional<ProviderId> id, const std::string& typed)
{
    if (!id)
        return typed;
    try {
        return providers.get(*id).name;
    } catch (const NotFoundError&) {
        return formatMessage(_("provider {} (no longer on file)"), *id);
    }
}

std::string dateText(const std::optional<Date>& date)
{
    return date ? isoDate(*date) : std::string("—");
}

// Unset numbers print as nothing, and their row is left out.
template <typename T>
std::string numberText(const std::optional<T>& value, const char* unit)
{
    return value ? fmt::format("{:g}{}", static_cast<double>(*value), unit) : std::string();
}

std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ',');
    return text;
}

} // namespace

std::string statusLine(const SafetyAssessment& assessment)
{
    return statusLabel(assessment.status) + " — " + oneLine(statusExplanation(assessment));
}

Rows chartRows(const ClientChart& chart, const SafetyAssessment& assessment, ProviderStore& providers,
               const Date& today)
{
    const Client& client = chart.client;
    Rows rows{{_("Client"), formatMessage("{} ({})", fullName(client), client.id)}};
    auto add = [&rows](const std::string& label, const std::string& value) {
        if (!value.empty())
            rows.emplace_back(label, value);
    };
    add(_("Pronouns"), client.pronouns);
    if (client.dateOfBirth)
        add(_("Date of birth"), formatMessage(_("{} (age {})"), isoDate(*client.dateOfBirth), ageOn(client, today).value_or(0)));
    add(_("Phone"), client.phone);
    add(_("Email"), client.email);
    add(_("Address"), oneLine(client.address));
    if (!client.emergencyContact.name.empty())
        add(_("Emergency contact"), fmt::format("{} ({}) {}", client.emergencyContact.name,
                                                client.emergencyContact.relationship, client.emergencyContact.phone));
    add(_("Occupation"), client.occupation);
    if (client.screenHoursPerDay)
        add(_("Screen hours per day"), numberText(client.screenHoursPerDay, ""));
    add(_("Safety"), statusLine(assessment));
    if (chart.diagnoses.empty())
        add(_("Diagnosis on file"), _("Not diagnosed — refer to a provider"));
    for (const Diagnosis& diagnosis : chart.diagnoses)
        add(_("Diagnosis on file"), formatMessage(_("{} — {}, {}"), labelOf(diagnosis.type),
                                                  providerName(providers, diagnosis.providerId, diagnosis.diagnosedBy),
                                                  dateText(diagnosis.diagnosedOn)));
    for (const CareTeamMember& member : chart.careTeam)
        add(labelOf(member.relation), formatMessage("{} {}", providerName(providers, member.providerId, ""),
                                                    member.referralReason.empty() ? "" : "— " + member.referralReason));
    const HeadacheProfile& h = chart.intake.headache;
    add(_("Onset"), h.onset);
    add(_("Mechanism"), h.mechanism.empty() ? "" : h.mechanism + (h.mechanismDate ? ", " + isoDate(*h.mechanismDate) : ""));
    add(_("Imaging"), h.imagingFindings);
    add(_("Headache days per month"), numberText(h.headacheDaysPerMonth, ""));
    add(_("Usual intensity"), numberText(h.usualIntensity, "/10"));
    add(_("Usual duration"), numberText(h.usualDurationHours, " h"));
    add(_("Triggers"), labels(h.triggers) + (h.otherTriggers.empty() ? "" : "; " + h.otherTriggers));
    add(_("Aggravating movements"), labels(h.aggravatingMovements));
    add(_("Posture"), labels(h.posture));
    add(_("Medications"), h.medications);
    if (h.medicationDaysPerMonth)
        add(_("Medication days per month"), numberText(h.medicationDaysPerMonth, ""));
    add(_("Health"), labels(chart.intake.health.flags));
    add(_("Conditions"), chart.intake.health.conditions);
    add(_("Allergies"), chart.intake.health.allergies);
    const Lifestyle& life = chart.intake.lifestyle;
    if (life != Lifestyle{})
        add(_("Lifestyle"), formatMessage(_("sleep {}, water {}, caffeine {}, activity {}, stress {}"),
                                      numberText(life.sleepHours, " h"), numberText(life.waterLitresPerDay, " L"),
                                      numberText(life.caffeineServingsPerDay, ""),
                                      numberText(life.activityMinutesPerWeek, " min/week"), numberText(life.stress, "/10")));
    if (chart.intake.preferredPressure)
        add(_("Preferred pressure"), labelOf(*chart.intake.preferredPressure));
    add(_("Goals"), chart.intake.goals);
    for (const Screening& screening : chart.screenings)
        add(_("Screening"), formatMessage("{} ({}): {}", screening.screenedAt.iso8601(), screening.screenedBy,
                                          screening.issues.empty() ? std::string(_("nothing found")) : labels(screening.issues)));
    for (const Clearance& clearance : chart.clearances)
        add(_("Clearance"), formatMessage(_("{} by {}, expires {}; covers {}{}{}"), isoDate(clearance.clearedOn),
                                          providerName(providers, clearance.providerId, clearance.providerName),
                                          dateText(clearance.expiresOn), labels(clearance.covers),
                                          clearance.conditions.empty() ? "" : "; " + clearance.conditions,
                                          clearance.letterAttachmentId ? formatMessage(_("; letter: attachment {}"), *clearance.letterAttachmentId) : ""));
    for (const Consent& consent : chart.consents)
        add(_("Consent"), formatMessage("#{} {} {} {}{}", consent.id, labelOf(consent.kind),
                                        consent.providerId ? providerName(providers, consent.providerId, "") : consent.wordingVersion,
                                        isoDate(consent.givenOn),
                                        consent.revokedOn ? formatMessage(_(", revoked {}"), isoDate(*consent.revokedOn)) : ""));
    if (client.archived)
        add(_("Archived"), formatMessage("{} {}", dateText(client.archivedOn), client.archiveReason));
    add(_("Notes"), client.notes);
    return rows;
}

} // namespace knotwork::cli
