#include "sessions/session_choices.h"

#include "common/choice_table.h"

namespace knotwork {

namespace {

using namespace knotwork::sessions;

constexpr Choice<Muscle> kMuscles[] = {
    {Muscle::Suboccipitals, "suboccipitals", N_("Suboccipitals")},
    {Muscle::UpperTrapezius, "upper_trapezius", N_("Upper trapezius")},
    {Muscle::Sternocleidomastoid, "sternocleidomastoid", N_("Sternocleidomastoid")},
    {Muscle::LevatorScapulae, "levator_scapulae", N_("Levator scapulae")},
    {Muscle::SpleniusCapitis, "splenius_capitis", N_("Splenius capitis")},
    {Muscle::SpleniusCervicis, "splenius_cervicis", N_("Splenius cervicis")},
    {Muscle::SemispinalisCapitis, "semispinalis_capitis", N_("Semispinalis capitis")},
    {Muscle::Scalenes, "scalenes", N_("Scalenes")},
    {Muscle::Temporalis, "temporalis", N_("Temporalis")},
    {Muscle::Masseter, "masseter", N_("Masseter")},
    {Muscle::Pterygoids, "pterygoids", N_("Pterygoids")},
    {Muscle::Frontalis, "frontalis", N_("Frontalis")},
    {Muscle::Occipitalis, "occipitalis", N_("Occipitalis")},
    {Muscle::PectoralisMajor, "pectoralis_major", N_("Pectoralis major")},
    {Muscle::PectoralisMinor, "pectoralis_minor", N_("Pectoralis minor")},
    {Muscle::Rhomboids, "rhomboids", N_("Rhomboids")},
    {Muscle::MiddleTrapezius, "middle_trapezius", N_("Middle trapezius")},
};

constexpr Choice<BodySide> kSides[] = {
    {BodySide::Left, "left", N_("Left")},
    {BodySide::Right, "right", N_("Right")},
};

constexpr Choice<TreatedRegion> kTreatedRegions[] = {
    {TreatedRegion::Head, "head", N_("Head and scalp")},
    {TreatedRegion::Jaw, "jaw", N_("Jaw")},
    {TreatedRegion::FrontOfNeck, "front_of_neck", N_("Front of neck")},
    {TreatedRegion::BackOfNeck, "back_of_neck", N_("Back of neck")},
    {TreatedRegion::Shoulders, "shoulders", N_("Shoulders")},
    {TreatedRegion::ShoulderBlades, "shoulder_blades", N_("Shoulder blades")},
    {TreatedRegion::UpperBack, "upper_back", N_("Upper back")},
    {TreatedRegion::Chest, "chest", N_("Chest")},
    {TreatedRegion::Arms, "arms", N_("Arms")},
};

constexpr Choice<TreatmentResponse> kResponses[] = {
    {TreatmentResponse::Better, "better", N_("Better")},
    {TreatmentResponse::Same, "same", N_("The same")},
    {TreatmentResponse::Worse, "worse", N_("Worse")},
};

constexpr Choice<Rating> kRatings[] = {
    {Rating::Good, "good", N_("Good")},
    {Rating::Fair, "fair", N_("Fair")},
    {Rating::Poor, "poor", N_("Poor")},
};

constexpr Choice<TriggerPoint> kTriggerPoints[] = {
    {TriggerPoint::None, "none", N_("No trigger point")},
    {TriggerPoint::Latent, "latent", N_("Latent trigger point")},
    {TriggerPoint::Active, "active", N_("Active trigger point")},
};

constexpr Choice<RomDirection> kRomDirections[] = {
    {RomDirection::Flexion, "flexion", N_("Flexion")},
    {RomDirection::Extension, "extension", N_("Extension")},
    {RomDirection::RotationLeft, "rotation_left", N_("Rotation left")},
    {RomDirection::RotationRight, "rotation_right", N_("Rotation right")},
    {RomDirection::LateralFlexionLeft, "lateral_flexion_left", N_("Lateral flexion left")},
    {RomDirection::LateralFlexionRight, "lateral_flexion_right", N_("Lateral flexion right")},
};

constexpr Choice<Technique> kTechniques[] = {
    {Technique::Swedish, "swedish", N_("Swedish massage")},
    {Technique::MyofascialRelease, "myofascial_release", N_("Myofascial release")},
    {Technique::TriggerPointPressure, "trigger_point_pressure", N_("Trigger-point pressure")},
    {Technique::SuboccipitalRelease, "suboccipital_release", N_("Suboccipital release")},
    {Technique::MuscleEnergyTechnique, "muscle_energy", N_("Muscle energy technique")},
    {Technique::CrossFibreFriction, "cross_fibre_friction", N_("Cross-fibre friction")},
    {Technique::Stretching, "stretching", N_("Stretching")},
    {Technique::Heat, "heat", N_("Heat")},
};

constexpr Choice<HomeCare> kHomeCare[] = {
    {HomeCare::SuboccipitalBallRelease, "suboccipital_ball_release",
     N_("Suboccipital self-release with a ball")},
    {HomeCare::Stretches, "stretches", N_("Neck and shoulder stretches")},
    {HomeCare::Hydration, "hydration", N_("Hydration")},
    {HomeCare::Sleep, "sleep", N_("Sleep 7–9 hours")},
    {HomeCare::CaffeineModeration, "caffeine", N_("Moderate caffeine and stimulants")},
    {HomeCare::StressReduction, "stress_reduction", N_("Stress reduction")},
    {HomeCare::PhysicalActivity, "physical_activity", N_("Physical activity")},
};

constexpr Choice<NoteStatus> kNoteStatuses[] = {
    {NoteStatus::Draft, "draft", N_("Draft")},
    {NoteStatus::Signed, "signed", N_("Signed")},
};

constexpr Choice<NoteKind> kNoteKinds[] = {
    {NoteKind::Treatment, "treatment", N_("Treatment")},
    {NoteKind::Referral, "referral", N_("Referral visit (no treatment)")},
};

constexpr Choice<ReferralMethod> kReferralMethods[] = {
    {ReferralMethod::Letter, "letter", N_("Letter")},
    {ReferralMethod::Phone, "phone", N_("Phone call")},
    {ReferralMethod::Fax, "fax", N_("Fax")},
    {ReferralMethod::ToldClient, "told_client", N_("Told the client to see them")},
};

constexpr Choice<Adherence> kAdherence[] = {
    {Adherence::Daily, "daily", N_("Daily")},
    {Adherence::SomeDays, "some_days", N_("Some days")},
    {Adherence::NotAtAll, "not_at_all", N_("Not at all")},
};

constexpr Choice<RomInstrument> kRomInstruments[] = {
    {RomInstrument::Goniometer, "goniometer", N_("Goniometer")},
    {RomInstrument::Inclinometer, "inclinometer", N_("Inclinometer")},
    {RomInstrument::CromDevice, "crom_device", N_("CROM device")},
    {RomInstrument::VisualEstimate, "visual_estimate", N_("Visual estimate")},
};

} // namespace

KNOTWORK_CHOICES(Muscle, kMuscles)
KNOTWORK_CHOICES(BodySide, kSides)
KNOTWORK_CHOICES(TreatedRegion, kTreatedRegions)
KNOTWORK_CHOICES(TreatmentResponse, kResponses)
KNOTWORK_CHOICES(Rating, kRatings)
KNOTWORK_CHOICES(TriggerPoint, kTriggerPoints)
KNOTWORK_CHOICES(RomDirection, kRomDirections)
KNOTWORK_CHOICES(Technique, kTechniques)
KNOTWORK_CHOICES(HomeCare, kHomeCare)
KNOTWORK_CHOICES(NoteStatus, kNoteStatuses)
KNOTWORK_CHOICES(NoteKind, kNoteKinds)
KNOTWORK_CHOICES(ReferralMethod, kReferralMethods)
KNOTWORK_CHOICES(Adherence, kAdherence)
KNOTWORK_CHOICES(RomInstrument, kRomInstruments)

} // namespace knotwork
