#include "integrity/chain_key.h"

#include <cctype>
#include <memory>
#include <stdexcept>
#include <vector>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "integrity/record_seal.h"

namespace knotwork::integrity {

namespace {

constexpr std::string_view kBase32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford's alphabet
constexpr std::size_t kGroup = 5;
constexpr int kWrapIterations = 20000;
constexpr std::size_t kSaltSize = 16, kNonceSize = 12, kTagSize = 16;

std::vector<unsigned char> randomBytes(std::size_t count)
{
    std::vector<unsigned char> bytes(count);
    if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("the system's random source failed");
    return bytes;
}

// 5 bits per character, most significant first; the last character is padded with zero bits.
std::string base32(const std::vector<unsigned char>& bytes)
{
    std::string text;
    unsigned buffer = 0;
    int bits = 0;
    for (const unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text += kBase32[(buffer >> bits) & 0x1F];
        }
    }
    if (bits > 0)
        text += kBase32[(buffer << (5 - bits)) & 0x1F];
    return text;
}

std::optional<unsigned> base32Value(char c)
{
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == 'O')
        c = '0';
    if (c == 'I' || c == 'L')
        c = '1';
    const auto at = kBase32.find(c);
    if (at == std::string_view::npos)
        return std::nullopt;
    return static_cast<unsigned>(at);
}

// The key's bytes followed by the first two bytes of its SHA-256: the check a mistyped
// character fails.
std::vector<unsigned char> withCheck(const ChainKey::Bytes& key)
{
    std::vector<unsigned char> bytes(key.begin(), key.end());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(key.data(), key.size(), digest, &length, EVP_sha256(), nullptr);
    bytes.push_back(digest[0]);
    bytes.push_back(digest[1]);
    return bytes;
}

std::string toHex(const unsigned char* bytes, std::size_t count)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * count);
    for (std::size_t i = 0; i < count; ++i) {
        hex += kHex[bytes[i] >> 4];
        hex += kHex[bytes[i] & 0x0F];
    }
    return hex;
}

std::optional<std::vector<unsigned char>> fromHexText(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    std::vector<unsigned char> bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        for (const char c : hex.substr(i, 2)) {
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<unsigned>(c - 'a' + 10);
            else
                return std::nullopt;
        }
        bytes.push_back(static_cast<unsigned char>(value));
    }
    return bytes;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

std::array<unsigned char, 32> wrappingKey(const std::string& passphrase, const unsigned char* salt)
{
    std::array<unsigned char, 32> derived{};
    if (PKCS5_PBKDF2_HMAC(passphrase.data(), static_cast<int>(passphrase.size()), salt, kSaltSize,
                          kWrapIterations, EVP_sha256(), derived.size(), derived.data())
        != 1)
        throw std::runtime_error("PBKDF2 failed");
    return derived;
}

} // namespace

ChainKey ChainKey::generate()
{
    const auto random = randomBytes(kSize);
    Bytes bytes{};
    std::copy(random.begin(), random.end(), bytes.begin());
    return ChainKey(bytes);
}

std::string ChainKey::hex() const
{
    return toHex(m_bytes.data(), m_bytes.size());
}

std::optional<ChainKey> ChainKey::fromHex(std::string_view hex)
{
    const auto bytes = fromHexText(hex);
    if (!bytes || bytes->size() != kSize)
        return std::nullopt;
    Bytes key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return ChainKey(key);
}

std::string ChainKey::recoveryCode() const
{
    const std::string plain = base32(withCheck(m_bytes));
    std::string grouped;
    for (std::size_t i = 0; i < plain.size(); i += kGroup) {
        if (i > 0)
            grouped += '-';
        grouped += plain.substr(i, kGroup);
    }
    return grouped;
}

std::optional<ChainKey> ChainKey::fromRecoveryCode(std::string_view code)
{
    std::vector<unsigned char> bytes;
    unsigned buffer = 0;
    int bits = 0, characters = 0;
    for (const char c : code) {
        if (c == '-' || c == ' ')
            continue;
        const auto value = base32Value(c);
        if (!value)
            return std::nullopt;
        ++characters;
        buffer = (buffer << 5) | *value;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(static_cast<unsigned char>((buffer >> bits) & 0xFF));
        }
    }
    const std::size_t expectedCharacters = ((kSize + 2) * 8 + 4) / 5;
    if (static_cast<std::size_t>(characters) != expectedCharacters || bytes.size() != kSize + 2)
        return std::nullopt;
    Bytes key{};
    std::copy(bytes.begin(), bytes.begin() + kSize, key.begin());
    if (withCheck(key) != bytes)
        return std::nullopt;
    return ChainKey(key);
}

std::string ChainKey::fingerprint() const
{
    return macHex(*this, "knotwork record chain key fingerprint");
}

std::string wrapKey(const ChainKey& key, const std::string& passphrase)
{
    const auto salt = randomBytes(kSaltSize);
    const auto nonce = randomBytes(kNonceSize);
    const auto derived = wrappingKey(passphrase, salt.data());
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    std::array<unsigned char, ChainKey::kSize> sealed{};
    std::array<unsigned char, kTagSize> tag{};
    int length = 0;
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, derived.data(), nonce.data()) != 1
        || EVP_EncryptUpdate(context.get(), sealed.data(), &length, key.bytes().data(), ChainKey::kSize) != 1
        || EVP_EncryptFinal_ex(context.get(), sealed.data() + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        throw std::runtime_error("AES-256-GCM failed");
    return "v1:" + toHex(salt.data(), salt.size()) + ":" + toHex(nonce.data(), nonce.size()) + ":"
        + toHex(sealed.data(), sealed.size()) + ":" + toHex(tag.data(), tag.size());
}

std::optional<ChainKey> unwrapKey(std::string_view wrapped, const std::string& passphrase)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const auto colon = wrapped.find(':', start);
        parts.push_back(wrapped.substr(start, colon - start));
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    if (parts.size() != 5 || parts[0] != "v1")
        return std::nullopt;
    const auto salt = fromHexText(parts[1]), nonce = fromHexText(parts[2]);
    auto sealed = fromHexText(parts[3]), tag = fromHexText(parts[4]);
    if (!salt || salt->size() != kSaltSize || !nonce || nonce->size() != kNonceSize || !sealed
        || sealed->size() != ChainKey::kSize || !tag || tag->size() != kTagSize)
        return std::nullopt;
    const auto derived = wrappingKey(passphrase, salt->data());
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    ChainKey::Bytes key{};
    int length = 0;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, derived.data(), nonce->data()) != 1
        || EVP_DecryptUpdate(context.get(), key.data(), &length, sealed->data(), ChainKey::kSize) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag->data()) != 1
        || EVP_DecryptFinal_ex(context.get(), key.data() + length, &length) != 1)
        return std::nullopt;
    return ChainKey(key);
}

} // namespace knotwork::integrity
