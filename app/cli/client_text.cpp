#include "cli/client_text.h"

#include <string_view>
#include <fmt/format.h>

#include "clients/choices.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::clients;

namespace {

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

// Text of several lines on one row: an address ("12 Rue Saint-Denis, Montréal QC" with ", "),
// or sentences (with " ").
std::string oneLine(const std::string& text, std::string_view separator = ", ")
{
    std::string line;
    for (const char c : text)
        line += c == '\n' ? std::string(separator) : std::string(1, c);
    return line;
}

// Who gave it, when, until when and for what; its conditions and letter on rows of their own.
template <typename Add>
void addClearanceRows(const Clearance& clearance, ProviderStore& providers, const Add& add)
{
    const std::string by = providerName(providers, clearance.providerId, clearance.providerName);
    add(_("Clearance"), clearance.expiresOn
                            ? formatMessage(_("{} by {}, until {}; covers {}"), isoDate(clearance.clearedOn), by,
                                            isoDate(*clearance.expiresOn), labelList(clearance.covers))
                            : formatMessage(_("{} by {}, no expiry; covers {}"), isoDate(clearance.clearedOn), by,
                                            labelList(clearance.covers)));
    add(_("Clearance conditions"), clearance.conditions);
    if (clearance.letterAttachmentId)
        add(_("Clearance letter"), formatMessage(_("attachment {} (save it with: knotwork-cli client attachment {} --out FILE)"),
                                                 *clearance.letterAttachmentId, *clearance.letterAttachmentId));
}

template <typename Add>
void addConsentRows(const Consent& consent, ProviderStore& providers, const Add& add)
{
    add(_("Consent"), consent.kind == ConsentKind::ShareRecords
                          ? formatMessage(_("#{} to share records with {}, given {}"), consent.id,
                                          providerName(providers, consent.providerId, ""), isoDate(consent.givenOn))
                          : formatMessage(_("#{} to treatment (form version {}), given {}"), consent.id,
                                          consent.wordingVersion, isoDate(consent.givenOn)));
    if (consent.revokedOn)
        add(_("Consent revoked"), formatMessage(_("#{} on {}"), consent.id, isoDate(*consent.revokedOn)));
}

} // namespace

std::string statusLine(const SafetyAssessment& assessment)
{
    return statusLabel(assessment.status) + " — " + oneLine(statusExplanation(assessment), " ");
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
    add(_("Triggers"), labelList(h.triggers) + (h.otherTriggers.empty() ? "" : "; " + h.otherTriggers));
    add(_("Aggravating movements"), labelList(h.aggravatingMovements));
    add(_("Posture"), labelList(h.posture));
    add(_("Medications"), h.medications);
    if (h.medicationDaysPerMonth)
        add(_("Medication days per month"), numberText(h.medicationDaysPerMonth, ""));
    add(_("Health"), labelList(chart.intake.health.flags));
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
                                          screening.issues.empty() ? std::string(_("nothing found")) : labelList(screening.issues)));
    for (const Clearance& clearance : chart.clearances)
        addClearanceRows(clearance, providers, add);
    for (const Consent& consent : chart.consents)
        addConsentRows(consent, providers, add);
    if (client.archived)
        add(_("Archived"), formatMessage("{} {}", dateText(client.archivedOn), client.archiveReason));
    add(_("Notes"), client.notes);
    return rows;
}

} // namespace knotwork::cli
