#include "support/sample_note.h"

namespace knotwork::testing {

using namespace sessions;

SoapNote sampleNote(clients::ClientId client, const Date& visitDate)
{
    SoapNote note;
    note.clientId = client;
    note.visitDate = visitDate;
    note.visitTime = boost::posix_time::hours(10) + boost::posix_time::minutes(30);
    note.visitMinutes = 75;

    Subjective& s = note.subjective;
    s.diaryDays = 14;
    s.headacheDays = 4;
    s.averageIntensity = 4;
    s.worstIntensity = 7;
    s.usualDurationHours = 5.5;
    s.medicationDays = 2;
    s.triggers = {clients::HeadacheTrigger::ScreenWork, clients::HeadacheTrigger::Stress};
    s.responseToLastTreatment = TreatmentResponse::Better;
    s.reliefDays = 4;
    s.sleepHours = 6.5;
    s.hydration = Rating::Fair;
    s.caffeineServings = 3;
    s.stress = 6;
    for (const clients::SafetyIssue flag : clients::currentFlags())
        s.rescreen[flag] = false;
    s.goalToday = "Turn to the right when reversing the car";
    s.notes = "Deadline week; headaches after long afternoons at the screen.";

    Objective& o = note.objective;
    o.posture = {clients::PosturePattern::ForwardHead, clients::PosturePattern::RoundedShoulders};
    o.postureNotes = "Right shoulder elevated";
    o.rom[RomDirection::Flexion] = {45, 50};
    o.rom[RomDirection::Extension] = {60, 66};
    o.rom[RomDirection::RotationLeft] = {62, 70};
    o.rom[RomDirection::RotationRight] = {55, 66};
    o.rom[RomDirection::LateralFlexionLeft] = {35, 40};
    o.rom[RomDirection::LateralFlexionRight] = {30, 38};
    o.cfrtLeft = 38;
    o.cfrtRight = 26;
    o.palpation = {
        {{Muscle::Suboccipitals, BodySide::Right}, 3, true, TriggerPoint::Active, true},
        {{Muscle::Suboccipitals, BodySide::Left}, 2, true, TriggerPoint::None, false},
        {{Muscle::UpperTrapezius, BodySide::Right}, 2, true, TriggerPoint::Active, true},
        {{Muscle::Sternocleidomastoid, BodySide::Right}, 1, false, TriggerPoint::Latent, false},
    };
    o.notes = "Headache reproduced by pressure on right suboccipitals.";

    note.assessment.painBefore = 5;
    note.assessment.painAfter = 2;
    note.assessment.tolerance = Rating::Good;
    note.assessment.notes = "Good immediate response; right rotation still limited.";

    Plan& p = note.plan;
    p.techniques = {Technique::SuboccipitalRelease, Technique::TriggerPointPressure,
                    Technique::MyofascialRelease};
    p.regions = {TreatedRegion::BackOfNeck, TreatedRegion::Shoulders};
    p.musclesTreated = {Muscle::Suboccipitals, Muscle::UpperTrapezius, Muscle::Sternocleidomastoid};
    p.pressure = clients::PressurePreference::Moderate;
    p.durationMinutes = 60;
    p.homeCare = {HomeCare::SuboccipitalBallRelease, HomeCare::Hydration};
    p.homeCareNotes = "Ball release twice a day, 30 s of gentle nodding";
    p.nextVisitInWeeks = 1;
    p.notes = "Continue weekly; reassess CFRT next visit.";
    return note;
}

} // namespace knotwork::testing
