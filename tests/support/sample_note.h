#pragma once
// A complete, valid session note for tests and benchmarks: every section filled the way a
// therapist charts a cervicogenic-headache visit.

#include "sessions/soap_note.h"

namespace knotwork::testing {

sessions::SoapNote sampleNote(clients::ClientId client, const Date& visitDate);

} // namespace knotwork::testing
