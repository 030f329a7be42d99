#include <gtest/gtest.h>

#include "integrity/integrity_report.h"
#include "integrity/record_seal.h"

using namespace knotwork::integrity;

namespace {

const ChainKey& testKey()
{
    static const ChainKey key = [] {
        ChainKey::Bytes bytes{};
        bytes.fill(42);
        return ChainKey(bytes);
    }();
    return key;
}

} // namespace

TEST(RecordDigest, ChangesWithAnyFieldAndTellsNullFromEmpty)
{
    const SealedFields fields{"2026-12-01", std::string("Ana"), std::nullopt};
    const std::string digest = recordDigest(SealKind::SignedNote, 4, fields);
    EXPECT_EQ(digest.size(), 64u);
    EXPECT_EQ(recordDigest(SealKind::SignedNote, 4, fields), digest);
    EXPECT_NE(recordDigest(SealKind::SignedNote, 5, fields), digest);
    EXPECT_NE(recordDigest(SealKind::Addendum, 4, fields), digest);
    EXPECT_NE(recordDigest(SealKind::SignedNote, 4, {"2026-12-01", std::string("Anb"), std::nullopt}), digest);
    EXPECT_NE(recordDigest(SealKind::SignedNote, 4, {"2026-12-01", std::string("Ana"), std::string()}), digest);
}

TEST(RecordDigest, FieldBoundariesCannotBeShifted)
{
    EXPECT_NE(recordDigest(SealKind::AuditEntry, 1, {"ab", "c"}), recordDigest(SealKind::AuditEntry, 1, {"a", "bc"}));
    EXPECT_NE(recordDigest(SealKind::AuditEntry, 1, {"a;1:b"}), recordDigest(SealKind::AuditEntry, 1, {"a", "b"}));
}

TEST(LinkMac, DependsOnTheKeyThePreviousLinkAndEveryPartOfThisOne)
{
    const std::string digest = recordDigest(SealKind::AuditEntry, 1, {"x"});
    const std::string mac = linkMac(testKey(), kChainStart, 1, SealKind::AuditEntry, 1, digest);
    EXPECT_EQ(mac.size(), 64u);
    EXPECT_EQ(linkMac(testKey(), kChainStart, 1, SealKind::AuditEntry, 1, digest), mac);
    EXPECT_NE(linkMac(ChainKey::generate(), kChainStart, 1, SealKind::AuditEntry, 1, digest), mac);
    EXPECT_NE(linkMac(testKey(), std::string(64, '1'), 1, SealKind::AuditEntry, 1, digest), mac);
    EXPECT_NE(linkMac(testKey(), kChainStart, 2, SealKind::AuditEntry, 1, digest), mac);
    EXPECT_NE(linkMac(testKey(), kChainStart, 1, SealKind::Disclosure, 1, digest), mac);
    EXPECT_NE(linkMac(testKey(), kChainStart, 1, SealKind::AuditEntry, 2, digest), mac);
    EXPECT_NE(linkMac(testKey(), kChainStart, 1, SealKind::AuditEntry, 1, std::string(64, 'a')), mac);
}

TEST(SealKind, KeysRoundTrip)
{
    for (const SealKind kind : {SealKind::AuditEntry, SealKind::SignedNote, SealKind::Addendum,
                                SealKind::Disclosure, SealKind::Key})
        EXPECT_EQ(sealKindFromKey(keyOf(kind)), kind);
    EXPECT_EQ(sealKindFromKey("client"), std::nullopt);
    EXPECT_EQ(recordName(SealKind::SignedNote, 42), "signed session note 42");
}

TEST(ChainHead, AWitnessReadsBackInEitherForm)
{
    const ChainHead head{1234, "9f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8"};
    EXPECT_EQ(head.witness(), "chain 1234 · 9f3a1b2c4d5e6f70");
    const auto printed = ChainHead::fromWitness(head.witness());
    ASSERT_TRUE(printed);
    EXPECT_EQ(printed->position, 1234);
    EXPECT_EQ(printed->mac, "9f3a1b2c4d5e6f70");
    const auto typed = ChainHead::fromWitness("1234:" + head.mac);
    ASSERT_TRUE(typed);
    EXPECT_EQ(typed->mac, head.mac);
    EXPECT_EQ(ChainHead::fromWitness("1234"), std::nullopt);
    EXPECT_EQ(ChainHead::fromWitness("chain 1234 · 9f3a"), std::nullopt) << "too short to witness anything";
    EXPECT_EQ(ChainHead::fromWitness("0:9f3a1b2c4d5e6f70"), std::nullopt);
    EXPECT_EQ(ChainHead::fromWitness("12:9f3a1b2c4d5e6f70 trailing"), std::nullopt);
}

TEST(IntegrityReport, SaysWhetherAllIsIntactOrWhatWasFoundFirst)
{
    IntegrityReport report;
    report.linksChecked = 3;
    EXPECT_TRUE(report.intact());
    EXPECT_EQ(report.summary(), "All 3 sealed records are intact.");
    report.findings.push_back({IntegrityFinding::Area::Chain, "signed session note 42", "Its content was changed."});
    EXPECT_FALSE(report.intact());
    EXPECT_EQ(report.summary(), "1 problem found: signed session note 42 — Its content was changed.");
}
