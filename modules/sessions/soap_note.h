#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include "clients/client.h"
#include "clients/headache_profile.h"
#include "clients/intake.h"
#include "clients/provider.h"
#include "clients/screening.h"
#include "common/calendar_date.h"
#include "common/timestamp.h"
#include "sessions/body_regions.h"

namespace knotwork::sessions {

using NoteId = long long;
using clients::ClientId;

enum class TreatmentResponse { Better, Same, Worse };
enum class Rating { Good, Fair, Poor };  // sleep quality, hydration, tolerance to pressure
enum class TriggerPoint { None, Latent, Active };

enum class RomDirection {
    Flexion,
    Extension,
    RotationLeft,
    RotationRight,
    LateralFlexionLeft,
    LateralFlexionRight,
};

enum class Technique {
    Swedish,
    MyofascialRelease,
    TriggerPointPressure,
    SuboccipitalRelease,
    MuscleEnergyTechnique,
    CrossFibreFriction,
    Stretching,
    Heat,
};

// How a referral was made (DOMAIN.md, Safety screening).
enum class ReferralMethod { Letter, Phone, Fax, ToldClient };

// A treatment note records massage given; a referral visit records that none was: the re-screen,
// what was observed and the referral made. Only a referral visit can be signed while a red flag
// is open.
enum class NoteKind { Treatment, Referral };

// Home care from the seed article (DOMAIN.md).
enum class HomeCare {
    SuboccipitalBallRelease,
    Stretches,
    Hydration,
    Sleep,
    CaffeineModeration,
    StressReduction,
    PhysicalActivity,
};

// How the client kept a home-care item since the last visit (DOMAIN.md, adherence).
enum class Adherence { Daily, SomeDays, NotAtAll };

struct HomeCareAdherence {
    HomeCare item = HomeCare::SuboccipitalBallRelease;
    Adherence done = Adherence::Daily;

    friend bool operator==(const HomeCareAdherence&, const HomeCareAdherence&) = default;
};

// What cervical range of motion was measured with; readings vary with it (DOMAIN.md).
enum class RomInstrument { Goniometer, Inclinometer, CromDevice, VisualEstimate };

// The longest period a diary covers, in days.
inline constexpr int kLongestDiary = 90;

// S: what the client reports about the time since the last visit.
struct Subjective {
    // The days the client's headache diary covers, 1–90: since the last visit, or at a first visit
    // the period the client reports on. Empty until given; signing a treatment note needs it.
    std::optional<int> diaryDays;
    std::optional<int> headacheDays;           // 0–diaryDays
    std::optional<int> averageIntensity;       // 0–10
    std::optional<int> worstIntensity;         // 0–10, not below the average
    std::optional<double> usualDurationHours;  // 0–168
    std::optional<int> medicationDays;         // 0–diaryDays
    std::string medicationsTaken;              // named as the client reports them: "ibuprofen 400 mg"
    std::set<clients::HeadacheTrigger> triggers;
    std::optional<TreatmentResponse> responseToLastTreatment;
    std::optional<double> reliefDays;          // how long relief lasted, 0–90 days
    std::optional<double> sleepHours;          // 0–24
    std::optional<Rating> hydration;
    std::optional<int> caffeineServings;       // per day, 0–30
    // The home care given at the last visit, as kept since: at most one answer per item.
    std::vector<HomeCareAdherence> homeCareAdherence;
    std::string adherenceNotes;
    std::optional<int> stress;                 // 0–10
    // The visit's red-flag re-screen: each current flag (clients::currentFlags) answered yes
    // (true) or no (false); an unanswered flag is absent. A new note starts with none answered:
    // answers are never carried forward, and signing needs every one.
    std::map<clients::SafetyIssue, bool> rescreen;
    std::string goalToday;                     // what the client wants from today
    std::string notes;

    friend bool operator==(const Subjective&, const Subjective&) = default;
};

struct RomMeasure {
    std::optional<int> before;  // degrees
    std::optional<int> after;

    friend bool operator==(const RomMeasure&, const RomMeasure&) = default;
};

struct PalpationFinding {
    MuscleSite site;
    int tenderness = 0;  // 0 none … 3 severe
    bool hypertonic = false;
    TriggerPoint triggerPoint = TriggerPoint::None;
    bool reproducesHeadache = false;  // referred pain reproduces the usual headache

