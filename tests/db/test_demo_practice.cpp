// The demo practice a new user explores: realistic, varied, and the same every time for the same
// seed and day.
#include <boost/date_time/c_local_time_adjustor.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clients/client_json.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "demo/demo_notes.h"
#include "demo/demo_practice.h"
#include "plans/plan_json.h"
#include "sessions/note_rules.h"
#include "sessions/note_validation.h"
#include "sessions/session_json.h"
#include "support/environment_override.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::clients;
using testing::sqliteQuery;

const Date kDay(2026, 11, 23);

class DemoPractice : public ::testing::Test {
protected:
    std::filesystem::path fill(const std::string& name, demo::DemoOptions options)
    {
        const auto file = m_dir / name;
        auto database = openPractice(file, OpenMode::CreateIfMissing, "demo").database;
        app::PracticeContext stores(*database, "demo", Clock::stoppedOn(kDay));
        EXPECT_TRUE(demo::fillDemoPractice(stores.demoStores(), options));
        return file;
    }

    // Everything a person could see of every client, in list order.
    static std::string everything(const std::filesystem::path& file)
    {
        auto database = openPractice(file, OpenMode::ExistingOnly, "demo").database;
        app::PracticeContext stores(*database, "demo", Clock::stoppedOn(kDay));
        nlohmann::json all = nlohmann::json::array();
        for (const ClientListRow& row : stores.stores().clients().page({"", ClientFilter::All}, kDay, 0, 100000))
            all.push_back(nlohmann::json{{"row", row},
                                         {"chart", stores.stores().clients().chart(row.id)},
                                         {"notes", stores.stores().sessions().history(row.id)},
                                         {"plans", stores.stores().plans().plans(row.id)},
                                         {"measures", stores.stores().plans().measures(row.id)}});
        return all.dump();
    }

    static long long count(const std::filesystem::path& file, const std::string& sql)
    {
        return std::stoll(sqliteQuery(file, sql));
    }

    knotwork::testing::TempDir m_dir;
};

TEST_F(DemoPractice, TheSameSeedAndDayGiveTheSamePractice)
{
    const auto first = fill("first.sqlite", {300, 11, kDay});
    const auto second = fill("second.sqlite", {300, 11, kDay});
    EXPECT_EQ(everything(first), everything(second));
    const auto other = fill("other.sqlite", {300, 12, kDay});
    EXPECT_NE(everything(first), everything(other));
}

TEST_F(DemoPractice, TheSameSeedAndDayGiveTheSameYearsOfPractice)
{
    demo::DemoOptions options{60, 11, kDay};
    options.years = 20;
    const auto first = fill("first.sqlite", options);
    const auto second = fill("second.sqlite", options);
    EXPECT_EQ(everything(first), everything(second));
    options.seed = 12;
    EXPECT_NE(everything(first), everything(fill("other.sqlite", options)));
}

TEST_F(DemoPractice, LooksLikeARealHeadacheCaseload)
{
    const auto file = fill("demo.sqlite", {600, 1, kDay});
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM clients"), 600);
    EXPECT_GE(count(file, "SELECT COUNT(*) FROM providers"), 8);
    for (const char* name : {"Zoë", "Łukasz"})
        EXPECT_GT(count(file, std::string("SELECT COUNT(*) FROM clients WHERE given_names = '") + name + "'"), 0) << name;
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE family_name = 'Nguyễn'"), 0);
    // Mixed diagnoses, some clients not diagnosed.
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM diagnoses WHERE headache_type = 'tension_type'"), 150);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM diagnoses WHERE headache_type = 'cervicogenic'"), 100);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE id NOT IN (SELECT client_id FROM diagnoses)"), 10);
    // Safety: some blocked, some cleared by a clearance on file.
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE safety_status IN ('refer', 'clearance_required')"), 0);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE safety_status = 'cleared'"), 0);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clearances"), 0);
    // Consents: most share with their referrer, some deliberately do not.
    const long long sharing = count(file, "SELECT COUNT(*) FROM consents WHERE kind = 'share_records'");
    EXPECT_GT(sharing, 400);
    EXPECT_LT(sharing, 600);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE archived = 1"), 10);
    EXPECT_EQ(sqliteQuery(file, "SELECT practice_name FROM practice_settings"), "Harbourside Massage (demo practice)");
    EXPECT_EQ(sqliteQuery(file, "PRAGMA foreign_key_check"), "");
}

