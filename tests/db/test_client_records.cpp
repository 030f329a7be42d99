// ClientService over the SQL stores on a fresh practice, a file and on the clinic server: what a
// therapist relies on the practice for when adding, screening, clearing, consenting and
// archiving clients: records come back whole, lists search and page, conflicts overwrite
// nothing, the database refuses rewrites and audits. Rules that need no SQL are in
// tests/clients/test_client_service.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "support/new_client.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using namespace std::string_literals;

using namespace knotwork::clients;
using ::testing::HasSubstr;

const Date kToday(2026, 11, 23);

class ClientRecords : public backends::OnBothBackends {
protected:
    ClientRecords()
        : m_stores(*m_database, "Ana Lima", Clock::stoppedOn(kToday)),
          m_service(m_stores.clientService())
    {
    }

    static Provider provider(const std::string& name, ProviderRole role)
    {
        Provider provider;
        provider.name = name;
        provider.role = role;
        return provider;
    }

    ClientId add(const std::string& family, const std::string& given, std::set<SafetyIssue> issues = {})
    {
        return m_service.saveIntake(testing::newClient(family, given, std::move(issues)));
    }

    std::vector<std::string> names(const ClientQuery& query)
    {
        std::vector<std::string> found;
        for (const ClientListRow& row : m_stores.stores().clients().page(query, kToday, 0, 100))
            found.push_back(row.familyName + ", " + row.givenNames);
        return found;
    }

    std::string audit(const std::string& where)
    {
        return m_practice.query("SELECT COUNT(*) FROM audit_log WHERE " + where);
    }

    app::PracticeContext m_stores;
    ClientService& m_service;
};

TEST_P(ClientRecords, AFullIntakeComesBackExactlyIncludingUnicodeAndLongText)
{
    const ProviderId physio = m_service.saveProvider(provider("Dr Amara Okafor", ProviderRole::PhysicalTherapist));
    IntakeRecord record = testing::newClient("Nguyễn", "Thị Zoë");
    record.client.preferredName = "Zoë";
    record.client.pronouns = "she/her";
    record.client.dateOfBirth = Date(1988, 4, 2);
    record.client.phone = "+1 (416) 555-0142";
    record.client.email = "zoe@example.com";
    record.client.address = "12 Rue Saint-Denis\nMontréal QC";
    record.client.emergencyContact = {"Łukasz Nowak", "partner", "416 555 0199"};
    record.client.occupation = "Software developer";
    record.client.screenHoursPerDay = 9.5;
    record.client.notes = std::string(19000, 'a') + "ễ";
    HeadacheProfile& headache = record.intake.headache;
    headache.onset = "After a rear-end collision";
    headache.mechanism = "Whiplash";
    headache.mechanismDate = Date(2025, 12, 2);
    headache.headacheDaysPerMonth = 14;
    headache.usualIntensity = 6;
    headache.usualDurationHours = 5.5;
    headache.triggers = {HeadacheTrigger::ScreenWork, HeadacheTrigger::PoorSleep};
    headache.aggravatingMovements = {NeckMovement::TurnLeft};
    headache.posture = {PosturePattern::ForwardHead};
    record.intake.health.flags = {HealthFlag::OilOrLotionAllergy};
    record.intake.health.allergies = "Almond oil";
    record.intake.lifestyle = {6.5, 1.2, 3, 90, 7};
    record.intake.preferredPressure = PressurePreference::Moderate;
    record.intake.goals = "Work a full day without a headache";
    record.diagnoses = {{HeadacheType::Cervicogenic, physio, "", Date(2026, 3, 1), "after MVA"}};
    record.careTeam = {{physio, CareRelation::Referring, Date(2026, 3, 1), "Cervicogenic headache, post-whiplash"}};

    const ClientId id = m_service.saveIntake(record);
    const ClientChart chart = m_stores.stores().clients().chart(id);
    record.client.id = id;
    record.client.rowVersion = 1;
    EXPECT_EQ(chart.client, record.client);
    EXPECT_EQ(chart.intake, record.intake);
    EXPECT_EQ(chart.diagnoses, record.diagnoses);
    EXPECT_EQ(chart.careTeam, record.careTeam);
    ASSERT_EQ(chart.screenings.size(), 1u);
    EXPECT_EQ(chart.screenings[0].screenedBy, m_practice.actorFor("Ana Lima"));
    EXPECT_EQ(audit("entity = 'client' AND action = 'create' AND actor = '" + m_practice.actorFor("Ana Lima") + "'"), "1");
}

