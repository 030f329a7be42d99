#include "sharing/outcome_sources.h"

#include <algorithm>

#include "common/text_folding.h"
#include "common/trimmed.h"

namespace knotwork::sharing {

namespace {

bool measuredRom(const sessions::Objective& objective)
{
    return std::any_of(objective.rom.begin(), objective.rom.end(),
                       [](const auto& reading) { return reading.second.before || reading.second.after; });
}

} // namespace

OutcomeSources outcomeSourcesOf(const std::vector<sessions::SoapNote>& notes)
{
    OutcomeSources sources;
    std::map<std::string, std::size_t> byName;
    for (const sessions::SoapNote& note : notes) {
        if (const std::string named = trimmed(note.subjective.medicationsTaken); !named.empty()) {
            const auto [at, added] = byName.emplace(foldForSearch(named), sources.medications.size());
            if (added)
                sources.medications.push_back({named, 0});
            ++sources.medications[at->second].visits;
        }
        if (measuredRom(note.objective)) {
            if (note.objective.romInstrument)
                ++sources.romInstruments[*note.objective.romInstrument];
            else
                ++sources.romInstrumentNotRecorded;
        }
    }
    std::stable_sort(sources.medications.begin(), sources.medications.end(),
                     [](const NamedMedication& a, const NamedMedication& b) { return a.visits > b.visits; });
    return sources;
}

} // namespace knotwork::sharing
