#pragma once

#include <map>
#include <string>
#include <vector>

#include "sessions/soap_note.h"

namespace knotwork::sharing {

// A medication as the client named it at visits: each name once (ignoring case and accents), as
// first written, with the visits that named it.
struct NamedMedication {
    std::string name;
    int visits = 0;

    friend bool operator==(const NamedMedication&, const NamedMedication&) = default;
};

// Where the outcomes' numbers come from, from the period's signed notes: the medications named
// and what the range of motion was measured with.
struct OutcomeSources {
    std::vector<NamedMedication> medications;  // most named first
    std::map<sessions::RomInstrument, int> romInstruments;  // visits that measured ROM with it
    int romInstrumentNotRecorded = 0;  // visits that measured ROM without saying with what
};

OutcomeSources outcomeSourcesOf(const std::vector<sessions::SoapNote>& notes);

} // namespace knotwork::sharing
