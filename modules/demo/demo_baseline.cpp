#include "demo/demo_baseline.h"

#include <algorithm>

#include "sessions/note_rules.h"

namespace knotwork::demo {

using namespace knotwork::sessions;
using clients::HeadacheType;

namespace {

constexpr Muscle kOftenInvolved[] = {
    Muscle::Sternocleidomastoid, Muscle::LevatorScapulae, Muscle::SpleniusCapitis,
    Muscle::SemispinalisCapitis, Muscle::Temporalis,      Muscle::Masseter,
    Muscle::Scalenes,            Muscle::PectoralisMinor, Muscle::Rhomboids,
};

bool hasType(const clients::ClientStore::ImportedClient& file, HeadacheType type)
{
    return std::any_of(file.record.diagnoses.begin(), file.record.diagnoses.end(),
                       [type](const clients::Diagnosis& d) { return d.type == type; });
}

// Start and end of one direction's range: an improving course ends near the typical range for
// the client's age, starting `restriction` degrees short of it.
std::pair<int, int> romRange(DemoRandom& random, RomDirection direction, std::optional<int> age, int restriction)
{
    const int end = sessions::typicalRomForAge(direction, age) + random.between(-6, 2);
    return {end - restriction, end};
}

// A comment on the home programme, when one fits how it was kept.
std::vector<std::string_view> adherenceComments(const std::vector<HomeCareAdherence>& kept)
{
    std::vector<std::string_view> comments;
    for (const HomeCareAdherence& item : kept) {
        if (item.item == HomeCare::SuboccipitalBallRelease && item.done == Adherence::Daily)
            comments.push_back("Finds the ball release eases a starting headache within minutes.");
        if (item.item == HomeCare::SuboccipitalBallRelease && item.done == Adherence::SomeDays)
            comments.push_back("Ball release most evenings; harder to keep up on travel days.");
        if (item.item == HomeCare::Stretches && item.done == Adherence::Daily)
            comments.push_back("Set a phone reminder for the stretches; it helps.");
        if (item.done == Adherence::NotAtAll)
            comments.push_back("A busy stretch: the home programme slipped.");
    }
    return comments;
}

} // namespace

Baseline drawBaseline(DemoRandom& random, const clients::ClientStore::ImportedClient& file)
{
    const clients::HeadacheProfile& headache = file.record.intake.headache;
    Baseline base;
    base.headacheDays = headache.headacheDaysPerMonth.value_or(random.between(6, 20));
    base.intensity = headache.usualIntensity.value_or(random.between(4, 7));
    base.durationHours = headache.usualDurationHours.value_or(4);
    base.medicines = medicinesOnIntake(headache.medications);
    if (!base.medicines.empty() && base.headacheDays > 0)
        base.medicationShare = std::min(1.0, headache.medicationDaysPerMonth.value_or(0) / base.headacheDays);
    if (const Occupation* occupation = occupationTitled(file.record.client.occupation))
        base.life = occupation->life;
    const Date firstVisit = file.screenings.front().screenedAt.utc().date();
    base.ageYears = clients::ageOn(file.record.client, firstVisit);
    base.worseSide = random.percent(50) ? BodySide::Left : BodySide::Right;
    const bool leftWorse = base.worseSide == BodySide::Left;
    const int rotation = random.between(12, 20);
    const int lateral = random.between(8, 14);
    const std::optional<int> age = base.ageYears;
    base.rom = {
        {RomDirection::Flexion, romRange(random, RomDirection::Flexion, age, random.between(8, 16))},
        {RomDirection::Extension, romRange(random, RomDirection::Extension, age, random.between(12, 22))},
        {RomDirection::RotationLeft, romRange(random, RomDirection::RotationLeft, age, rotation + (leftWorse ? 8 : 0))},
        {RomDirection::RotationRight, romRange(random, RomDirection::RotationRight, age, rotation + (leftWorse ? 0 : 8))},
        {RomDirection::LateralFlexionLeft, romRange(random, RomDirection::LateralFlexionLeft, age, lateral + (leftWorse ? 5 : 0))},
        {RomDirection::LateralFlexionRight, romRange(random, RomDirection::LateralFlexionRight, age, lateral + (leftWorse ? 0 : 5))},
    };
    if (hasType(file, HeadacheType::Cervicogenic)) {
        base.cfrt = std::pair{random.between(20, 30), random.between(38, 44)};
        const int other = random.between(38, 44);
        base.cfrtOtherSide = {other, std::min(48, other + random.between(0, 4))};
    }

    auto add = [&](Muscle muscle, int tenderness, TriggerPoint point, bool reproduces) {
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const bool worse = side == base.worseSide;
            base.palpation.push_back({{muscle, side}, std::max(0, tenderness - (worse ? 0 : 1)),
                                      tenderness >= 2, worse ? point : TriggerPoint::None,
                                      worse && reproduces});
        }
    };
    add(Muscle::Suboccipitals, 3, TriggerPoint::Active, true);
    add(Muscle::UpperTrapezius, random.between(2, 3), TriggerPoint::Active, random.percent(60));
    std::set<Muscle> more;
    for (int i = random.between(1, 3); i > 0; --i)
        more.insert(random.pick(kOftenInvolved));
    for (Muscle muscle : more)
        add(muscle, random.between(1, 2), random.percent(40) ? TriggerPoint::Latent : TriggerPoint::None, false);

