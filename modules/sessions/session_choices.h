#pragma once
// The closed lists of a session note, as choices (common/choices.h): a stable key for JSON and
// the CLI, a translated label for forms, in the order forms list them.

#include "common/choices.h"
#include "sessions/soap_note.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(sessions::Muscle)
KNOTWORK_DECLARE_CHOICES(sessions::BodySide)
KNOTWORK_DECLARE_CHOICES(sessions::TreatedRegion)
KNOTWORK_DECLARE_CHOICES(sessions::TreatmentResponse)
KNOTWORK_DECLARE_CHOICES(sessions::Rating)
KNOTWORK_DECLARE_CHOICES(sessions::TriggerPoint)
KNOTWORK_DECLARE_CHOICES(sessions::RomDirection)
KNOTWORK_DECLARE_CHOICES(sessions::Technique)
KNOTWORK_DECLARE_CHOICES(sessions::HomeCare)
KNOTWORK_DECLARE_CHOICES(sessions::NoteStatus)
KNOTWORK_DECLARE_CHOICES(sessions::NoteKind)
KNOTWORK_DECLARE_CHOICES(sessions::ReferralMethod)
KNOTWORK_DECLARE_CHOICES(sessions::Adherence)
KNOTWORK_DECLARE_CHOICES(sessions::RomInstrument)

} // namespace knotwork

