#include "demo/demo_intake.h"

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "clients/client_choices.h"
#include "demo/demo_life.h"
#include "demo/demo_people.h"

namespace knotwork::demo {

using namespace knotwork::clients;
using boost::gregorian::days;

namespace {

// The ICD-10-CM code a referring provider would write for the type (the therapist copies it).
std::string providersCode(HeadacheType type)
{
    switch (type) {
    case HeadacheType::TensionType: return "G44.209";
    case HeadacheType::Cervicogenic: return "G44.86";
    case HeadacheType::Migraine: return "G43.909";
    case HeadacheType::PostTraumatic: return "G44.309";
    default: return "";
    }
}

// The share of each presentation, in percent (DOMAIN.md's caseload, roughly).
enum class Presentation { TensionType, Cervicogenic, Mixed, Migraine, NotDiagnosed, Cluster, Whiplash };
constexpr std::array<std::pair<Presentation, int>, 7> kPresentations{{
    {Presentation::TensionType, 45}, {Presentation::Cervicogenic, 25}, {Presentation::Mixed, 8},
    {Presentation::Migraine, 8}, {Presentation::NotDiagnosed, 8}, {Presentation::Cluster, 2},
    {Presentation::Whiplash, 4},
}};

Presentation drawPresentation(DemoRandom& random)
{
    int roll = random.below(100);
    for (const auto& [presentation, share] : kPresentations) {
        if (roll < share)
            return presentation;
        roll -= share;
    }
    return Presentation::TensionType;
}

template <typename E>
std::set<E> someOf(DemoRandom& random, int chancePercent)
{
    std::set<E> chosen;
    for (const Choice<E>& choice : choices<E>())
        if (random.percent(chancePercent))
            chosen.insert(choice.value);
    return chosen;
}

Timestamp atNoon(const Date& day, int minutes)
{
    return Timestamp(boost::posix_time::ptime(day, boost::posix_time::hours(12) + boost::posix_time::minutes(minutes)));
}

// Pregnancy can be ticked only for someone who could be pregnant, so the demo reads true.
bool couldBePregnant(const Client& client, const Date& onDay)
{
    return client.pronouns != "he/him" && ageOn(client, onDay).value_or(0) < 46;
}

void fillHeadacheHistory(DemoRandom& random, Presentation presentation, const Client& client,
                         const Date& firstVisit, Intake& intake)
{
    HeadacheProfile& h = intake.headache;
    const Occupation* occupation = occupationTitled(client.occupation);
    const Life life = occupation ? occupation->life : Life::Desk;
    h.onset = random.pick(onsetsFor(life));
    h.headacheDaysPerMonth = presentation == Presentation::Cluster ? random.between(8, 20) : random.between(4, 22);
    h.usualIntensity = random.between(3, presentation == Presentation::Migraine ? 9 : 7);
    h.usualDurationHours = random.between(1, 24) / 2.0 + 0.5;
    h.triggers = someOf<HeadacheTrigger>(random, 35);
    // Screen work is a trigger only for someone who spends hours at a screen.
    if (client.screenHoursPerDay.value_or(0) < 4)
        h.triggers.erase(HeadacheTrigger::ScreenWork);
    else if (life == Life::Desk && random.percent(60))
        h.triggers.insert(HeadacheTrigger::ScreenWork);
    h.aggravatingMovements = someOf<NeckMovement>(random, presentation == Presentation::Cervicogenic ? 45 : 15);
    h.posture = someOf<PosturePattern>(random, 40);
    if (random.percent(presentation == Presentation::Migraine ? 90 : 60)) {
        const MedicationHistory medication = drawMedication(random, presentation == Presentation::Migraine);
        h.medications = medication.intakeText;
        h.acuteMedications = medication.kinds;
        h.medicationDaysPerMonth = random.between(1, std::min(12, *h.headacheDaysPerMonth));
    }
    if (presentation == Presentation::Whiplash) {
        h.onset = "Since the car accident";
        h.mechanism = "Rear-end car accident (whiplash)";
        h.mechanismDate = firstVisit - days(random.between(10, 240));
        h.imagingFindings = random.percent(50) ? "X-ray: no fracture" : "MRI: mild disc bulge C5–C6";
    }
    intake.health.flags = someOf<HealthFlag>(random, 5);
    if (!couldBePregnant(client, firstVisit))
        intake.health.flags.erase(HealthFlag::Pregnancy);
    if (intake.health.flags.contains(HealthFlag::OilOrLotionAllergy))
        intake.health.allergies = "Nut oils (almond, walnut)";
    intake.lifestyle.sleepHours = random.between(10, 18) / 2.0;
    intake.lifestyle.waterLitresPerDay = random.between(2, 12) / 4.0;
    intake.lifestyle.caffeineServingsPerDay = random.between(0, 6);
    intake.lifestyle.activityMinutesPerWeek = random.between(0, 30) * 10;
    intake.lifestyle.stress = random.between(2, 9);
    intake.preferredPressure = random.pick(choices<PressurePreference>()).value;
    intake.goals = random.pick(intakeGoalsFor(ageOn(client, firstVisit).value_or(40), life, !h.medications.empty()));
}

std::vector<HeadacheType> diagnosedTypes(Presentation presentation)
{
    switch (presentation) {
    case Presentation::TensionType: return {HeadacheType::TensionType};
    case Presentation::Cervicogenic: return {HeadacheType::Cervicogenic};
    case Presentation::Mixed: return {HeadacheType::TensionType, HeadacheType::Cervicogenic};
    case Presentation::Migraine: return {HeadacheType::Migraine, HeadacheType::TensionType};
    case Presentation::NotDiagnosed: return {};
    case Presentation::Cluster: return {HeadacheType::Cluster};
    case Presentation::Whiplash: return {HeadacheType::PostTraumatic, HeadacheType::Cervicogenic};
    }
    return {};
}

ProviderRole referrerRole(DemoRandom& random, Presentation presentation)
{
    switch (presentation) {
    case Presentation::Cluster:
    case Presentation::Migraine: return ProviderRole::Neurologist;
    case Presentation::Cervicogenic:
    case Presentation::Whiplash: return random.percent(70) ? ProviderRole::PhysicalTherapist : ProviderRole::Chiropractor;
    default: return random.percent(50) ? ProviderRole::Physician : ProviderRole::PhysicalTherapist;
    }
}

// The red flags that could be found in this client (no new headache after 50 at 30, no
// pregnancy for him).
std::vector<SafetyIssue> possibleRedFlags(const Client& client, const Date& screenedOn)
{
    std::vector<SafetyIssue> flags;
    for (const Choice<SafetyIssue>& choice : choices<SafetyIssue>()) {
        if (issueKind(choice.value) != IssueKind::RedFlag)
            continue;
        if (choice.value == SafetyIssue::NewHeadacheAfterFifty && ageOn(client, screenedOn).value_or(0) < 50)
            continue;
        if (choice.value == SafetyIssue::PregnancyOrPostpartum && !couldBePregnant(client, screenedOn))
            continue;
        flags.push_back(choice.value);
    }
    return flags;
}

std::set<SafetyIssue> screeningIssues(DemoRandom& random, Presentation presentation, const Client& client,
                                      const Intake& intake, const Date& screenedOn)
{
    std::set<SafetyIssue> issues;
    if (presentation == Presentation::Cluster)
        issues.insert(SafetyIssue::ClusterHeadache);
    if (intake.headache.mechanismDate && *intake.headache.mechanismDate > screenedOn - days(90))
        issues.insert(SafetyIssue::RecentHeadOrNeckTrauma);
    if (random.percent(5))
        issues.insert(random.pick(possibleRedFlags(client, screenedOn)));
    if (intake.headache.medicationDaysPerMonth.value_or(0) >= 10)
        issues.insert(SafetyIssue::PainkillerOveruse);
    return issues;
}

// The referrer's go-ahead a few days after the first visit. Most run ahead of the reference day;
// a few have lapsed (never before the day they were given) and need renewing.
Clearance makeClearance(DemoRandom& random, const Provider& referrer, const Date& firstVisit,
                        const Date& referenceDay, const std::set<SafetyIssue>& openIssues, bool renewable)
{
    Clearance clearance;
    clearance.providerId = referrer.id;
    clearance.clearedOn = std::min(referenceDay, firstVisit + days(random.between(2, 30)));
    clearance.recordedAt = atNoon(clearance.clearedOn, 300);
    clearance.conditions = random.percent(50) ? "No high-velocity neck manipulation" : "Light pressure on the neck for 6 weeks";
    const bool lapsed = random.percent(20) && clearance.clearedOn < referenceDay;
    clearance.expiresOn = renewable ? clearance.clearedOn + days(random.between(120, 365))
                        : lapsed ? std::max(clearance.clearedOn, referenceDay - days(random.between(1, 60)))
                                 : referenceDay + days(random.between(14, 300));
    clearance.covers = openIssues;
    return clearance;
}

} // namespace

SafetyRecord safetyRecordOf(const ClientStore::ImportedClient& file)
{
    return {file.screenings, {}, file.clearances, file.record.diagnoses, file.record.intake.health.flags};
}

const Provider& DemoProviders::anyOf(DemoRandom& random, ProviderRole role) const
{
    std::vector<const Provider*> matching;
    for (const Provider& provider : all)
        if (provider.role == role)
            matching.push_back(&provider);
    if (matching.empty())
        return all.at(static_cast<std::size_t>(random.below(static_cast<int>(all.size()))));
    return *matching[static_cast<std::size_t>(random.below(static_cast<int>(matching.size())))];
}

ClientStore::ImportedClient makeDemoClientFile(DemoRandom& random, const DemoProviders& providers,
                                               const Date& referenceDay, std::optional<int> years)
{
    ClientStore::ImportedClient file;
    IntakeRecord& record = file.record;
    // Over years of history the client's age and occupation are those of their first visit.
    const std::optional<Date> firstOfYears =
        years ? std::optional(referenceDay - days(random.between(7, *years * 365))) : std::nullopt;
    // The day the client is described on (age, occupation, whether a clearance is needed).
    const Date describedOn = firstOfYears.value_or(referenceDay);
    record.client = makeDemoClient(random, describedOn);
    const Presentation presentation = drawPresentation(random);
    const Date firstVisit = firstOfYears ? *firstOfYears : referenceDay - days(random.between(7, 900));
    fillHeadacheHistory(random, presentation, record.client, firstVisit, record.intake);

    const Provider& referrer = providers.anyOf(random, referrerRole(random, presentation));
    record.careTeam.push_back({referrer.id, CareRelation::Referring, firstVisit,
                               presentation == Presentation::NotDiagnosed
                                   ? "Headaches, not yet assessed: please screen and refer as needed"
                                   : "Massage for headache and neck tension"});
    if (random.percent(25)) {
        const Provider& other = providers.anyOf(random, ProviderRole::Chiropractor);
        if (other.id != referrer.id)
            record.careTeam.push_back({other.id, CareRelation::CoTreating, firstVisit, ""});
    }
    Date diagnosedOn = firstVisit - days(random.between(3, 60));
    if (const auto& accident = record.intake.headache.mechanismDate; accident && diagnosedOn <= *accident)
        diagnosedOn = *accident + days(random.between(1, 7));  // accidents are at least 10 days before the visit
    for (const HeadacheType type : diagnosedTypes(presentation))
        record.diagnoses.push_back({type, referrer.id, "", diagnosedOn, "", providersCode(type)});

    Screening intakeScreening;
    intakeScreening.screenedAt = atNoon(firstVisit, random.below(240));
    intakeScreening.issues = screeningIssues(random, presentation, record.client, record.intake, firstVisit);
    intakeScreening.screenedBy = "demo";
    if (intakeScreening.issues.contains(SafetyIssue::PregnancyOrPostpartum))
        intakeScreening.pregnancyEndsOn = firstVisit + days(random.between(120, 400));
    record.screeningIssues = intakeScreening.issues;
    record.pregnancyEndsOn = intakeScreening.pregnancyEndsOn;
    file.screenings.push_back(intakeScreening);
    // Over years of history, whether a clearance is needed is decided at the first visit.
    const SafetyAssessment atFirstVisit = assessSafety(safetyRecordOf(file), describedOn);
    if (atFirstVisit.blocksTreatment() && random.percent(50))
        file.clearances.push_back(makeClearance(random, referrer, firstVisit, referenceDay, atFirstVisit.openIssues,
                                                years.has_value()));
    file.assessment = assessSafety(safetyRecordOf(file), referenceDay);

    if (random.percent(97))
        file.consents.push_back({0, ConsentKind::Treatment, std::nullopt, firstVisit, "2024-1", std::nullopt, ""});
    // Some clients deliberately have not agreed to share with their referrer.
    if (random.percent(85))
        file.consents.push_back({0, ConsentKind::ShareRecords, referrer.id, firstVisit, "", std::nullopt, ""});

    if (random.percent(8)) {
        record.client.archived = true;
        record.client.archivedOn = firstVisit + days(random.between(0, static_cast<int>((referenceDay - firstVisit).days())));
        record.client.archiveReason = "Moved away";  // the practice tells the rest once the course is known
    }
    return file;
}

} // namespace knotwork::demo
