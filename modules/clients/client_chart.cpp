#include "clients/client_chart.h"

namespace knotwork::clients {

IntakeRecord ClientChart::intakeRecord() const
{
    IntakeRecord record;
    record.client = client;
    record.intake = intake;
    record.diagnoses = diagnoses;
    record.careTeam = careTeam;
    if (const Screening* latest = latestScreening(ScreeningKind::Intake)) {
        record.screeningIssues = latest->issues;
        record.pregnancyEndsOn = latest->pregnancyEndsOn;
        record.screeningNotes = latest->notes;
    }
    return record;
}

const Screening* ClientChart::latestScreening(std::optional<ScreeningKind> kind) const
{
    for (auto screening = screenings.rbegin(); screening != screenings.rend(); ++screening)
        if (!kind || screening->kind == *kind)
            return &*screening;
    return nullptr;
}

} // namespace knotwork::clients
