#pragma once

#include <functional>

#include "db/database.h"
#include "integrity/integrity_report.h"

namespace knotwork::db {

// The record chain's part of verifyPractice: walks record_seals link by link (each link's mac
// over the one before, with the key it was sealed with; gaps; key links against record_keys),
// then every sealable record beside its seal (changed, removed, added without a seal, sealed
// twice). Fills report.findings, linksChecked, linksUnchecked and head. progress(0..100) covers
// this part only. Streams both tables.
void verifyRecordChain(Database& database, integrity::IntegrityReport& report,
                       const std::function<void(int)>& progress);

} // namespace knotwork::db
