#pragma once

#include <exception>
#include <string>
#include <type_traits>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

// A record whose stored content Knotwork cannot read (a body or an intake that no longer parses,
// a date or a choice key that is not one): damage in the file, named by the record ("session
// note 42"), never a raw library exception. Nothing was changed.
class DamagedRecordError : public PracticeFileError {
public:
    DamagedRecordError(std::string record, std::string problem, bool named = true);
    const std::string& record() const { return m_record; }
    const std::string& problem() const { return m_problem; }
    // False when only the table and row were known where the damage was found (RowReader).
    bool named() const { return m_named; }

private:
    std::string m_record;
    std::string m_problem;
    bool m_named;
};

// The records a store reads, named for messages (untranslated, one {} for the id).
inline constexpr const char* kClientRecord = N_("client {}");
inline constexpr const char* kScreeningRecord = N_("screening {}");
inline constexpr const char* kClearanceRecord = N_("clearance {}");
inline constexpr const char* kFlagWithdrawalRecord = N_("withdrawn safety flag {}");
inline constexpr const char* kConsentRecord = N_("consent {}");
inline constexpr const char* kAttachmentRecord = N_("attached file {}");
inline constexpr const char* kProviderRecord = N_("provider {}");
inline constexpr const char* kSessionNote = N_("session note {}");
inline constexpr const char* kAddendumRecord = N_("addendum {}");
inline constexpr const char* kTreatmentPlan = N_("treatment plan {}");
inline constexpr const char* kPlanTemplate = N_("plan template {}");
inline constexpr const char* kOutcomeMeasure = N_("outcome measure {}");
inline constexpr const char* kDisclosureRecord = N_("disclosure log entry {}");
inline constexpr const char* kPendingFileRecord = N_("file being written {}");
inline constexpr const char* kPracticeSettings = N_("the practice settings (row {})");
inline constexpr const char* kAppointmentRecord = N_("appointment {}");
inline constexpr const char* kServiceRecord = N_("service {}");
inline constexpr const char* kTimeOffRecord = N_("time off {}");
inline constexpr const char* kWaitlistRecord = N_("waitlist entry {}");
inline constexpr const char* kOpeningHoursRecord = N_("the opening hours of weekday {}");
inline constexpr const char* kInvoiceRecord = N_("invoice {}");
inline constexpr const char* kPaymentRecord = N_("payment {}");
inline constexpr const char* kPackageRecord = N_("package {}");
inline constexpr const char* kGiftCertificateRecord = N_("gift certificate {}");

// The record's name in words: `kind` is an untranslated message with one {} for the id
// (N_("session note {}")).
std::string recordName(const char* kind, long long id);

// Call from inside a catch block while reading one record: rethrows what was thrown as
// DamagedRecordError naming the record. Errors that are not about the record's content
// (NotFoundError, StorageError from the database) pass through unchanged.
[[noreturn]] void rethrowAsDamagedRecord(const char* kind, long long id);

// Turns what `read` throws while reading one stored record into DamagedRecordError naming it.
// `read` works on values already fetched; the database's own errors are the caller's.
template <typename Read>
decltype(auto) readRecord(const char* kind, long long id, Read&& read)
{
    try {
        return read();
    } catch (...) {
        rethrowAsDamagedRecord(kind, id);
    }
}

} // namespace knotwork::db
