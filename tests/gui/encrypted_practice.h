#pragma once
// Practices with a passphrase for the GUI tests of encryption, export and import.

#include <filesystem>
#include <string>

namespace knotwork::gui::testing {

inline constexpr const char* kTestPassphrase = "correct horse battery";
// The family name of the client encryptedPractice holds: never seen in an encrypted file's bytes.
inline constexpr const char* kSecretFamilyName = "Quarrington";

// A new practice file in the tests' home with one client (kSecretFamilyName), encrypted with
// `passphrase` when it is given.
std::filesystem::path practiceWithOneClient(const std::string& stem, const std::string& passphrase);

} // namespace knotwork::gui::testing
