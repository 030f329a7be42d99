#include <cctype>
#include <gtest/gtest.h>

#include "integrity/chain_key.h"

using namespace knotwork::integrity;

namespace {

ChainKey keyOfByte(unsigned char value)
{
    ChainKey::Bytes bytes{};
    bytes.fill(value);
    return ChainKey(bytes);
}

} // namespace

TEST(ChainKey, NewKeysAreRandom)
{
    EXPECT_NE(ChainKey::generate(), ChainKey::generate());
}

TEST(ChainKey, TheRecoveryCodeGivesTheKeyBackHoweverItIsTyped)
{
    const ChainKey key = ChainKey::generate();
    const std::string code = key.recoveryCode();
    EXPECT_EQ(code.size(), 55u + 10u) << code;  // 55 characters in groups of five
    EXPECT_EQ(ChainKey::fromRecoveryCode(code), key);

    std::string typed;
    for (const char c : code)
        if (c != '-')
            typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(ChainKey::fromRecoveryCode(typed), key);
}

TEST(ChainKey, ReadsLettersPeopleMistakeForDigits)
{
    const std::string code = keyOfByte(0).recoveryCode();
    ASSERT_EQ(code.substr(0, 5), "00000");
    EXPECT_EQ(ChainKey::fromRecoveryCode("OoO00" + code.substr(5)), keyOfByte(0));
}

TEST(ChainKey, AMistypedOrShortCodeIsRefused)
{
    const ChainKey key = ChainKey::generate();
    std::string code = key.recoveryCode();
    code[3] = code[3] == 'A' ? 'B' : 'A';
    EXPECT_EQ(ChainKey::fromRecoveryCode(code), std::nullopt);
    EXPECT_EQ(ChainKey::fromRecoveryCode(key.recoveryCode().substr(0, 20)), std::nullopt);
    EXPECT_EQ(ChainKey::fromRecoveryCode(key.recoveryCode() + "A"), std::nullopt);
    EXPECT_EQ(ChainKey::fromRecoveryCode("not a code!"), std::nullopt);
    EXPECT_EQ(ChainKey::fromRecoveryCode(""), std::nullopt);
}

TEST(ChainKey, HexRoundTripsAndRefusesOtherText)
{
    const ChainKey key = ChainKey::generate();
    EXPECT_EQ(key.hex().size(), 64u);
    EXPECT_EQ(ChainKey::fromHex(key.hex()), key);
    EXPECT_EQ(ChainKey::fromHex(key.hex().substr(2)), std::nullopt);
    EXPECT_EQ(ChainKey::fromHex(std::string(64, 'g')), std::nullopt);
}

TEST(ChainKey, TheFingerprintNamesTheKeyWithoutGivingItAway)
{
    const ChainKey key = keyOfByte(7);
    EXPECT_EQ(key.fingerprint(), keyOfByte(7).fingerprint());
    EXPECT_NE(key.fingerprint(), keyOfByte(8).fingerprint());
    EXPECT_EQ(key.fingerprint().find(key.hex()), std::string::npos);
}

TEST(ChainKey, AWrappedKeyOpensOnlyWithItsPassphrase)
{
    const ChainKey key = ChainKey::generate();
    const std::string wrapped = wrapKey(key, "correct horse battery");
    EXPECT_EQ(wrapped.find(key.hex()), std::string::npos);
    EXPECT_EQ(unwrapKey(wrapped, "correct horse battery"), key);
    EXPECT_EQ(unwrapKey(wrapped, "correct horse batterY"), std::nullopt);
    EXPECT_NE(wrapKey(key, "correct horse battery"), wrapped) << "a fresh salt and nonce each time";
}

TEST(ChainKey, ADamagedWrappingIsRefusedNotMisread)
{
    const ChainKey key = ChainKey::generate();
    std::string wrapped = wrapKey(key, "passphrase1");
    wrapped[wrapped.size() - 40] = wrapped[wrapped.size() - 40] == '0' ? '1' : '0';
    EXPECT_EQ(unwrapKey(wrapped, "passphrase1"), std::nullopt);
    EXPECT_EQ(unwrapKey("v1:zz", "passphrase1"), std::nullopt);
    EXPECT_EQ(unwrapKey("", "passphrase1"), std::nullopt);
}
