#pragma once
// The whole practice, or one client's record, as one open, documented archive
// (docs/EXPORT-FORMAT.md): a zip of JSON tables and attachment files that another program can
// read, so no therapist is locked in. The same practice always exports to the same bytes.

#include <filesystem>
#include <string>

#include "app/practice/practice_context.h"
#include "clients/client.h"

namespace knotwork::app {

struct ExportOptions {
    std::string passphrase;  // empty: a plain archive (the caller warns)
};

// Writes every table of the practice into a new archive (never overwriting: PracticeFileError
// when `archive` exists), private (0600) and whole: written beside its name, synced, then named.
// With a passphrase the archive is a standard AES-256 zip. Changes nothing in the practice.
void exportPractice(PracticeContext& practice, const std::filesystem::path& archive, const ExportOptions& options);

// The same format with "scope": "client": that client's records only (the client, intake,
// screenings, clearances, consents, attachments, notes with findings and addenda, plans,
// measures, disclosures about them), the providers and templates they refer to, the practice
// settings with the letterhead's images, the schema versions, and the audit rows about those
// records. NotFoundError for an unknown client.
void exportClientRecord(PracticeContext& practice, clients::ClientId client, const std::filesystem::path& archive,
                        const ExportOptions& options);

} // namespace knotwork::app