TEST_P(ClientRecords, SearchIgnoresCaseAndAccentsAndMatchesPhoneAndEmail)
{
    IntakeRecord zoe = testing::newClient("Martin", "Zoë");
    zoe.client.phone = "(416) 555-0142";
    zoe.client.email = "zoe.martin@example.com";
    m_service.saveIntake(zoe);
    add("Nowak", "Łukasz");
    add("Nguyễn", "An");
    add("Nguyen", "Bao");
    add("Smith", "Anne");
    add("O'Brien", "Ana-María");

    EXPECT_THAT(names({"obrien"}), ::testing::ElementsAre("O'Brien, Ana-María"));
    EXPECT_THAT(names({"o'bri maria"}), ::testing::ElementsAre("O'Brien, Ana-María"));
    EXPECT_THAT(names({"ZOE"}), ::testing::ElementsAre("Martin, Zoë"));
    EXPECT_THAT(names({"lukasz"}), ::testing::ElementsAre("Nowak, Łukasz"));
    EXPECT_THAT(names({"nguyễn"}), ::testing::ElementsAre("Nguyễn, An", "Nguyen, Bao"));
    EXPECT_THAT(names({"an ngu"}), ::testing::ElementsAre("Nguyễn, An"));
    EXPECT_THAT(names({"555 0142"}), ::testing::ElementsAre("Martin, Zoë"));
    EXPECT_THAT(names({"martin@exa"}), ::testing::ElementsAre("Martin, Zoë"));
    EXPECT_THAT(names({"0142"}), ::testing::ElementsAre("Martin, Zoë"));
    EXPECT_THAT(names({"100%"}), ::testing::IsEmpty());
    // Letters match the start of a word: "ar" is not every Martin, and example.com is no match.
    EXPECT_THAT(names({"ar"}), ::testing::IsEmpty());
    EXPECT_THAT(names({"example"}), ::testing::ElementsAre("Martin, Zoë"));
    EXPECT_EQ(m_stores.stores().clients().count({"com"}, kToday), 1);
    EXPECT_EQ(m_stores.stores().clients().count({"ngu"}, kToday), 2);
    EXPECT_EQ(m_stores.stores().clients().count({""}, kToday), 6);
}

TEST_P(ClientRecords, ListsPageThroughClientsInNameOrder)
{
    for (int i = 0; i < 30; ++i)
        add("Family" + std::to_string(100 + i), "Given");
    const auto first = m_stores.stores().clients().page({}, kToday, 0, 10);
    const auto third = m_stores.stores().clients().page({}, kToday, 20, 10);
    ASSERT_EQ(first.size(), 10u);
    ASSERT_EQ(third.size(), 10u);
    EXPECT_EQ(first.front().familyName, "Family100");
    EXPECT_EQ(third.back().familyName, "Family129");
}

