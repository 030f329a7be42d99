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

// "ibuprofen 400 mg, acetaminophen 500 mg" names two medicines; a name counts once a visit.
std::vector<std::string> medicationNames(std::string_view typed)
{
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= typed.size()) {
        const std::size_t end = std::min(typed.find_first_of(",;\n", start), typed.size());
        std::string name = trimmed(typed.substr(start, end - start));
        if (!name.empty() && std::ranges::find(names, name) == names.end())
            names.push_back(std::move(name));
        start = end + 1;
    }
    return names;
}

} // namespace

OutcomeSources outcomeSourcesOf(const std::vector<sessions::SoapNote>& notes)
{
    OutcomeSources sources;
    std::map<std::string, std::size_t> byName;
    for (const sessions::SoapNote& note : notes) {
        for (const std::string& named : medicationNames(note.subjective.medicationsTaken)) {
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
