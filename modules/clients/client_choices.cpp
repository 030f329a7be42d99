#include "clients/client_choices.h"

#include "common/choice_table.h"
#include "common/i18n.h"

namespace knotwork {

namespace {

using namespace knotwork::clients;

constexpr Choice<ProviderRole> kProviderRoles[] = {
    {ProviderRole::PhysicalTherapist, "physical_therapist", N_("Physical therapist")},
    {ProviderRole::Neurologist, "neurologist", N_("Neurologist")},
    {ProviderRole::Chiropractor, "chiropractor", N_("Chiropractor")},
    {ProviderRole::Physician, "physician", N_("Physician")},
    {ProviderRole::Dentist, "dentist", N_("Dentist")},
    {ProviderRole::Osteopath, "osteopath", N_("Osteopath")},
    {ProviderRole::Psychologist, "psychologist", N_("Psychologist")},
    {ProviderRole::Other, "other", N_("Other provider")},
};

constexpr Choice<CareRelation> kCareRelations[] = {
    {CareRelation::Referring, "referring", N_("Referring")},
    {CareRelation::CoTreating, "co_treating", N_("Co-treating")},
};

constexpr Choice<HeadacheType> kHeadacheTypes[] = {
    {HeadacheType::TensionType, "tension_type", N_("Tension-type headache")},
    {HeadacheType::Cervicogenic, "cervicogenic", N_("Cervicogenic headache")},
    {HeadacheType::Migraine, "migraine", N_("Migraine")},
    {HeadacheType::Cluster, "cluster", N_("Cluster headache")},
    {HeadacheType::PostTraumatic, "post_traumatic", N_("Post-traumatic headache")},
    {HeadacheType::Sinus, "sinus", N_("Sinus headache")},
    {HeadacheType::MedicationOveruse, "medication_overuse", N_("Medication-overuse headache")},
    {HeadacheType::Other, "other", N_("Other headache")},
};

constexpr Choice<HeadacheTrigger> kTriggers[] = {
    {HeadacheTrigger::SustainedPosture, "sustained_posture", N_("Holding one posture for long")},
    {HeadacheTrigger::ScreenWork, "screen_work", N_("Screen work")},
    {HeadacheTrigger::Stress, "stress", N_("Stress")},
    {HeadacheTrigger::PoorSleep, "poor_sleep", N_("Poor sleep")},
    {HeadacheTrigger::Dehydration, "dehydration", N_("Dehydration")},
    {HeadacheTrigger::CaffeineOrStimulants, "caffeine", N_("Caffeine or other stimulants")},
    {HeadacheTrigger::JawClenching, "jaw_clenching", N_("Jaw clenching")},
    {HeadacheTrigger::NeckMovements, "neck_movements", N_("Certain neck movements")},
};

constexpr Choice<NeckMovement> kNeckMovements[] = {
    {NeckMovement::TurnRight, "turn_right", N_("Turning the head right")},
    {NeckMovement::TurnLeft, "turn_left", N_("Turning the head left")},
    {NeckMovement::EarToRightShoulder, "ear_to_right_shoulder", N_("Ear to right shoulder")},
    {NeckMovement::EarToLeftShoulder, "ear_to_left_shoulder", N_("Ear to left shoulder")},
    {NeckMovement::LookUp, "look_up", N_("Looking up")},
    {NeckMovement::LookDown, "look_down", N_("Looking down")},
};

constexpr Choice<PosturePattern> kPosturePatterns[] = {
    {PosturePattern::ForwardHead, "forward_head", N_("Forward head")},
    {PosturePattern::RoundedShoulders, "rounded_shoulders", N_("Rounded shoulders")},
    {PosturePattern::ElevatedShoulder, "elevated_shoulder", N_("Elevated shoulder")},
};

constexpr Choice<AcuteMedication> kAcuteMedications[] = {
    {AcuteMedication::SimplePainkiller, "simple_painkiller", N_("Simple painkiller (paracetamol, ibuprofen, aspirin)")},
    {AcuteMedication::CombinationPainkiller, "combination_painkiller", N_("Combination painkiller (with caffeine or codeine)")},
    {AcuteMedication::Triptan, "triptan", N_("Triptan")},
    {AcuteMedication::Ergot, "ergot", N_("Ergotamine")},
    {AcuteMedication::Opioid, "opioid", N_("Opioid")},
};

constexpr Choice<HealthFlag> kHealthFlags[] = {
    {HealthFlag::Pregnancy, "pregnancy", N_("Pregnant")},
    {HealthFlag::Anticoagulants, "anticoagulants", N_("Takes anticoagulants (blood thinners)")},
    {HealthFlag::Osteoporosis, "osteoporosis", N_("Osteoporosis")},
    {HealthFlag::RecentSurgery, "recent_surgery", N_("Recent surgery")},
    {HealthFlag::OilOrLotionAllergy, "oil_or_lotion_allergy", N_("Allergic to oils or lotions")},
    {HealthFlag::Hypertension, "hypertension", N_("High blood pressure")},
};

constexpr Choice<PressurePreference> kPressures[] = {
    {PressurePreference::Light, "light", N_("Light")},
    {PressurePreference::Moderate, "moderate", N_("Moderate")},
    {PressurePreference::Firm, "firm", N_("Firm")},
};

constexpr Choice<SafetyIssue> kSafetyIssues[] = {
    {SafetyIssue::FeverOrSystemicIllness, "fever_or_systemic_illness", N_("Fever or feeling systemically unwell")},
    {SafetyIssue::CancerOrImmuneSuppression, "cancer_or_immune_suppression", N_("History of cancer or immune suppression")},
    {SafetyIssue::NeurologicalDeficit, "neurological_deficit", N_("Weakness, numbness, confusion or reduced alertness")},
    {SafetyIssue::SuddenSevereOnset, "sudden_severe_onset", N_("Sudden, severe onset (\"worst headache of my life\")")},
    {SafetyIssue::NewHeadacheAfterFifty, "new_after_fifty", N_("New headache after age 50")},
    {SafetyIssue::NewOrChangedPattern, "new_or_changed_pattern", N_("New headache or a changed pattern")},
    {SafetyIssue::Positional, "positional", N_("Worse lying down or on standing (positional)")},
    {SafetyIssue::CoughStrainOrExertion, "cough_strain_exertion", N_("Set off by coughing, sneezing, straining or exertion")},
    {SafetyIssue::VisionChanges, "vision_changes", N_("Vision changes")},
    {SafetyIssue::ProgressiveOrAtypical, "progressive_or_atypical", N_("Getting steadily worse or unusual")},
    {SafetyIssue::PregnancyOrPostpartum, "pregnancy_or_postpartum", N_("Pregnant or recently gave birth")},
    {SafetyIssue::PainfulEyeWithAutonomicSigns, "painful_eye_autonomic", N_("Painful eye with tearing or a runny nose")},
    {SafetyIssue::ArterySymptomsWithNeckPain, "artery_symptoms", N_("Dizziness, double vision or trouble speaking or swallowing with acute neck pain")},
    {SafetyIssue::PainkillerOveruse, "painkiller_overuse", N_("Painkillers on many days, or a new medication")},
    {SafetyIssue::ClusterHeadache, "cluster_headache", N_("Cluster headache")},
    {SafetyIssue::RecentHeadOrNeckTrauma, "recent_trauma", N_("Recent head or neck injury")},
};

constexpr Choice<ScreeningKind> kScreeningKinds[] = {
    {ScreeningKind::Intake, "intake", N_("Intake screening")},
    {ScreeningKind::Visit, "visit", N_("Visit re-screen")},
    {ScreeningKind::Diary, "diary", N_("Headache diary")},
};

constexpr Choice<WithdrawalReason> kWithdrawalReasons[] = {
    {WithdrawalReason::EnteredInError, "entered_in_error", N_("Entered in error")},
    {WithdrawalReason::ResolvedConfirmedByProvider, "resolved_confirmed_by_provider", N_("Resolved, confirmed by a provider")},
    {WithdrawalReason::PregnancyPeriodOver, "pregnancy_period_over", N_("Pregnancy and postpartum period over")},
};

constexpr Choice<SafetyStatus> kSafetyStatuses[] = {
    {SafetyStatus::Clear, "clear", N_("No safety concerns")},
    {SafetyStatus::ReferBeforeTreatment, "refer", N_("Refer before treatment")},
    {SafetyStatus::ClearanceRequired, "clearance_required", N_("Medical clearance required")},
    {SafetyStatus::Cleared, "cleared", N_("Cleared")},
};

constexpr Choice<ConsentKind> kConsentKinds[] = {
    {ConsentKind::Treatment, "treatment", N_("Informed consent to treatment")},
    {ConsentKind::ShareRecords, "share_records", N_("Consent to share records")},
    {ConsentKind::CancellationPolicy, "cancellation_policy", N_("Acceptance of the cancellation policy")},
};

constexpr Choice<PaperSize> kPaperSizes[] = {
    {PaperSize::A4, "a4", N_("A4")},
    {PaperSize::UsLetter, "us_letter", N_("US Letter")},
};

constexpr Choice<RetentionRule> kRetentionRules[] = {
    {RetentionRule::Ontario, "ontario", N_("Ontario: 10 years after the last visit or the 18th birthday")},
    {RetentionRule::YearsAfterLastVisit, "years_after_last_visit", N_("A number of years after the last visit")},
};

constexpr Choice<ClientFilter> kClientFilters[] = {
    {ClientFilter::Active, "active", N_("Active clients")},
    {ClientFilter::NeedsClearance, "needs_clearance", N_("Needs clearance")},
    {ClientFilter::Archived, "archived", N_("Archived")},
    {ClientFilter::All, "all", N_("All clients")},
};

constexpr Choice<ClientSort> kClientSorts[] = {
    {ClientSort::Name, "name", N_("Name")},
    {ClientSort::LastVisit, "last_visit", N_("Last visit")},
};

} // namespace

KNOTWORK_CHOICES(clients::ProviderRole, kProviderRoles)
KNOTWORK_CHOICES(clients::CareRelation, kCareRelations)
KNOTWORK_CHOICES(clients::HeadacheType, kHeadacheTypes)
KNOTWORK_CHOICES(clients::HeadacheTrigger, kTriggers)
KNOTWORK_CHOICES(clients::NeckMovement, kNeckMovements)
KNOTWORK_CHOICES(clients::PosturePattern, kPosturePatterns)
KNOTWORK_CHOICES(clients::AcuteMedication, kAcuteMedications)
KNOTWORK_CHOICES(clients::HealthFlag, kHealthFlags)
KNOTWORK_CHOICES(clients::PressurePreference, kPressures)
KNOTWORK_CHOICES(clients::SafetyIssue, kSafetyIssues)
KNOTWORK_CHOICES(clients::ScreeningKind, kScreeningKinds)
KNOTWORK_CHOICES(clients::WithdrawalReason, kWithdrawalReasons)
KNOTWORK_CHOICES(clients::SafetyStatus, kSafetyStatuses)
KNOTWORK_CHOICES(clients::ConsentKind, kConsentKinds)
KNOTWORK_CHOICES(clients::PaperSize, kPaperSizes)
KNOTWORK_CHOICES(clients::RetentionRule, kRetentionRules)
KNOTWORK_CHOICES(clients::ClientFilter, kClientFilters)
KNOTWORK_CHOICES(clients::ClientSort, kClientSorts)

} // namespace knotwork
