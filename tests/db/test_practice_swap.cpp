#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_swap.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

namespace fs = std::filesystem;

TEST(PracticeSwap, WhatAKilledReplacementLeftIsRemovedAndNothingElse)
{
    testing::TempDir dir;
    const fs::path practice = dir / "practice.sqlite";
    testing::writeBytes(practice, "the practice");
    const std::vector<std::string> leftovers = {
        "practice.sqlite.partial", "practice.sqlite.partial-wal", "practice.sqlite.partial.partial",
        // a restored older backup's copy before its upgrade, and that copy's own partial
        "practice.sqlite.format-9.20261206T080000Z.partial", "practice.sqlite.format-9.20261206T080000Z.partial.partial"};
    const std::vector<std::string> kept = {"practice.format-9.20261206T080000Z.sqlite", "other.sqlite.partial",
                                           "practice-20261206T080000Z.knotwork-backup"};
    for (const auto& name : leftovers)
        testing::writeBytes(dir / name, "half");
    for (const auto& name : kept)
        testing::writeBytes(dir / name, "whole");

    removeUnfinishedReplacement(practice);

    for (const auto& name : leftovers)
        EXPECT_FALSE(fs::exists(dir / name)) << name;
    for (const auto& name : kept)
        EXPECT_EQ(testing::readBytes(dir / name), "whole") << name;
    EXPECT_EQ(testing::readBytes(practice), "the practice");
}

TEST(PracticeSwap, APracticeStillOpenElsewhereIsNotReplaced)
{
    testing::TempDir dir;
    const fs::path practice = dir / "practice.sqlite";
    testing::writeBytes(practice, "the practice");
    testing::writeBytes(dir / "practice.sqlite-wal", "another program's writes");
    testing::writeBytes(dir / "practice.sqlite.partial", "the replacement");

    EXPECT_THROW(swapInPractice(dir / "practice.sqlite.partial", practice), StorageError);
    EXPECT_EQ(testing::readBytes(practice), "the practice");
    EXPECT_EQ(testing::readBytes(dir / "practice.sqlite-wal"), "another program's writes");

    fs::remove(dir / "practice.sqlite-wal");
    swapInPractice(dir / "practice.sqlite.partial", practice);
    EXPECT_EQ(testing::readBytes(practice), "the replacement");
    EXPECT_FALSE(fs::exists(dir / "practice.sqlite.partial"));
}

} // namespace
} // namespace knotwork::db
