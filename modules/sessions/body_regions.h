#pragma once

namespace knotwork::sessions {

// The muscles a headache-focused massage examines and treats (DOMAIN.md, "Muscles most often
// involved"). Each is palpated per side and is one region on the body chart.
enum class Muscle {
    Suboccipitals,
    UpperTrapezius,
    Sternocleidomastoid,
    LevatorScapulae,
    SpleniusCapitis,
    SpleniusCervicis,
    SemispinalisCapitis,
    Scalenes,
    Temporalis,
    Masseter,
    Pterygoids,
    Frontalis,
    Occipitalis,
    PectoralisMajor,
    PectoralisMinor,
    Rhomboids,
    MiddleTrapezius,
};

enum class BodySide { Left, Right };

// One muscle on one side: the unit of palpation and of the body chart.
struct MuscleSite {
    Muscle muscle = Muscle::Suboccipitals;
    BodySide side = BodySide::Left;

    friend auto operator<=>(const MuscleSite&, const MuscleSite&) = default;
};

// Regions treated, in the words of the seed article.
enum class TreatedRegion {
    Head,
    Jaw,
    FrontOfNeck,
    BackOfNeck,
    Shoulders,
    ShoulderBlades,
    UpperBack,
    Chest,
    Arms,
};

} // namespace knotwork::sessions