    base.techniques = {Technique::SuboccipitalRelease, Technique::TriggerPointPressure};
    if (random.percent(60)) base.techniques.insert(Technique::MyofascialRelease);
    if (random.percent(50)) base.techniques.insert(Technique::Swedish);
    if (random.percent(40)) base.techniques.insert(Technique::Stretching);
    if (random.percent(20)) base.techniques.insert(Technique::Heat);
    if (random.percent(15)) base.techniques.insert(Technique::MuscleEnergyTechnique);
    base.regions = {TreatedRegion::BackOfNeck, TreatedRegion::Shoulders};
    if (more.contains(Muscle::Masseter)) base.regions.insert(TreatedRegion::Jaw);
    if (more.contains(Muscle::Temporalis)) base.regions.insert(TreatedRegion::Head);
    if (more.contains(Muscle::PectoralisMinor)) base.regions.insert(TreatedRegion::Chest);
    if (more.contains(Muscle::Rhomboids) || random.percent(40)) base.regions.insert(TreatedRegion::UpperBack);
    base.homeCare = {HomeCare::SuboccipitalBallRelease, HomeCare::Hydration};
    if (random.percent(50)) base.homeCare.insert(HomeCare::Stretches);
    if (random.percent(40)) base.homeCare.insert(HomeCare::Sleep);
    if (random.percent(30)) base.homeCare.insert(HomeCare::StressReduction);
    if (!base.homeCare.contains(HomeCare::Stretches) && random.percent(50))
        base.addedLater = HomeCare::Stretches;
    else if (random.percent(40))
        base.addedLater = HomeCare::PhysicalActivity;
    base.diligence = random.between(45, 90);
    base.durationMinutes = random.pick(std::array{45, 60, 60, 75});
    return base;
}

void fillAdherence(DemoRandom& random, const Baseline& base, int visit, const SoapNote& previous, Subjective& s)
{
    const int daily = std::max(15, base.diligence - 2 * visit);
    for (const HomeCare item : previous.plan.homeCare) {
        const int roll = random.below(100);
        const Adherence done = roll < daily ? Adherence::Daily
                             : roll < daily + (100 - daily) * 3 / 4 ? Adherence::SomeDays
                                                                    : Adherence::NotAtAll;
        s.homeCareAdherence.push_back({item, done});
    }
    const std::vector<std::string_view> comments = adherenceComments(s.homeCareAdherence);
    if (!comments.empty() && random.percent(20))
        s.adherenceNotes = random.pick(comments);
}

} // namespace knotwork::demo