TEST_P(ClientRecords, ARedFlagMakesTheClientReferAndAClearanceWithItsLetterClearsIt)
{
    const ClientId id = add("Martin", "Zoë", {SafetyIssue::RecentHeadOrNeckTrauma});
    EXPECT_EQ(m_stores.stores().clients().page({"martin"}, kToday, 0, 1).at(0).status, SafetyStatus::ClearanceRequired);
    m_service.rescreen(id, {SafetyIssue::VisionChanges}, "blurred vision since Tuesday");
    EXPECT_EQ(m_service.assess(m_stores.stores().clients().chart(id)).status, SafetyStatus::ReferBeforeTreatment);
    EXPECT_EQ(m_stores.stores().clients().count({"", ClientFilter::NeedsClearance}, kToday), 1);

    Attachment letter;
    letter.fileName = "clearance Dr Okafor.pdf";
    letter.mediaType = mediaTypeForFileName(letter.fileName);
    letter.content = "%PDF-1.4\0\x01\xff binary"s;
    Clearance clearance;
    clearance.providerName = "Dr Amara Okafor";
    clearance.clearedOn = Date(2026, 11, 22);
    clearance.expiresOn = Date(2027, 2, 22);
    clearance.conditions = "No neck manipulation";
    m_service.recordClearance(id, clearance, letter);

    const ClientChart chart = m_stores.stores().clients().chart(id);
    ASSERT_EQ(chart.clearances.size(), 1u);
    EXPECT_EQ(chart.clearances[0].covers, (std::set{SafetyIssue::RecentHeadOrNeckTrauma, SafetyIssue::VisionChanges}));
    const SafetyAssessment assessment = m_service.assess(chart);
    EXPECT_EQ(assessment.status, SafetyStatus::Cleared);
    EXPECT_EQ(assessment.clearedUntil, Date(2027, 2, 22));
    const Attachment stored = m_stores.stores().clients().attachment(*chart.clearances[0].letterAttachmentId);
    EXPECT_EQ(stored.content, letter.content);
    EXPECT_EQ(stored.fileName, letter.fileName);
    EXPECT_EQ(stored.clientId, id);

    const ClientListRow row = m_stores.stores().clients().page({"martin"}, kToday, 0, 1).at(0);
    EXPECT_EQ(row.status, SafetyStatus::Cleared);
    EXPECT_EQ(row.clearedUntil, Date(2027, 2, 22));
    EXPECT_EQ(m_stores.stores().clients().count({"", ClientFilter::NeedsClearance}, kToday), 0);
    // Once the clearance expires the list shows the client as blocked again, without any write.
    const Date later(2027, 3, 1);
    EXPECT_EQ(m_stores.stores().clients().page({"martin"}, later, 0, 1).at(0).status, SafetyStatus::ReferBeforeTreatment);
    EXPECT_EQ(m_stores.stores().clients().count({"", ClientFilter::NeedsClearance}, later), 1);
}

TEST_P(ClientRecords, AStaleCopyIsAConflictAndOverwritesNothing)
{
    const ClientId id = add("Smith", "Anne");
    IntakeRecord first = m_stores.stores().clients().chart(id).intakeRecord();
    IntakeRecord second = first;
    first.client.phone = "416 555 0100";
    m_service.saveIntake(first);
    second.client.phone = "416 555 0199";
    EXPECT_THROW(m_service.saveIntake(second), ConflictError);
    EXPECT_EQ(m_stores.stores().clients().chart(id).client.phone, "416 555 0100");
}

TEST_P(ClientRecords, ClientsWithClinicalRecordsAreArchivedNeverDeleted)
{
    const ClientId id = add("Smith", "Anne");
    const int version = m_stores.stores().clients().chart(id).client.rowVersion;
    EXPECT_THROW(m_stores.stores().clients().remove(id, version), ConflictError);
    m_service.archive(id, "Moved away");
    EXPECT_EQ(m_stores.stores().clients().count({"smith", ClientFilter::Active}, kToday), 0);
    EXPECT_EQ(m_stores.stores().clients().count({"smith", ClientFilter::Archived}, kToday), 1);
    const Client archived = m_stores.stores().clients().chart(id).client;
    EXPECT_TRUE(archived.archived);
    EXPECT_EQ(archived.archivedOn, kToday);
    EXPECT_EQ(archived.archiveReason, "Moved away");
    m_service.restore(id);
    EXPECT_EQ(m_stores.stores().clients().count({"smith", ClientFilter::Active}, kToday), 1);
    EXPECT_EQ(audit("entity = 'client' AND action IN ('archive', 'restore')"), "2");
}