    friend bool operator==(const PalpationFinding&, const PalpationFinding&) = default;
};

// O: what the therapist observes and measures.
struct Objective {
    std::set<clients::PosturePattern> posture;
    std::string postureNotes;
    std::map<RomDirection, RomMeasure> rom;      // cervical active range of motion
    std::optional<RomInstrument> romInstrument;  // what the range of motion was measured with
    std::optional<int> cfrtLeft;                 // cervical flexion-rotation test, degrees
    std::optional<int> cfrtRight;
    std::optional<int> cfrtCutoff;               // the practice's cut-off the test was judged by
    std::vector<PalpationFinding> palpation;     // at most one per muscle and side
    std::string notes;

    const PalpationFinding* finding(const MuscleSite& site) const;

    friend bool operator==(const Objective&, const Objective&) = default;
};

// A: the immediate response; the before→after changes are computed (note_rules.h).
struct Assessment {
    std::optional<int> painBefore;  // 0–10, at the start of treatment
    std::optional<int> painAfter;   // 0–10, at the end
    std::optional<Rating> tolerance;
    std::string notes;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

// P: what was done and what comes next.
struct Plan {
    std::set<Technique> techniques;
    std::set<TreatedRegion> regions;
    std::set<Muscle> musclesTreated;
    std::optional<clients::PressurePreference> pressure;
    std::optional<int> durationMinutes;   // 5–180
    std::set<HomeCare> homeCare;
    std::string homeCareNotes;
    std::optional<int> nextVisitInWeeks;  // 1–26
    bool referralMade = false;
    std::optional<clients::ProviderId> referredTo;
    std::string referredToName;                 // when the provider is not on file
    std::set<ReferralMethod> referralMethods;   // how the referral was made
    std::string referralNotes;
    std::string notes;

    friend bool operator==(const Plan&, const Plan&) = default;
};

// A correction or later addition to a signed note: appended, never changed.
struct Addendum {
    long long id = 0;
    Timestamp writtenAt = Timestamp::now();
    std::string author;
    std::string text;

    friend bool operator==(const Addendum&, const Addendum&) = default;
};

enum class NoteStatus { Draft, Signed };

// One visit's SOAP note. Drafts change freely and autosave; signing stamps the time and the
// signer and makes the note immutable (the database refuses any change); corrections are
// addenda.
struct SoapNote {
    NoteId id = 0;
    ClientId clientId = 0;
    Date visitDate{boost::gregorian::not_a_date_time};
    std::optional<TimeOfDay> visitTime;  // local time the visit began
    // How long the visit lasted, in minutes (5–240): the appointment, re-screen included. The
    // treatment's own length is plan.durationMinutes (a referral visit has a visit, no treatment).
    std::optional<int> visitMinutes;
    NoteKind kind = NoteKind::Treatment;

    Subjective subjective;
    Objective objective;
    Assessment assessment;
    Plan plan;

    // Field keys (as in validation and JSON, "plan.techniques") whose value was carried forward
    // from an earlier note and not touched since; shown muted until the therapist confirms them.
    std::set<std::string> carriedForward;
    std::optional<NoteId> carriedFromNoteId;

    // Lifecycle, kept by the store and the service.
    NoteStatus status = NoteStatus::Draft;
    int rowVersion = 0;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> signedAt;
    std::string signedBy;         // "Maya Lindqvist, RMT"
    bool lateEntry = false;       // signed more than 24 h after the visit
    // Notes signed before there was no override (issue 16) may carry the reason they were signed
    // while screening blocked treatment; nothing sets it now.
    std::string overrideReason;
    std::vector<Addendum> addenda;

    bool signedNote() const { return status == NoteStatus::Signed; }
    bool referralVisit() const { return kind == NoteKind::Referral; }
};

// One row of a client's session history: what the list shows without reading whole notes.
struct NoteSummary {
    NoteId id = 0;
    Date visitDate{boost::gregorian::not_a_date_time};
    NoteStatus status = NoteStatus::Draft;
    NoteKind kind = NoteKind::Treatment;
    int diaryDays = 0;  // 0 while the note gives no diary period yet (a first visit's draft)
    std::optional<int> headacheDays;
    std::optional<int> averageIntensity;
    std::optional<int> worstIntensity;
    std::optional<int> rotationLeft;   // degrees after treatment, else before
    std::optional<int> rotationRight;
    bool lateEntry = false;
    int addendumCount = 0;
    std::optional<Timestamp> signedAt;
};

// A client's unsigned note, for reopening after a restart or a crash.
struct DraftRef {
    NoteId id = 0;
    ClientId clientId = 0;
    std::string clientName;
    Date visitDate{boost::gregorian::not_a_date_time};
    Timestamp savedAt = Timestamp::now();
};

} // namespace knotwork::sessions