TEST_F(DemoPractice, WritesYearsOfValidSignedNotes)
{
    const auto file = fill("notes.sqlite", {300, 3, kDay});
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM session_notes"), 300 * 5);
    EXPECT_LT(sqliteQuery(file, "SELECT MIN(visit_date) FROM session_notes"), "2024-12-01") << "years of notes";
    EXPECT_LE(sqliteQuery(file, "SELECT MAX(visit_date) FROM session_notes"), isoDate(kDay));
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM session_notes WHERE late_entry = 1"), 0);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM note_addenda"), 0);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE last_visit_on IS NOT NULL"), 150);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM session_notes n JOIN clients c ON c.id = n.client_id "
                          "WHERE c.safety_status_uncleared IN ('refer', 'clearance_required') AND NOT EXISTS "
                          "(SELECT 1 FROM clearances k WHERE k.client_id = c.id AND n.visit_date >= k.cleared_on "
                          "AND (k.expires_on IS NULL OR n.visit_date <= k.expires_on))"), 0)
        << "nobody blocked is treated outside a clearance";

    auto database = openPractice(file, OpenMode::ExistingOnly, "demo").database;
    app::PracticeContext stores(*database, "demo", Clock::stoppedOn(kDay));
    int checked = 0;
    for (const ClientListRow& row : stores.stores().clients().page({"", ClientFilter::All}, kDay, 0, 60))
        for (const sessions::NoteSummary& summary : stores.stores().sessions().history(row.id)) {
            Validator validator;
            sessions::validateForSigning(stores.stores().sessions().note(summary.id), kDay, validator);
            EXPECT_TRUE(validator.ok()) << "note " << summary.id << ": " << validator.problems().front().message;
            ++checked;
        }
    EXPECT_GT(checked, 100);
}

// Headache days a month, averaged over the first or the last three notes of a course.
double headacheDaysPerMonth(const std::vector<sessions::SoapNote>& notes, bool first)
{
    double sum = 0;
    for (int i = 0; i < 3; ++i) {
        const auto& note = first ? notes[i] : notes[notes.size() - 1 - i];
        sum += sessions::headacheDaysPerMonth(note.subjective).value_or(0);
    }
    return sum / 3;
}

// A client with 16 headache days a month, consent to treat and nothing blocking, who first came
// 400 days before kDay.
clients::ClientStore::ImportedClient treatableClient()
{
    clients::ClientStore::ImportedClient file;
    file.record.intake.headache.headacheDaysPerMonth = 16;
    file.record.intake.headache.usualIntensity = 6;
    Screening intake;
    intake.screenedAt = Timestamp(boost::posix_time::ptime(kDay - boost::gregorian::days(400),
                                                           boost::posix_time::hours(12)));
    file.screenings.push_back(intake);
    file.consents.push_back({0, ConsentKind::Treatment, std::nullopt, kDay - boost::gregorian::days(400), "", std::nullopt, ""});
    return file;
}

TEST(DemoCourses, ImprovingCoursesImproveOthersDoNotAndDropoutsStopEarly)
{
    demo::DemoRandom random(5);
    std::map<demo::CourseKind, int> seen;
    for (int i = 0; i < 400; ++i) {
        const demo::DemoCourse course = demo::makeDemoCourse(random, treatableClient(), 1, "Ana Lima, RMT", kDay);
        ++seen[course.kind];
        if (course.kind == demo::CourseKind::DroppedOut) {
            EXPECT_LE(course.notes.size(), 5u);
            continue;
        }
        ASSERT_GE(course.notes.size(), 6u);
        const double before = headacheDaysPerMonth(course.notes, true);
        const double after = headacheDaysPerMonth(course.notes, false);
        if (course.kind == demo::CourseKind::Improving) {
            EXPECT_LT(after, before * 0.6) << "an improving course has fewer headache days";
            const auto& last = course.notes.back().objective.rom.at(sessions::RomDirection::RotationLeft);
            const auto& firstRom = course.notes.front().objective.rom.at(sessions::RomDirection::RotationLeft);
            EXPECT_GT(*last.before, *firstRom.before);
        } else {
            EXPECT_GT(after, before * 0.6) << "a course that does not improve stays about the same";
            EXPECT_TRUE(course.notes.back().plan.referralMade);
        }
    }
    EXPECT_GT(seen[demo::CourseKind::Improving], 150);
    EXPECT_GT(seen[demo::CourseKind::NotImproving], 60);
    EXPECT_GT(seen[demo::CourseKind::DroppedOut], 40);
}

