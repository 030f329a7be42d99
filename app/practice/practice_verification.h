#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "app/practice/practice_location.h"
#include "db/server_address.h"
#include "integrity/integrity_report.h"

namespace knotwork::app {

// Opens its own read-only connection to `file` (passphrase for an encrypted one), loads the keys
// (db::loadChainKeys) and verifies. Safe on any thread while the practice stays open elsewhere.
integrity::IntegrityReport verifyPracticeFile(const std::filesystem::path& file, const std::string& passphrase,
                                              const std::function<void(int)>& progress = {});

// The same, and each witness (a chain head printed on a PDF) must still be a link of the chain.
integrity::IntegrityReport verifyPracticeFileAgainst(const std::filesystem::path& file, const std::string& passphrase,
                                                     const std::vector<integrity::ChainHead>& witnesses,
                                                     const std::function<void(int)>& progress = {});

// The same for a practice on a clinic server, on a connection of its own.
integrity::IntegrityReport verifyPracticeOnServerAgainst(const db::ServerAddress& server,
                                                         const std::vector<integrity::ChainHead>& witnesses,
                                                         const std::function<void(int)>& progress = {});

// Whichever `location` is: verifyPracticeFile for a file (`passphrase` opens it), the server's
// check for a practice on a clinic server.
integrity::IntegrityReport verifyPracticeAt(const PracticeLocation& location, const std::string& passphrase,
                                            const std::function<void(int)>& progress = {});

} // namespace knotwork::app
