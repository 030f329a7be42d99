#pragma once

#include <optional>
#include <string>

namespace knotwork::clients {

enum class PaperSize { A4, UsLetter };

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
    int rowVersion = 0;

    friend bool operator==(const PracticeSettings&, const PracticeSettings&) = default;
};

} // namespace knotwork::clients