// Visit times are local, signatures are stored in UTC: wherever the computer is, a demo note is
// begun at the visit and signed after it ends, addenda come after the signature, and only
// today's visit can still be a draft (nothing is signed in the future).
TEST(DemoCourses, NotesAreSignedAfterTheVisitInEveryTimeZone)
{
    using boost::posix_time::hours;
    using boost::posix_time::minutes;
    using boost::posix_time::ptime;
    using LocalAdjustor = boost::date_time::c_local_adjustor<ptime>;
    for (const char* zone : {"America/Toronto", "Asia/Tokyo", "UTC"}) {
        const knotwork::testing::TimeZoneOverride timeZone(zone);
        const ptime noon(kDay, hours(12));
        ASSERT_EQ(LocalAdjustor::utc_to_local(noon) == noon, std::string(zone) == "UTC") << zone << " is in effect";

        demo::DemoRandom random(8);
        int drafts = 0, late = 0, addenda = 0;
        for (int i = 0; i < 400; ++i) {
            const demo::DemoCourse course = demo::makeDemoCourse(random, treatableClient(), 1, "Ana Lima, RMT", kDay);
            for (const sessions::SoapNote& note : course.notes) {
                ASSERT_TRUE(note.createdAt && note.visitTime);
                const ptime began(note.visitDate, *note.visitTime);
                const ptime created = LocalAdjustor::utc_to_local(note.createdAt->utc());
                EXPECT_GE(created, began) << zone;
                if (!note.signedNote()) {
                    EXPECT_EQ(note.visitDate, kDay) << zone << ": only today's visit is still a draft";
                    ++drafts;
                    continue;
                }
                EXPECT_LT(note.visitDate, kDay) << zone << ": nothing is signed for a visit later today";
                const ptime signedLocal = LocalAdjustor::utc_to_local(note.signedAt->utc());
                EXPECT_GT(signedLocal, began + minutes(note.plan.durationMinutes.value_or(60))) << zone;
                EXPECT_LT(created, signedLocal) << zone;
                EXPECT_EQ(note.lateEntry, signedLocal - began > hours(24)) << zone;
                late += note.lateEntry ? 1 : 0;
                for (const sessions::Addendum& addendum : note.addenda) {
                    EXPECT_LT(*note.signedAt, addendum.writtenAt) << zone;
                    ++addenda;
                }
            }
        }
        EXPECT_GT(drafts, 0) << zone;
        EXPECT_GT(late, 0) << zone;
        EXPECT_GT(addenda, 0) << zone;
    }
}

TEST_F(DemoPractice, NotesKeepTheirDateOfEntry)
{
    // A day long past, so that a note stamped when the demo was made would stand out.
    const Date day(2020, 6, 1);
    const auto file = fill("entry.sqlite", {200, 4, day});
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM session_notes WHERE created_at > '2020-06-02'"), 0)
        << "written around the visit, not when the demo was made";
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM session_notes WHERE signed_at < created_at"), 0);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM session_notes WHERE created_at < '2019-01-01'"), 0);
}

TEST_F(DemoPractice, StopsWhenTheProgressCallbackSaysSo)
{
    const auto file = m_dir / "cancelled.sqlite";
    auto database = openPractice(file, OpenMode::CreateIfMissing, "demo").database;
    app::PracticeContext stores(*database, "demo", Clock::stoppedOn(kDay));
    int calls = 0;
    EXPECT_FALSE(demo::fillDemoPractice(stores.demoStores(), {2500, 1, kDay}, [&](int done, int total) {
        EXPECT_EQ(total, 2500);
        EXPECT_EQ(done, 100);
        return ++calls < 1;
    }));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(sqliteQuery(file, "SELECT COUNT(*) FROM clients"), "100");
}

} // namespace
} // namespace knotwork::db
