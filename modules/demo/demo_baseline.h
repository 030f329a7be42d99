#pragma once
// Internal to the demo: who a demo client is at their first visit, drawn from their intake,
// where an improving course takes them and how they keep their home care (demo_notes.cpp writes
// the visits from it).
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "clients/client_store.h"
#include "demo/demo_life.h"
#include "demo/demo_random.h"
#include "sessions/soap_note.h"

namespace knotwork::demo {

// Where the client starts and where an improving course ends up.
struct Baseline {
    double headacheDays = 12;  // per month, as on the intake
    double intensity = 6;      // usual, as on the intake
    double durationHours = 4;  // usual, as on the intake
    double medicationShare = 0;  // of headache days, as on the intake
    std::vector<Medicine> medicines;
    std::map<sessions::RomDirection, std::pair<int, int>> rom;  // start, end
    std::optional<std::pair<int, int>> cfrt;          // cervicogenic: start, end (worse side)
    std::pair<int, int> cfrtOtherSide{40, 44};
    sessions::BodySide worseSide = sessions::BodySide::Right;
    std::vector<sessions::PalpationFinding> palpation;          // at the first visit
    std::set<sessions::Technique> techniques;
    std::set<sessions::TreatedRegion> regions;
    std::set<sessions::HomeCare> homeCare;
    std::optional<sessions::HomeCare> addedLater;               // given from the seventh visit on
    int diligence = 70;                               // percent: how often an item is kept daily
    int durationMinutes = 60;
    Life life = Life::Desk;
    std::optional<int> ageYears;
};

// The intake's figures, a range of motion short of the typical one for the client's age, the
// tender muscles, techniques, regions and home care a therapist would choose.
Baseline drawBaseline(DemoRandom& random, const clients::ClientStore::ImportedClient& file);

// How the home care given at the `previous` visit was kept, answered in `s` (with a comment now
// and then): a client starts keenly and keeps up a little less as the months go by.
void fillAdherence(DemoRandom& random, const Baseline& base, int visit, const sessions::SoapNote& previous,
                   sessions::Subjective& s);

} // namespace knotwork::demo
