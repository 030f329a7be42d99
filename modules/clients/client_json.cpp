#include "clients/client_json.h"

#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

#include "clients/client_choices.h"
#include "clients/client_json_fields.h"
#include "common/json_field_io.h"
#include "common/stored_json.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::clients {

using nlohmann::json;
using namespace json_io;

KNOTWORK_JSON_FIELDS(Client, clientFields, "")
KNOTWORK_JSON_FIELDS(Provider, providerFields, "")
KNOTWORK_JSON_FIELDS(CareTeamMember, careTeamMemberFields, "")
KNOTWORK_JSON_FIELDS(Diagnosis, diagnosisFields, "")
KNOTWORK_JSON_FIELDS(Intake, intakeFields, "")
KNOTWORK_JSON_FIELDS(Clearance, clearanceFields, "clearance.")
KNOTWORK_JSON_FIELDS(Consent, consentFields, "consent.")
KNOTWORK_JSON_FIELDS(PracticeSettings, settingsFields, "")

Intake storedIntake(std::string_view text)
{
    Intake intake;
    readStored(text, intake, [](auto& io, auto& v) { intakeFields(io, v); });
    return intake;
}

void to_json(json& out, const IntakeRecord& record)
{
    write(out, record, [](auto& io, auto& r) { intakeRecordFields(io, r); });
}

// A chart as `client show --json` prints it reads as its intake record: the chart's other parts
// are the therapist's records, written only.
void from_json(const json& in, IntakeRecord& record)
{
    read(in, record, [](auto& io, auto& r) {
        intakeRecordFields(io, r);
        io.ignore({"screenings", "withdrawals", "clearances", "consents"});
    });
}

void to_json(json& out, const Screening& screening)
{
    Writer io(out);
    io("id", screening.id);
    io("screened_at", screening.screenedAt);
    io("screened_by", screening.screenedBy);
    io("kind", screening.kind);
    io("issues", screening.issues);
    io("pregnancy_ends_on", screening.pregnancyEndsOn);
    io("notes", screening.notes);
}

void to_json(json& out, const FlagWithdrawal& withdrawal)
{
    Writer io(out);
    io("id", withdrawal.id);
    io("issue", withdrawal.issue);
    io("reason", withdrawal.reason);
    io("details", withdrawal.details);
    io("withdrawn_at", withdrawal.withdrawnAt);
    io("withdrawn_by", withdrawal.withdrawnBy);
}

void to_json(json& out, const ClearanceExtension& extension)
{
    Writer io(out);
    io("extended_to", extension.extendedTo);
    io("reason", extension.reason);
    io("recorded_at", extension.recordedAt);
    io("recorded_by", extension.recordedBy);
}

void to_json(json& out, const SafetyAssessment& assessment)
{
    Writer io(out);
    io("status", assessment.status);
    io("label", statusLabel(assessment.status));
    io("explanation", statusExplanation(assessment));
    io("blocks_treatment", assessment.blocksTreatment());
    io("open_issues", assessment.openIssues);
    io("cleared_issues", assessment.clearedIssues);
    io("advisories", assessment.advisories);
    io("cleared_until", assessment.clearedUntil);
    io("extendable_clearance_id", assessment.extendableClearanceId);
}

void to_json(json& out, const ClientListRow& row)
{
    Writer io(out);
    io("id", row.id);
    io("family_name", row.familyName);
    io("given_names", row.givenNames);
    io("preferred_name", row.preferredName);
    io("phone", row.phone);
    io("email", row.email);
    io("date_of_birth", row.dateOfBirth);
    io("archived", row.archived);
    io("safety_status", row.status);
    io("cleared_until", row.clearedUntil);
    io("last_visit", row.lastVisit);
}

void to_json(json& out, const ClientChart& chart)
{
    out = {{"client", chart.client},
           {"intake", chart.intake},
           {"diagnoses", chart.diagnoses},
           {"care_team", chart.careTeam},
           {"screenings", chart.screenings},
           {"withdrawals", chart.withdrawals},
           {"clearances", chart.clearances},
           {"consents", chart.consents}};
    // A clearance's extension is the therapist's, never part of a clearance read from input.
    for (std::size_t i = 0; i < chart.clearances.size(); ++i)
        if (chart.clearances[i].extension)
            out["clearances"][i]["extension"] = *chart.clearances[i].extension;
}

} // namespace knotwork::clients
