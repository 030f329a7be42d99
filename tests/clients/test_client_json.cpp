#include <gtest/gtest.h>

#include "clients/client_json.h"
#include "common/error.h"

namespace knotwork::clients {
namespace {

using nlohmann::json;

IntakeRecord fullRecord()
{
    IntakeRecord record;
    Client& client = record.client;
    client.id = 42;
    client.familyName = "Nguyễn";
    client.givenNames = "Thị Zoë";
    client.preferredName = "Zoë";
    client.pronouns = "she/her";
    client.dateOfBirth = Date(1988, 4, 2);
    client.phone = "+1 (416) 555-0142";
    client.email = "zoe@example.com";
    client.address = "12 Rue Saint-Denis\nMontréal QC";
    client.emergencyContact = {"Łukasz Nowak", "partner", "416 555 0199"};
    client.occupation = "Developer";
    client.screenHoursPerDay = 9.5;
    client.notes = std::string(20000, 'n');
    client.archived = true;
    client.archivedOn = Date(2026, 11, 1);
    client.archiveReason = "Moved to Kraków";
    client.rowVersion = 3;
    HeadacheProfile& h = record.intake.headache;
    h.onset = "2 years ago";
    h.mechanism = "Rear-end collision";
    h.mechanismDate = Date(2024, 10, 3);
    h.imagingFindings = "MRI unremarkable";
    h.headacheDaysPerMonth = 14;
    h.usualIntensity = 6;
    h.usualDurationHours = 5.5;
    h.triggers = {HeadacheTrigger::ScreenWork, HeadacheTrigger::JawClenching};
    h.otherTriggers = "Cold wind";
    h.aggravatingMovements = {NeckMovement::TurnLeft, NeckMovement::LookUp};
    h.posture = {PosturePattern::ForwardHead};
    h.medications = "Ibuprofen";
    h.medicationDaysPerMonth = 8;
    record.intake.health = {"Asthma", "Almond oil", {HealthFlag::OilOrLotionAllergy, HealthFlag::Anticoagulants}, "None"};
    record.intake.lifestyle = {6.5, 1.5, 3, 120, 7};
    record.intake.preferredPressure = PressurePreference::Firm;
    record.intake.goals = "Sleep through the night";
    record.diagnoses = {{HeadacheType::Cervicogenic, 7, "", Date(2026, 3, 1), "post-whiplash"},
                        {HeadacheType::TensionType, std::nullopt, "Dr Ólafsdóttir", std::nullopt, ""}};
    record.careTeam = {{7, CareRelation::Referring, Date(2026, 3, 1), "Neck pain and headaches"}};
    record.screeningIssues = {SafetyIssue::RecentHeadOrNeckTrauma, SafetyIssue::PainkillerOveruse};
    record.screeningNotes = "Accident 3 weeks ago";
    return record;
}

TEST(ClientJson, AFullIntakeRoundTripsExactly)
{
    const IntakeRecord record = fullRecord();
    const IntakeRecord back = json::parse(json(record).dump()).get<IntakeRecord>();
    EXPECT_EQ(back.client, record.client);
    EXPECT_EQ(back.intake, record.intake);
    EXPECT_EQ(back.diagnoses, record.diagnoses);
    EXPECT_EQ(back.careTeam, record.careTeam);
    EXPECT_EQ(back.screeningIssues, record.screeningIssues);
    EXPECT_EQ(back.screeningNotes, record.screeningNotes);
}

TEST(ClientJson, WritesStableKeysForChoicesAndDates)
{
    const json document = fullRecord();
    EXPECT_EQ(document["client"]["date_of_birth"], "1988-04-02");
    EXPECT_EQ(document["intake"]["headache"]["triggers"], json({"screen_work", "jaw_clenching"}));
    EXPECT_EQ(document["diagnoses"][0]["type"], "cervicogenic");
    EXPECT_EQ(document["screening"]["issues"], json({"painkiller_overuse", "recent_trauma"}));
    EXPECT_TRUE(document["diagnoses"][1]["diagnosed_on"].is_null());
}

TEST(ClientJson, MissingKeysKeepTheirDefaults)
{
    const IntakeRecord record = json::parse(R"({"client": {"family_name": "Kowalska", "given_names": "Ewa"}})").get<IntakeRecord>();
    EXPECT_EQ(record.client.familyName, "Kowalska");
    EXPECT_FALSE(record.client.dateOfBirth);
    EXPECT_FALSE(record.intake.headache.usualIntensity);
    EXPECT_TRUE(record.diagnoses.empty());
}

void expectProblem(const char* document, const std::string& field, const std::string& rule)
{
    try {
        json::parse(document).get<IntakeRecord>();
        FAIL() << document;
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), field) << error.what();
        EXPECT_EQ(error.rule(), rule) << error.what();
    }
}

