#pragma once
// What the GUI tests of the practice file as a whole share (its passphrase, export and import):
// practices of their own, with or without a passphrase, and a fixture that goes back to the
// default practice afterwards.

#include <filesystem>
#include <string>
#include <gtest/gtest.h>

#include "clients/client.h"

class wxDialog;

namespace knotwork::gui::testing {

inline constexpr const char* kTestPassphrase = "correct horse battery";
// The family name of the client practiceWithOneClient holds: never seen in an encrypted file's bytes.
inline constexpr const char* kSecretFamilyName = "Quarrington";

// A new practice file in the tests' home with one client (kSecretFamilyName), encrypted with
// `passphrase` when it is given.
// `client`, when given, receives the client's number.
std::filesystem::path practiceWithOneClient(const std::string& stem, const std::string& passphrase,
                                            clients::ClientId* client = nullptr);

// Starts with no message recorded; ends by opening the default practice again, and fails when
// the app showed an error.
class PracticeFileTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    static std::filesystem::path defaultPractice();
    // Clicks the dialog's OK (or Save, Export...) button.
    static void ok(wxDialog& dialog);
    // How many clients the open practice holds.
    static long long clientCount();
};

} // namespace knotwork::gui::testing
