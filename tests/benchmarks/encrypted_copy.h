#pragma once
// The cost of encryption is measured on the same data: each benchmark's practice, copied once
// into a practice encrypted with a passphrase (SQLCipher 4 defaults: AES-256, 4 KB pages, a key
// derived with PBKDF2-HMAC-SHA512 at 256,000 iterations on every opening).

#include <filesystem>

#include "db/database.h"
#include "common/private_file.h"
#include "db/rekeyed_copy.h"

namespace knotwork::benchmarks {

inline constexpr char kBenchmarkPassphrase[] = "correct horse battery staple";

// "encrypted-<name>" beside `plain`, made on first use: the same practice, encrypted.
inline std::filesystem::path encryptedCopyOf(const std::filesystem::path& plain)
{
    std::filesystem::path encrypted = plain;
    encrypted.replace_filename("encrypted-" + plain.filename().string());
    if (!std::filesystem::exists(encrypted)) {
        auto source = db::Database::open(plain, db::OpenMode::ExistingOnly);
        createPrivateFile(encrypted);
        db::writeRekeyedCopy(*source, kBenchmarkPassphrase, encrypted);
    }
    return encrypted;
}

} // namespace knotwork::benchmarks
