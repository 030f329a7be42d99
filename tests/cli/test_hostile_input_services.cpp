// The hostile-input table through the services themselves, as the app's forms call them: each bad
// value is refused as a ValidationError naming the field and the rule, and the practice file is
// exactly as it was; odd but valid values are stored and read back exactly.
#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>

#include "app/practice/practice_context.h"
#include "practice_dump.h"
#include "support/environment_override.h"
#include "support/refusal.h"
#include "support/sample_measure.h"
#include "support/signed_visit.h"
#include "support/temp_dir.h"
#include "support/treatment_consent.h"

namespace knotwork {
namespace {

using knotwork::testing::practiceDump;
using knotwork::testing::refusal;

const Date kToday(2026, 11, 23);
const std::string kEscape = "Lima\x1b[2J";
const std::string kNotUtf8 = "Lima\xff";
const std::string kTenMegabytes(10 << 20, 'x');

struct ServiceRefusal {
    std::string name;
    std::function<void()> action;
    std::string field;
    std::string rule;
};

class HostileServiceInput : public ::testing::Test {
protected:
    HostileServiceInput()
    {
        m_practice = std::make_unique<app::PracticeContext>(m_file, db::OpenMode::CreateIfMissing, "Ana Lima",
                                                            Clock::stoppedOn(kToday));
        clients::IntakeRecord record = intake("Martin", "Zoë");
        record.diagnoses.push_back({clients::HeadacheType::TensionType, std::nullopt, "Dr Okafor", Date(2026, 1, 2), ""});
        m_client = clients().saveIntake(record);
        testing::consentToTreatment(clients(), m_client);
        m_provider = clients().saveProvider(provider("Dr Amara Okafor"));
        clients::Consent share;
        share.kind = clients::ConsentKind::ShareRecords;
        share.givenOn = Date(2026, 9, 7);
        share.providerId = m_provider;
        clients().recordConsent(m_client, share);
        m_note = testing::signSampleVisit(m_practice->sessionService(), m_client, Date(2026, 11, 2));
    }

    static clients::IntakeRecord intake(const std::string& family, const std::string& given)
    {
        clients::IntakeRecord record;
        record.client.familyName = family;
        record.client.givenNames = given;
        return record;
    }

    static clients::Provider provider(const std::string& name)
    {
        clients::Provider provider;
        provider.name = name;
        return provider;
    }

    clients::ClientService& clients() { return m_practice->clientService(); }

    plans::TreatmentPlan plan(const Date& start)
    {
        plans::PlanService& plans = m_practice->planService();
        return plans.planFromTemplate(m_client, plans.builtInTemplateFor(m_client), start).plan;
    }

    sharing::ProgressReportRequest report()
    {
        sharing::ProgressReportRequest request;
        request.client = m_client;
        request.recipient = m_provider;
        request.assessment.progress = "Fewer headache days.";
        request.assessment.reason = "Headaches continue.";
        return request;
    }

    void expectRefused(const ServiceRefusal& row)
    {
        SCOPED_TRACE(row.name);
        const std::string before = practiceDump(m_file);
        const std::optional<ValidationError> refused = refusal(row.action);
        ASSERT_TRUE(refused) << "accepted";
        std::vector<std::string> named;
        for (const FieldProblem& problem : refused->problems())
            named.push_back(problem.field + ": " + problem.rule);
        EXPECT_THAT(named, ::testing::Contains(row.field + ": " + row.rule));
        EXPECT_EQ(practiceDump(m_file), before) << "nothing stored changed";
    }

