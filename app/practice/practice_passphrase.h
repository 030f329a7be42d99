#pragma once

#include <filesystem>
#include <string>

namespace knotwork::app {

// The shortest passphrase Knotwork accepts, in characters (not bytes).
inline constexpr std::size_t kMinimumPassphraseLength = 8;

// What a person must read wherever a passphrase is set: forgetting it loses the practice.
// Translated, one paragraph.
std::string passphraseLossWarning();

// ValidationError on field "passphrase" / "repeated" naming the rule (length >= 8, the two match).
void validateNewPassphrase(const std::string& passphrase, const std::string& repeated);

// Practice closed in this process. Writes the whole practice anew with the new passphrase (empty:
// plain) beside it (sqlcipher_export), checks it, audits the change inside it, then swaps.
// PassphraseError when `currentPassphrase` does not open an encrypted practice; ValidationError
// (field "passphrase") when the new one is too short, or when a plain practice is asked to lose a
// passphrase it does not have. Any failure, or a kill at any moment, leaves the practice as it
// was; afterwards it opens with the new passphrase only.
void changePassphrase(const std::filesystem::path& practiceFile, const std::string& currentPassphrase,
                      const std::string& newPassphrase, const std::string& actor);

} // namespace knotwork::app