TEST_P(ClientRecords, ScreeningsClearancesAndConsentsCannotBeRewrittenBehindKnotworksBack)
{
    const ClientId id = add("Martin", "Zoë", {SafetyIssue::ClusterHeadache});
    const ProviderId neuro = m_service.saveProvider(provider("Dr Søren Holm", ProviderRole::Neurologist));
    Clearance clearance;
    clearance.providerId = neuro;
    clearance.clearedOn = kToday;
    m_service.recordClearance(id, clearance, std::nullopt);
    Consent consent;
    consent.kind = ConsentKind::ShareRecords;
    consent.providerId = neuro;
    consent.givenOn = kToday;
    const long long consentId = m_service.recordConsent(id, consent);

    for (const char* sql : {"UPDATE screenings SET issues = ''", "DELETE FROM screenings",
                            "UPDATE clearances SET expires_on = '2030-01-01'", "DELETE FROM clearances",
                            "UPDATE consents SET provider_id = NULL", "DELETE FROM consents",
                            "DELETE FROM audit_log"}) {
        EXPECT_THROW(m_practice.query(sql), std::runtime_error) << sql;
    }
    // Revoking is the one change a consent allows, once.
    m_service.revokeConsent(id, consentId, kToday);
    EXPECT_FALSE(mayShareWith(m_stores.stores().clients().chart(id).consents, neuro, kToday));
    EXPECT_THROW(m_service.revokeConsent(id, consentId, kToday), ValidationError);
    EXPECT_THROW(m_practice.query("UPDATE consents SET revoked_on = NULL"), std::runtime_error);
}

TEST_P(ClientRecords, ProvidersAndSettingsRoundTrip)
{
    Provider provider = this->provider("Dr Amara Okafor", ProviderRole::Chiropractor);
    provider.clinic = "Spine & Co";
    provider.phone = "416 555 0100";
    provider.email = "amara@example.com";
    provider.fax = "416 555 0101";
    provider.address = "1 Main St";
    provider.notes = "Prefers fax";
    provider.id = m_service.saveProvider(provider);
    provider.rowVersion = 1;
    EXPECT_EQ(m_stores.stores().providers().get(provider.id), provider);
    EXPECT_EQ(m_stores.stores().providers().search("OKAFOR", 10).size(), 1u);
    EXPECT_EQ(m_stores.stores().providers().search("spine", 10).size(), 1u);
    Provider stale = provider;
    provider.clinic = "Spine & Co West";
    m_service.saveProvider(provider);
    EXPECT_THROW(m_service.saveProvider(stale), ConflictError);

    PracticeSettings settings = m_service.settings();
    EXPECT_EQ(settings.rowVersion, 0);
    settings.practiceName = "Harbourside Massage";
    settings.therapistName = "Ana Lima";
    settings.credentials = "RMT";
    settings.paperSize = PaperSize::UsLetter;
    Attachment logo;
    logo.fileName = "logo.png";
    logo.mediaType = "image/png";
    logo.content = "\x89PNG fake bytes";
    m_service.saveSettings(settings, logo);
    const PracticeSettings saved = m_service.settings();
    EXPECT_EQ(saved.practiceName, "Harbourside Massage");
    EXPECT_EQ(saved.paperSize, PaperSize::UsLetter);
    ASSERT_TRUE(saved.logoAttachmentId);
    EXPECT_EQ(m_stores.stores().clients().attachment(*saved.logoAttachmentId).content, logo.content);
    EXPECT_THROW(m_service.saveSettings(settings, std::nullopt), ConflictError);

    // The signature is stored beside the logo, which stays.
    Attachment signature;
    signature.fileName = "signature.jpg";
    signature.mediaType = "image/jpeg";
    signature.content = "\xFF\xD8 fake bytes";
    PracticeSettings withSignature = saved;
    withSignature.romMeaningfulChange = 12;
    m_service.saveSettings(withSignature, std::nullopt, signature);
    const PracticeSettings signedSettings = m_service.settings();
    ASSERT_TRUE(signedSettings.signatureAttachmentId);
    EXPECT_EQ(m_stores.stores().clients().attachment(*signedSettings.signatureAttachmentId).content,
              signature.content);
    EXPECT_EQ(signedSettings.logoAttachmentId, saved.logoAttachmentId);
    EXPECT_EQ(signedSettings.romMeaningfulChange, 12);

    signature.mediaType = "application/pdf";
    try {
        m_service.saveSettings(signedSettings, std::nullopt, signature);
        ADD_FAILURE() << "a PDF is no signature image";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.problems().front().field, "signature");
    }
}

TEST_P(ClientRecords, AnUnknownClientIsNotFound)
{
    EXPECT_THROW(m_stores.stores().clients().chart(999), NotFoundError);
    EXPECT_THROW(m_service.archive(999, ""), NotFoundError);
}

KNOTWORK_ON_BOTH_BACKENDS(ClientRecords);

} // namespace
} // namespace knotwork::db