    testing::TempDir m_dir;
    testing::EnvironmentOverride m_dataHome{"XDG_DATA_HOME", (m_dir / "data").string()};
    testing::EnvironmentOverride m_configHome{"XDG_CONFIG_HOME", (m_dir / "config").string()};
    std::filesystem::path m_file = m_dir / "practice.sqlite";
    std::unique_ptr<app::PracticeContext> m_practice;
    clients::ClientId m_client = 0;
    clients::ProviderId m_provider = 0;
    sessions::NoteId m_note = 0;
};

TEST_F(HostileServiceInput, EachBadValueIsRefusedNamingTheFieldAndTheRuleAndNothingStoredChanges)
{
    auto withIntake = [this](const std::function<void(clients::IntakeRecord&)>& change) {
        return [this, change] {
            clients::IntakeRecord record = intake("Lima", "Ana");
            change(record);
            clients().saveIntake(record);
        };
    };
    auto withNote = [this](const std::function<void(sessions::SoapNote&)>& change) {
        return [this, change] {
            sessions::SoapNote note = testing::sampleNote(m_client, Date(2026, 11, 20));
            change(note);
            m_practice->sessionService().addNote(note);
        };
    };
    auto withPlan = [this](const Date& start, const std::function<void(plans::TreatmentPlan&)>& change) {
        return [this, start, change] {
            plans::TreatmentPlan p = plan(start);
            change(p);
            m_practice->planService().addPlan(p);
        };
    };
    auto withMeasure = [this](const std::function<void(plans::OutcomeMeasure&)>& change) {
        return [this, change] {
            plans::OutcomeMeasure measure = testing::ndi(m_client, Date(2026, 11, 20));
            change(measure);
            m_practice->planService().addMeasure(measure);
        };
    };
    auto withReport = [this](const std::function<void(sharing::ProgressReportRequest&)>& change) {
        return [this, change] {
            sharing::ProgressReportRequest request = report();
            change(request);
            m_practice->sharingService().progressReport(request);
        };
    };
    const std::vector<ServiceRefusal> table{
        {"empty name", withIntake([](auto& r) { r.client.familyName = ""; }), "family_name", "required"},
        {"escape in a name", withIntake([](auto& r) { r.client.familyName = kEscape; }), "family_name", "control-character"},
        {"newline in a name", withIntake([](auto& r) { r.client.givenNames = "Ana\nMaria"; }), "given_names", "single-line"},
        {"not UTF-8 in goals", withIntake([](auto& r) { r.intake.goals = kNotUtf8; }), "goals", "invalid-utf8"},
        {"10 MB of notes", withIntake([](auto& r) { r.client.notes = kTenMegabytes; }), "notes", "max-length"},
        {"NUL in the mechanism", withIntake([](auto& r) { r.intake.headache.mechanism = std::string("car\0crash", 9); }),
         "headache.mechanism", "control-character"},
        {"born in 1850", withIntake([](auto& r) { r.client.dateOfBirth = Date(1850, 1, 1); }), "date_of_birth", "date-range"},
        {"diagnosed in 1600", withIntake([](auto& r) { r.diagnoses.push_back({clients::HeadacheType::Migraine, std::nullopt, "Dr X", Date(1600, 1, 1), ""}); }),
         "diagnoses[0].diagnosed_on", "date-range"},
        {"pregnancy ending in 2040", withIntake([](auto& r) {
             r.screeningIssues.insert(clients::SafetyIssue::PregnancyOrPostpartum);
             r.pregnancyEndsOn = Date(2040, 1, 1);
         }),
         "screening.pregnancy_ends_on", "date-range"},
        {"NaN hours of sleep", withIntake([](auto& r) { r.intake.lifestyle.sleepHours = std::nan(""); }), "lifestyle.sleep_hours", "range"},
        {"infinite screen hours", withIntake([](auto& r) { r.client.screenHoursPerDay = HUGE_VAL; }), "screen_hours_per_day", "range"},
        {"C1 control in a clinic", [this] { auto p = provider("Dr Lima"); p.clinic = "a\xc2\x85"; clients().saveProvider(p); }, "clinic", "control-character"},
        {"clearance given in 1800", [this] {
             clients::Clearance clearance;
             clearance.providerId = m_provider;
             clearance.clearedOn = Date(1800, 1, 1);
             clients().recordClearance(m_client, clearance, std::nullopt);
         },
         "clearance.cleared_on", "date-range"},
        {"clearance expiring in 2099", [this] {
             clients::Clearance clearance;
             clearance.providerId = m_provider;
             clearance.clearedOn = Date(2026, 11, 1);
             clearance.expiresOn = Date(2099, 1, 1);
             clients().recordClearance(m_client, clearance, std::nullopt);
         },
         "clearance.expires_on", "date-range"},
        {"consent given in 1850", [this] { testing::consentToTreatment(clients(), m_client, Date(1850, 1, 1)); }, "consent.given_on", "date-range"},
        {"escape in an archive reason", [this] { clients().archive(m_client, kEscape); }, "archive_reason", "control-character"},
        {"not UTF-8 practice name", [this] {
             clients::PracticeSettings settings = clients().settings();
             settings.practiceName = kNotUtf8;
             clients().saveSettings(settings, std::nullopt, std::nullopt);
         },
         "practice_name", "invalid-utf8"},
        {"visit in 1899", withNote([](auto& n) { n.visitDate = Date(1899, 12, 31); }), "visit_date", "date-range"},
        {"escape in plan notes", withNote([](auto& n) { n.plan.notes = kEscape; }), "plan.notes", "control-character"},
        {"newline in referred-to", withNote([](auto& n) { n.plan.referredToName = "Dr A\nDr B"; }), "plan.referred_to_name", "single-line"},
        {"escape in an addendum", [this] { m_practice->sessionService().addAddendum(m_note, kEscape); }, "addendum", "control-character"},
        {"10 MB addendum", [this] { m_practice->sessionService().addAddendum(m_note, kTenMegabytes); }, "addendum", "max-length"},
        {"plan starting in 2030", withPlan(Date(2030, 1, 7), [](auto&) {}), "start_date", "date-range"},
        {"review in 2035", withPlan(kToday, [](auto& p) { p.reviewDate = Date(2035, 1, 1); }), "review_date", "date-range"},
        {"goal target in 2040", withPlan(kToday, [](auto& p) { p.goals.at(0).targetDate = Date(2040, 1, 1); }), "goals[0].target_date", "date-range"},
        {"escape in precautions", withPlan(kToday, [](auto& p) { p.precautions = kEscape; }), "precautions", "control-character"},
        {"measure in 1899", withMeasure([](auto& m) { m.takenOn = Date(1899, 1, 1); }), "taken_on", "date-range"},
        {"measure in 2027", withMeasure([](auto& m) { m.takenOn = Date(2027, 1, 1); }), "taken_on", "not-in-future"},
        {"escape in measure notes", withMeasure([](auto& m) { m.notes = kEscape; }), "notes", "control-character"},
        {"NPRS of -1", withMeasure([](auto& m) {
             m.kind = plans::MeasureKind::Nprs;
             m.answers.clear();
             m.total = -1;
         }),
         "total", "range"},
        {"report from 1800", withReport([](auto& r) { r.from = Date(1800, 1, 1); }), "from", "date-range"},
        {"report to next year", withReport([](auto& r) { r.to = Date(2027, 6, 1); }), "to", "not-in-future"},
        {"escape in questions", withReport([](auto& r) { r.questions = kEscape; }), "questions", "control-character"},
        {"not UTF-8 progress", withReport([](auto& r) { r.assessment.progress = kNotUtf8; }), "progress", "invalid-utf8"},
    };
    for (const ServiceRefusal& row : table)
        expectRefused(row);
}

TEST_F(HostileServiceInput, OddButValidValuesAreStoredAndReadBackExactly)
{
    clients::IntakeRecord record = intake("'); DROP TABLE clients;--", "Zoë \"Z\" 😀");
    record.client.address = "12 Elm St\n\tUnit 4\nToronto";
    record.client.notes = std::string(19998, 'n') + "ễ李";
    record.client.dateOfBirth = Date(1900, 1, 1);
    record.intake.goals = "Less pain; SELECT * FROM clients WHERE 1=1 --";
    const clients::ClientId id = clients().saveIntake(record);
    const clients::ClientChart chart = clients().clients().chart(id);
    EXPECT_EQ(chart.client.familyName, record.client.familyName);
    EXPECT_EQ(chart.client.givenNames, record.client.givenNames);
    EXPECT_EQ(chart.client.address, record.client.address);
    EXPECT_EQ(chart.client.notes, record.client.notes);
    EXPECT_EQ(chart.client.dateOfBirth, record.client.dateOfBirth);
    EXPECT_EQ(chart.intake.goals, record.intake.goals);

    const std::string text = "Phoned:\n\trelief lasted 2 days; ' OR '1'='1";
    m_practice->sessionService().addAddendum(m_note, text);
    const sessions::SoapNote note = m_practice->sessionService().note(m_note);
    ASSERT_EQ(note.addenda.size(), 1u);
    EXPECT_EQ(note.addenda[0].text, text);
}

} // namespace
} // namespace knotwork
