#pragma once

#include <optional>
#include <string>

namespace knotwork::clients {

enum class PaperSize { A4, UsLetter };

// The cervical flexion-rotation test's cut-off (Hall et al. 2010): a side at this many degrees or
// less is restricted. 30° by default; Hall's other cut-off, 32°, is the practice's choice.
constexpr int kCfrtDefaultCutoff = 30;
constexpr int kCfrtOtherCutoff = 32;
constexpr bool cfrtCutoffAllowed(int cutoff)
{
    return cutoff == kCfrtDefaultCutoff || cutoff == kCfrtOtherCutoff;
}

// Cervical range of motion by goniometer or inclinometer varies about 5–10° between
// measurements: a change smaller than the practice's figure is "no meaningful change".
constexpr int kRomMeaningfulChangeDefault = 10;
constexpr bool romMeaningfulChangeAllowed(int degrees)
{
    return degrees >= 5 && degrees <= 20;
}

// Where backups go and how many are kept (issue 21). A backup is kept while it is the newest of
// its day, ISO week or month among the last keepDaily days, keepWeekly weeks and keepMonthly
// months that have one.
struct BackupSettings {
    std::optional<std::string> folder;         // none: the default folder in the data folder
    std::optional<std::string> offsiteFolder;  // a second copy (USB drive, synced folder); none
    int keepDaily = 7;                         // 1–60
    int keepWeekly = 4;                        // 0–104
    int keepMonthly = 12;                      // 0–240
    int warningDays = 3;                       // Today warns when the newest is older; 1–90

    friend bool operator==(const BackupSettings&, const BackupSettings&) = default;
};

// How long a client's record must be kept. Ontario (CMTO): ten years after the last visit, or
// ten years after the client's 18th birthday if that is later; elsewhere a plain number of years
// after the last visit.
enum class RetentionRule { Ontario, YearsAfterLastVisit };

struct RetentionSettings {
    RetentionRule rule = RetentionRule::Ontario;
    int years = 10;  // 1–100; the Ontario rule's is 10

    friend bool operator==(const RetentionSettings&, const RetentionSettings&) = default;
};

// The practice's own details, kept in the practice file so a backup carries them. Reports read
// their letterhead from here.
struct PracticeSettings {
    std::string practiceName;
    std::string therapistName;
    std::string credentials;      // "RMT"
    std::string licenceNumber;
    std::string address;
    std::string phone;
    std::string email;
    std::optional<long long> logoAttachmentId;  // a PNG or JPEG
    PaperSize paperSize = PaperSize::A4;
    int cfrtCutoff = kCfrtDefaultCutoff;
    int romMeaningfulChange = kRomMeaningfulChangeDefault;  // degrees, 5–20
    // The therapist's signature (PNG or JPEG) printed on documents sent out; none: the documents
    // say "electronically signed by …".
    std::optional<long long> signatureAttachmentId;
    BackupSettings backup;
    RetentionSettings retention;
    int rowVersion = 0;  // 0: never saved, the defaults of a new practice

    bool neverSaved() const { return rowVersion == 0; }

    friend bool operator==(const PracticeSettings&, const PracticeSettings&) = default;
};

} // namespace knotwork::clients
