#pragma once
// Signed visits through SessionService, filled as support/sample_note.h has them: for tests of
// what plans make of visits and of what leaves the practice.

#include <functional>

#include "sessions/session_service.h"
#include "support/sample_note.h"

namespace knotwork::testing {

// Opens the visit's note, fills it as the sample (then `fill`, if given), saves and signs it.
inline sessions::NoteId signSampleVisit(sessions::SessionService& service, clients::ClientId client,
                                        const Date& visit,
                                        const std::function<void(sessions::SoapNote&)>& fill = {})
{
    const sessions::SoapNote opened = service.openNote(client, visit, std::nullopt);
    sessions::SoapNote filled = sampleNote(client, visit);
    filled.id = opened.id;
    filled.rowVersion = opened.rowVersion;
    if (fill)
        fill(filled);
    filled.rowVersion = service.saveDraft(filled);
    return service.sign(filled.id, filled.rowVersion).id;
}

// The sample visit with the diary and rotation (both sides) given.
inline sessions::NoteId signVisit(sessions::SessionService& service, clients::ClientId client,
                                  const Date& visit, int headacheDays, int rotation = 60,
                                  int cfrtRight = 26)
{
    return signSampleVisit(service, client, visit, [&](sessions::SoapNote& filled) {
        filled.subjective.diaryDays = 30;
        filled.subjective.headacheDays = headacheDays;
        filled.objective.rom[sessions::RomDirection::RotationLeft] = {rotation, rotation + 5};
        filled.objective.rom[sessions::RomDirection::RotationRight] = {rotation, rotation + 5};
        filled.objective.cfrtRight = cfrtRight;  // the sample's left is 38°
    });
}

} // namespace knotwork::testing
