#pragma once

#include <optional>
#include <string>

#include "clients/client.h"
#include "common/timestamp.h"

namespace knotwork::clients {

// A file copied into the practice (a clearance letter, the practice logo), so backups and exports
// carry it and nothing depends on where the original was.
struct Attachment {
    long long id = 0;
    std::optional<ClientId> clientId;  // none for the practice's own files
    std::string fileName;              // the original name, for saving it back out
    std::string mediaType;             // "application/pdf", "image/png", "image/jpeg"
    std::string content;               // the bytes
    Timestamp addedAt = Timestamp::now();
};

// The media type for a file name's extension; empty when Knotwork does not accept it.
std::string mediaTypeForFileName(const std::string& fileName);

} // namespace knotwork::clients
