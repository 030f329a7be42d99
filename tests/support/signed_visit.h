#pragma once
// A signed visit through SessionService with the diary and rotation (both sides) given, the
// rest as support/sample_note.h has it: for tests of what plans make of visits.

#include "sessions/session_service.h"
#include "support/sample_note.h"

namespace knotwork::testing {

inline sessions::NoteId signVisit(sessions::SessionService& service, clients::ClientId client,
                                  const Date& visit, int headacheDays, int rotation = 60,
                                  int cfrtRight = 26)
{
    sessions::SoapNote note = service.openNote(client, visit, std::nullopt);
    sessions::SoapNote filled = sampleNote(client, visit);
    filled.id = note.id;
    filled.rowVersion = note.rowVersion;
    filled.subjective.diaryDays = 30;
    filled.subjective.headacheDays = headacheDays;
    filled.objective.rom[sessions::RomDirection::RotationLeft] = {rotation, rotation + 5};
    filled.objective.rom[sessions::RomDirection::RotationRight] = {rotation, rotation + 5};
    filled.objective.cfrtRight = cfrtRight;  // the sample's left is 38°
    filled.rowVersion = service.saveDraft(filled);
    return service.sign(filled.id, filled.rowVersion).id;
}

} // namespace knotwork::testing
