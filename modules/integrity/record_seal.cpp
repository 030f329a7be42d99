#include "integrity/record_seal.h"

#include <cctype>
#include <charconv>
#include <stdexcept>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "common/i18n.h"
#include "common/sha256.h"

namespace knotwork::integrity {

namespace {

struct KindName {
    SealKind kind;
    std::string_view key;
};

constexpr KindName kKinds[] = {
    {SealKind::AuditEntry, "audit"}, {SealKind::SignedNote, "note"}, {SealKind::Addendum, "addendum"},
    {SealKind::Disclosure, "disclosure"}, {SealKind::Key, "key"},
};

void appendField(std::string& encoded, const std::optional<std::string>& field)
{
    if (!field) {
        encoded += "N;";
        return;
    }
    encoded += std::to_string(field->size());
    encoded += ':';
    encoded += *field;
    encoded += ';';
}

} // namespace

std::string_view keyOf(SealKind kind)
{
    for (const auto& entry : kKinds)
        if (entry.kind == kind)
            return entry.key;
    throw std::logic_error("keyOf(SealKind): unknown kind");
}

std::optional<SealKind> sealKindFromKey(std::string_view key)
{
    for (const auto& entry : kKinds)
        if (entry.key == key)
            return entry.kind;
    return std::nullopt;
}

std::string recordName(SealKind kind, long long recordId)
{
    switch (kind) {
    case SealKind::AuditEntry:
        return formatMessage(_("audit row {}"), recordId);
    case SealKind::SignedNote:
        return formatMessage(_("signed session note {}"), recordId);
    case SealKind::Addendum:
        return formatMessage(_("addendum {}"), recordId);
    case SealKind::Disclosure:
        return formatMessage(_("disclosure log entry {}"), recordId);
    case SealKind::Key:
        return formatMessage(_("record key {}"), recordId);
    }
    throw std::logic_error("recordName: unknown kind");
}

std::string recordDigest(SealKind kind, long long recordId, const SealedFields& fields)
{
    std::string encoded;
    appendField(encoded, std::string(keyOf(kind)));
    appendField(encoded, std::to_string(recordId));
    for (const auto& field : fields)
        appendField(encoded, field);
    return sha256Hex(encoded);
}

std::string macHex(const ChainKey& key, std::string_view text)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()),
              reinterpret_cast<const unsigned char*>(text.data()), text.size(), mac, &length))
        throw std::runtime_error("HMAC-SHA-256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[mac[i] >> 4];
        hex += kHex[mac[i] & 0x0F];
    }
    return hex;
}

std::string linkMac(const ChainKey& key, const std::string& previousMac, long long position, SealKind kind,
                    long long recordId, const std::string& digest)
{
    std::string text;
    appendField(text, previousMac);
    appendField(text, std::to_string(position));
    appendField(text, std::string(keyOf(kind)));
    appendField(text, std::to_string(recordId));
    appendField(text, digest);
    return macHex(key, text);
}

std::string ChainHead::witness() const
{
    return formatMessage(_("chain {} · {}"), position, mac.substr(0, 16));
}

std::optional<ChainHead> ChainHead::fromWitness(std::string_view text)
{
    // Digits, then any separator, then hex digits: "1234:9f3a…", "chain 1234 · 9f3a…".
    std::size_t at = 0;
    while (at < text.size() && !std::isdigit(static_cast<unsigned char>(text[at])))
        ++at;
    const std::size_t digitsFrom = at;
    while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
        ++at;
    // Built in place: GCC 12's release build imagines an overflow when a ChainHead is copied in.
    std::optional<ChainHead> head(std::in_place);
    if (at == digitsFrom
        || std::from_chars(text.data() + digitsFrom, text.data() + at, head->position).ec != std::errc())
        return std::nullopt;
    while (at < text.size() && !std::isxdigit(static_cast<unsigned char>(text[at])))
        ++at;
    while (at < text.size() && std::isxdigit(static_cast<unsigned char>(text[at])))
        head->mac += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++])));
    if (head->mac.size() < 16 || head->mac.size() > 64 || at != text.size() || head->position <= 0)
        return std::nullopt;
    return head;
}

const ChainKey* ChainKeyring::find(int number) const
{
    const auto found = keys.find(number);
    return found == keys.end() ? nullptr : &found->second;
}

} // namespace knotwork::integrity
