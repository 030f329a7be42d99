#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace knotwork::integrity {

// The secret the record chain is keyed with: 32 random bytes. It is never stored in the practice
// in the clear: a plain practice's key lives in a private file in the user's config folder, an
// encrypted practice's is kept in the practice wrapped under its passphrase.
class ChainKey {
public:
    static constexpr std::size_t kSize = 32;
    using Bytes = std::array<unsigned char, kSize>;

    // A new key from the system's cryptographic random source.
    static ChainKey generate();
    explicit ChainKey(const Bytes& bytes) : m_bytes(bytes) {}

    const Bytes& bytes() const { return m_bytes; }
    // Lower-case hex, 64 characters: how a key file holds it.
    std::string hex() const;
    static std::optional<ChainKey> fromHex(std::string_view hex);

    // What the therapist writes down: the key in Crockford base32 with a check, in eleven groups of
    // five ("K7M2Q-…"). fromRecoveryCode accepts it back in either case, with or without the
    // dashes and spaces, reading O as 0 and I or L as 1; nullopt when it is not a whole code or
    // its check fails.
    std::string recoveryCode() const;
    static std::optional<ChainKey> fromRecoveryCode(std::string_view code);

    // A public name of the key (HMAC of a fixed text under it, hex): the practice stores it to
    // tell the right key from a wrong one without holding the key.
    std::string fingerprint() const;

    bool operator==(const ChainKey&) const = default;

private:
    Bytes m_bytes;
};

// The key encrypted under a passphrase (PBKDF2-HMAC-SHA-256 then AES-256-GCM), as one text:
// how an encrypted practice keeps its chain key, so the passphrase alone opens both.
std::string wrapKey(const ChainKey& key, const std::string& passphrase);
// nullopt when the passphrase is not the one it was wrapped with, or the text is damaged.
std::optional<ChainKey> unwrapKey(std::string_view wrapped, const std::string& passphrase);

} // namespace knotwork::integrity
