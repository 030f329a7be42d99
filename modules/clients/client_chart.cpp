#include "clients/client_chart.h"

namespace knotwork::clients {

IntakeRecord ClientChart::intakeRecord() const
{
    IntakeRecord record;
    record.client = client;
    record.intake = intake;
    record.diagnoses = diagnoses;
    record.careTeam = careTeam;
    if (const Screening* latest = latestScreening()) {
        record.screeningIssues = latest->issues;
        record.screeningNotes = latest->notes;
    }
    return record;
}

} // namespace knotwork::clients
