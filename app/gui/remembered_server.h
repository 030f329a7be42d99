#pragma once

#include <optional>
#include <string>

#include "app/practice/server_login.h"

namespace knotwork::gui {

// The clinic server this computer connected to last, and whether the practice open at the end of
// the last run was on it: in the user config (wxConfig), never with the password. The password,
// when the person asked to remember it, is in the desktop keyring or else in a file only they can
// read (mail::PasswordStore, PasswordPurpose::ClinicServer).
std::optional<app::ServerLogin> rememberedServer();
void rememberServer(const app::ServerLogin& login);

// Whether the last practice of one's own was on the clinic server (else a file, opened as ever).
bool lastPracticeOnServer();
void rememberLastPracticeOnServer(bool onServer);

// The password kept for `login`; nullopt when none is, or the keeping place cannot be read.
std::optional<std::string> keptServerPassword(const app::ServerLogin& login);
// Keeps `password` for `login`, or forgets the one kept (an empty `password`). Throws
// StorageError when the keeping place cannot be written.
void keepServerPassword(const app::ServerLogin& login, const std::string& password);

} // namespace knotwork::gui