TEST(ClientJson, BadValuesNameTheFieldAndTheRule)
{
    expectProblem(R"({"client": {"date_of_birth": "02/04/1988"}})", "date_of_birth", "date");
    expectProblem(R"({"client": {"family_name": 7}})", "family_name", "type");
    expectProblem(R"({"intake": {"headache": {"days_per_month": "many"}}})", "headache.days_per_month", "type");
    expectProblem(R"({"intake": {"headache": {"usual_intensity": 6.5}}})", "headache.usual_intensity", "type");
    expectProblem(R"({"intake": {"headache": {"triggers": ["stress", "full moon"]}}})", "headache.triggers", "choice");
    expectProblem(R"({"diagnoses": [{"type": "tension_type"}, {"type": "brain_tumour"}]})", "diagnoses[1].type", "choice");
    expectProblem(R"({"screening": {"issues": "fever"}})", "screening.issues", "type");
}

TEST(ClientJson, AnUnknownChoiceListsTheAllowedKeys)
{
    try {
        json::parse(R"({"intake": {"preferred_pressure": "deep"}})").get<IntakeRecord>();
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_NE(std::string(error.what()).find("light, moderate, firm"), std::string::npos) << error.what();
    }
}

TEST(ClientJson, ErrorsNameTheKeyInTheirMessage)
{
    try {
        json::parse(R"({"intake": {"headache": {"days_per_month": "lots"}}})").get<IntakeRecord>();
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_EQ(std::string(error.what()), "headache.days_per_month must be a whole number.");
    }
}

TEST(ClientJson, ObjectsOfTheWrongShapeAreNamed)
{
    expectProblem(R"({"client": "Zoë"})", "client", "type");
    expectProblem(R"({"intake": {"lifestyle": [7]}})", "lifestyle", "type");
    expectProblem(R"({"diagnoses": [{"type": "migraine"}, "cluster"]})", "diagnoses[1]", "type");
    expectProblem(R"(["client"])", "document", "type");
}

TEST(ClientJson, NumbersTooLargeForTheFieldAreRefusedNotWrapped)
{
    expectProblem(R"({"intake": {"headache": {"usual_intensity": 4294967302}}})", "headache.usual_intensity", "range");
    expectProblem(R"({"intake": {"lifestyle": {"stress": -9999999999}}})", "lifestyle.stress", "range");
    const IntakeRecord record = json::parse(R"({"intake": {"lifestyle": {"sleep_hours": 7}}})").get<IntakeRecord>();
    EXPECT_EQ(record.intake.lifestyle.sleepHours, 7.0);
}

TEST(ClientJson, ProvidersSettingsClearancesAndConsentsRoundTrip)
{
    const Provider provider{5, "Dr Søren Ólafsson", ProviderRole::Neurologist, "Łódź Headache Clinic",
                            "416 555 0101", "soren@example.org", "416 555 0102", "1 Rue Côté", "Speaks Danish", 2};
    EXPECT_EQ(json::parse(json(provider).dump()).get<Provider>(), provider);

    PracticeSettings settings{"Harbourside Massage", "Zoë Martin", "RMT", "M-1234", "210 Harbour St",
                              "416 555 0100", "hello@example.com", 9, PaperSize::UsLetter, 32, 12, 7,
                              BackupSettings{"/home/zoë/Backups", "/media/usb", 10, 5, 24, 2},
                              RetentionSettings{RetentionRule::YearsAfterLastVisit, 7}, 4};
    EXPECT_EQ(json::parse(json(settings).dump()).get<PracticeSettings>(), settings);

    Clearance clearance;
    clearance.id = 3;
    clearance.providerName = "Dr Nguyễn";
    clearance.clearedOn = Date(2026, 11, 20);
    clearance.conditions = "No neck manipulation";
    clearance.expiresOn = Date(2027, 2, 20);
    clearance.covers = {SafetyIssue::ClusterHeadache};
    clearance.letterAttachmentId = 11;
    clearance.recordedAt = Timestamp::fromIso8601("2026-11-20T15:04:05Z", "recorded_at");
    EXPECT_EQ(json::parse(json(clearance).dump()).get<Clearance>(), clearance);

    const Consent consent{8, ConsentKind::ShareRecords, 5, Date(2026, 1, 5), "", Date(2026, 6, 1), "By phone"};
    EXPECT_EQ(json::parse(json(consent).dump()).get<Consent>(), consent);
}

TEST(ClientJson, ClearanceAndConsentKeysAreNamedAsTheirValidatorsNameThem)
{
    try {
        json::parse(R"({"cleared_on": "20/11/2026"})").get<Clearance>();
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "clearance.cleared_on");
        EXPECT_EQ(error.rule(), "date");
    }
    try {
        json::parse(R"({"kind": "verbal"})").get<Consent>();
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "consent.kind");
        EXPECT_NE(std::string(error.what()).find("treatment, share_records"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace knotwork::clients
