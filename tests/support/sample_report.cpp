#include "support/sample_report.h"

#include <algorithm>

#include "plans/plan_reminders.h"
#include "support/sample_note.h"

namespace knotwork::testing {

using namespace knotwork::clients;
using namespace knotwork::plans;
using boost::gregorian::days;

namespace {

constexpr ClientId kClient = 7;
constexpr ProviderId kRecipient = 3;

OutcomeMeasure measure(MeasureKind kind, const Date& day, int step)
{
    OutcomeMeasure taken;
    taken.clientId = kClient;
    taken.kind = kind;
    taken.takenOn = day;
    if (kind == MeasureKind::Ndi)
        taken.answers.assign(kNdiSections, std::max(0, 3 - step / 3));
    else if (kind == MeasureKind::Hdi)
        taken.answers.assign(kHdiItems, step < 2 ? 4 : 2);
    else
        taken.activities = {{"Reading for an hour", std::min(10, 3 + step)},
                            {"Reversing the car", std::min(10, 2 + step)},
                            {"Sleeping through the night", std::min(10, 4 + step)}};
    return taken;
}

TreatmentPlan samplePlan(const Date& start)
{
    TreatmentPlan plan;
    plan.id = 1;
    plan.clientId = kClient;
    plan.focus = PlanFocus::Cervicogenic;
    plan.startDate = start;
    plan.reviewDate = start + days(84);
    plan.phases = {{1, std::nullopt, 6}, {2, std::nullopt, 6}, {4, 6, std::nullopt}};
    plan.currentPhase = 2;
    plan.phaseStartedOn = start + days(126);
    plan.techniques = {sessions::Technique::SuboccipitalRelease, sessions::Technique::TriggerPointPressure};
    plan.homeProgramme = {sessions::HomeCare::SuboccipitalBallRelease, sessions::HomeCare::Hydration};
    plan.homeProgrammeNotes = "Tennis ball at the skull base, gentle nods for 30 s; stop if the pain spreads.";
    plan.precautions = "No high-velocity neck manipulation (clearance condition).";
    Goal headacheDays{};
    headacheDays.id = 1;
    headacheDays.metric = GoalMetric::HeadacheDaysPerMonth;
    headacheDays.baseline = 17;
    headacheDays.target = 8;
    headacheDays.targetDate = start + days(84);
    Goal rotation{};
    rotation.id = 2;
    rotation.metric = GoalMetric::Rom;
    rotation.direction = sessions::RomDirection::RotationRight;
    rotation.baseline = 55;
    rotation.target = 70;
    rotation.phase = 1;
    Goal reading{};
    reading.id = 3;
    reading.metric = GoalMetric::PsfsActivity;
    reading.activity = "Reading for an hour";
    reading.baseline = 3;
    reading.target = 8;
    reading.phase = 2;
    plan.goals = {headacheDays, rotation, reading};
    return plan;
}

} // namespace

sharing::ReportHeader sampleReportHeader(const Date& written)
{
    sharing::ReportHeader header;
    header.practice.practiceName = "Knotwork Test Massage";
    header.practice.therapistName = "Maya Lindqvist";
    header.practice.credentials = "RMT";
    header.practice.licenceNumber = "M-4821";
    header.practice.address = "12 Rue Saint-Denis\nMontréal QC H2X 3K8";
    header.practice.phone = "+1 514 555 0100";
    header.practice.email = "maya@example.com";
    header.client.id = kClient;
    header.client.familyName = "Nguyễn-Łukasiewicz";
    header.client.givenNames = "Zoë Thị";
    header.client.dateOfBirth = Date(1988, 3, 12);
    Provider recipient;
    recipient.id = kRecipient;
    recipient.name = "Dr Amara Okafor, PT";
    recipient.role = ProviderRole::PhysicalTherapist;
    recipient.clinic = "Riverside Physiotherapy";
    recipient.address = "400 Boulevard René-Lévesque\nMontréal QC";
    recipient.fax = "+1 514 555 0199";
    header.recipient = recipient;
    header.providers.emplace(kRecipient, recipient);
    Consent consent;
    consent.kind = ConsentKind::ShareRecords;
    consent.providerId = kRecipient;
    consent.givenOn = Date(2024, 1, 8);
    header.consent = consent;
    header.written = written;
    return header;
}

sharing::ProgressReportData sampleProgressReport(int visits, const Date& firstVisit)
{
    sharing::ProgressReportData data;
    const Date lastVisit = firstVisit + days(9 * (visits - 1));
    data.header = sampleReportHeader(lastVisit + days(2));
    data.chart.client = data.header.client;
    data.chart.intake.headache.headacheDaysPerMonth = 17;  // the plan's baseline for headache days
    data.chart.diagnoses = {{HeadacheType::Cervicogenic, kRecipient, "", firstVisit - days(20), ""}};
    data.chart.careTeam = {{kRecipient, CareRelation::Referring, firstVisit - days(20),
                            "Cervicogenic headache after a rear-end collision; soft-tissue work to the upper neck"}};
    data.from = firstVisit;
    data.to = data.header.written;
    for (int visit = 0; visit < visits; ++visit) {
        sessions::SoapNote note = sampleNote(kClient, firstVisit + days(9 * visit));
        note.id = visit + 1;
        note.status = sessions::NoteStatus::Signed;
        note.signedBy = "Maya Lindqvist, RMT";
        const int step = std::min(visit, 10);
        note.subjective.headacheDays = std::max(1, 9 - step * 2 / 3);
        note.subjective.averageIntensity = std::max(2, 6 - step / 3);
        note.objective.rom[sessions::RomDirection::RotationRight] = {55 + step * 2, 60 + step * 2};
        data.progress.visits.push_back(sessions::findingsOf(note));
        data.notes.push_back(std::move(note));
        if (visit % 10 == 0)
            for (MeasureKind kind : {MeasureKind::Ndi, MeasureKind::Hdi, MeasureKind::Psfs})
                data.progress.measures.push_back(measure(kind, firstVisit + days(9 * visit), visit / 10));
    }
    PlanProgress plan;
    plan.plan = samplePlan(firstVisit);
    plan.goals = progressOf(plan.plan, data.progress, data.to);
    plan.visitsInPhase = visitsInPhase(plan.plan, data.progress);
    plan.reminders = remindersOf(plan.plan, plan.goals, plan.visitsInPhase, data.to);
    data.plan = plan;
    data.planHomeProgrammeNotes = plan.plan.homeProgrammeNotes;  // written for this client
    data.recommendations = "Continue every 4–6 weeks; the client manages flare-ups with the home programme.";
    data.questions = "Would you reassess upper cervical mobility before the next review?";
    return data;
}

} // namespace knotwork::testing
