#pragma once

#include <optional>
#include <string>

#include "clients/client.h"
#include "clients/provider.h"
#include "common/calendar_date.h"
#include "common/timestamp.h"
#include "sessions/soap_note.h"

namespace knotwork::disclosures {

using clients::ClientId;
using clients::ProviderId;

// Keys and labels: choices<DocumentKind>().
enum class DocumentKind {
    ProgressReport,
    SoapNote,
    IntakeSummary,
    HomeCareHandout,
    ClientRecord,
    Receipt,    // an invoice's receipt; a second copy of one is printed DUPLICATE
    Statement,  // a client's account for a period
    Superbill,  // the US superbill for a period's visits
};

// One record leaving the practice: what, about whom, for whom, when, and the exact file (its
// SHA-256), so a copy shown later can be matched to the log. Appended, never changed.
struct Disclosure {
    long long id = 0;
    ClientId clientId = 0;
    DocumentKind kind = DocumentKind::ProgressReport;
    std::optional<ProviderId> recipientId;  // none: a copy for the client or the therapist's files
    // As addressed, kept if the provider is renamed; a handout given to the client names them.
    std::string recipientName;
    std::optional<Date> periodFrom;         // a progress report's period
    std::optional<Date> periodTo;
    std::optional<sessions::NoteId> noteId;  // a note's PDF, or the handout from its home care
    std::optional<long long> invoiceId;      // a receipt's invoice (billing::InvoiceId)
    std::string fileName;                   // without its folder
    std::string sha256;                     // lower-case hex of the file's bytes
    long long byteCount = 0;
    Timestamp disclosedAt = Timestamp::now();
    std::string disclosedBy;                // filled by the store from the signed-in person

    friend bool operator==(const Disclosure&, const Disclosure&) = default;
};

// A document on its way to a file: written as `partialPath`, renamed to `finalPath` once its
// disclosure (`disclosureId`, set when logged) is in the log.
struct UnfinishedFile {
    long long id = 0;
    std::string partialPath;
    std::string finalPath;
    std::optional<long long> disclosureId;
    Timestamp startedAt = Timestamp::now();
};

} // namespace knotwork::disclosures
