#pragma once
// The fixture of the demo practice's tests: one 300-client demo practice, built once for every
// suite of the process (ONE_PROCESS) and opened afresh for each test, as a new user finds it.
#include <gtest/gtest.h>
#include <memory>

#include "app/practice/practice_context.h"
#include "db/practice_opener.h"
#include "demo/demo_practice.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {

inline const Date kDemoDay(2026, 11, 23);  // a Monday

class DemoPracticeTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (std::filesystem::exists(file()))
            return;
        auto database = openPractice(file(), OpenMode::CreateIfMissing, "demo").database;
        app::PracticeContext practice(*database, "demo", Clock::stoppedOn(kDemoDay));
        ASSERT_TRUE(demo::fillDemoPractice(practice.demoStores(), {300, 5, kDemoDay}));
    }

    void SetUp() override
    {
        m_database = openPractice(file(), OpenMode::ExistingOnly, "demo").database;
        m_practice = std::make_unique<app::PracticeContext>(*m_database, "demo", Clock::stoppedOn(kDemoDay));
    }

    static std::filesystem::path file()
    {
        static const knotwork::testing::TempDir dir;  // removed when the process ends
        return dir.path() / "demo.sqlite";
    }
    static long long count(const std::string& sql) { return std::stoll(knotwork::testing::sqliteQuery(file(), sql)); }

    std::unique_ptr<Database> m_database;
    std::unique_ptr<app::PracticeContext> m_practice;
};

} // namespace knotwork::db
