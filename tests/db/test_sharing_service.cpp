// SharingService and ReportExporter over the SQL stores: consent to share is checked on the day
// of sending, the report covers the period asked, and an export that cannot be logged leaves no
// file behind.
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "reports/report_exporter.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

// A day after the visits and consents of the fixture, and within the year the reports cover.
const Date kToday(2026, 11, 30);

using clients::ClientId;
using clients::ProviderId;
using sharing::ProgressReportRequest;
using ::testing::HasSubstr;

class Sharing : public ::testing::Test {
protected:
    Sharing()
        : m_database(openPractice(m_dir / "practice.sqlite", OpenMode::CreateIfMissing, "setup").database),
          m_stores(*m_database, "Maya", Clock::stoppedOn(kToday))
    {
        clients::Provider pt;
        pt.name = "Dr Amara Okafor, PT";
        pt.role = clients::ProviderRole::PhysicalTherapist;
        m_recipient = clients().saveProvider(pt);
        clients::Provider chiro;
        chiro.name = "Dr Lee";
        chiro.role = clients::ProviderRole::Chiropractor;
        m_other = clients().saveProvider(chiro);

        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        record.careTeam = {{m_recipient, clients::CareRelation::Referring, std::nullopt, "Neck pain and headaches"}};
        m_client = clients().saveIntake(record);
        knotwork::testing::consentToTreatment(clients(), m_client);
        for (const Date& visit : {Date(2026, 3, 2), Date(2026, 4, 6), Date(2026, 5, 4), Date(2026, 6, 1)})
            signVisit(visit);
    }

    clients::ClientService& clients() { return m_stores.clientService(); }
    sharing::SharingService& sharing() { return m_stores.sharingService(); }

    void signVisit(const Date& visit)
    {
        sessions::SessionService& sessions = m_stores.sessionService();
        sessions::SoapNote opened = sessions.openNote(m_client, visit, std::nullopt);
        sessions::SoapNote filled = knotwork::testing::sampleNote(m_client, visit);
        filled.id = opened.id;
        filled.rowVersion = opened.rowVersion;
        filled.rowVersion = sessions.saveDraft(filled);
        sessions.sign(filled.id, filled.rowVersion);
    }

    void consentToShareWith(ProviderId provider)
    {
        clients::Consent consent;
        consent.kind = clients::ConsentKind::ShareRecords;
        consent.providerId = provider;
        consent.givenOn = Date(2026, 3, 2);
        m_consent = clients().recordConsent(m_client, consent);
    }

    ProgressReportRequest request() const
    {
        ProgressReportRequest asked;
        asked.client = m_client;
        asked.recipient = m_recipient;
        return asked;
    }

    knotwork::testing::TempDir m_dir;
    std::unique_ptr<Database> m_database;
    app::PracticeContext m_stores;
    ProviderId m_recipient = 0, m_other = 0;
    ClientId m_client = 0;
    long long m_consent = 0;
};

TEST_F(Sharing, AReportNeedsAnActiveConsentToShareWithThatVeryProvider)
{
    consentToShareWith(m_other);
    try {
        sharing().progressReport(request());
        FAIL() << "a report left without consent";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "recipient");
        EXPECT_EQ(error.rule(), "share-consent");
        EXPECT_THAT(error.what(), HasSubstr("Dr Amara Okafor, PT"));
    }
    consentToShareWith(m_recipient);
    EXPECT_EQ(sharing().progressReport(request()).header.consent->id, m_consent);
    clients().revokeConsent(m_client, m_consent, clients().today());
    EXPECT_THROW(sharing().progressReport(request()), ValidationError);
}

TEST_F(Sharing, TheReportCoversThePeriodAskedFromTheFirstVisitByDefault)
{
    consentToShareWith(m_recipient);
    const sharing::ProgressReportData whole = sharing().progressReport(request());
    EXPECT_EQ(whole.from, Date(2026, 3, 2));
    EXPECT_EQ(whole.to, clients().today());
    EXPECT_EQ(whole.notes.size(), 4u);
    EXPECT_EQ(whole.progress.visits.size(), 4u) << "baselines may come from before the period";

    ProgressReportRequest spring = request();
    spring.from = Date(2026, 4, 1);
    spring.to = Date(2026, 5, 31);
    const sharing::ProgressReportData part = sharing().progressReport(spring);
    ASSERT_EQ(part.notes.size(), 2u);
    EXPECT_EQ(part.notes.front().visitDate, Date(2026, 4, 6));

    spring.from = Date(2026, 6, 1);
    try {
        sharing().progressReport(spring);
        FAIL() << "a period that ends before it starts was accepted";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "from");
        EXPECT_EQ(error.rule(), "period");
    }
}

TEST_F(Sharing, ABatchFindsTheProvidersClientsAndWhichOfThemConsent)
{
    clients::IntakeRecord other;
    other.client.familyName = "Adeyemi";
    other.client.givenNames = "Siobhán";
    other.careTeam = {{m_recipient, clients::CareRelation::CoTreating, std::nullopt, ""}};
    const ClientId second = clients().saveIntake(other);
    consentToShareWith(m_recipient);

    const std::vector<clients::CareTeamClient> batch = sharing().clientsOf(m_recipient);
    ASSERT_EQ(batch.size(), 2u);
    EXPECT_EQ(batch[0].id, second) << "by name";
    EXPECT_EQ(batch[0].name, "Adeyemi, Siobhán");
    EXPECT_FALSE(batch[0].sharingConsent);
    EXPECT_EQ(batch[1].id, m_client);
    EXPECT_TRUE(batch[1].sharingConsent);
    EXPECT_EQ(batch[1].lastVisit, Date(2026, 6, 1));
    EXPECT_TRUE(sharing().clientsOf(m_other).empty());

    const std::vector<sharing::Recipient> recipients = sharing().recipientsFor(m_client);
    ASSERT_EQ(recipients.size(), 1u);
    EXPECT_EQ(recipients[0].provider.id, m_recipient);
    EXPECT_TRUE(recipients[0].sharingConsent);
}

// The practice's disclosure log, except that logging fails: a disk that fills up between
// writing the file and logging it.
class FailingLog : public disclosures::DisclosureStore {
public:
    explicit FailingLog(disclosures::DisclosureStore& log) : m_log(log) {}

    long long add(const disclosures::Disclosure&, std::optional<long long>) override
    {
        throw StorageError("the disk is full");
    }
    std::vector<disclosures::Disclosure> forClient(ClientId client) override { return m_log.forClient(client); }
    long long beginFile(const disclosures::UnfinishedFile& file) override { return m_log.beginFile(file); }
    void finishFile(long long id) override { m_log.finishFile(id); }
    std::vector<disclosures::UnfinishedFile> unfinishedFiles(const Timestamp& before) override
    {
        return m_log.unfinishedFiles(before);
    }

private:
    disclosures::DisclosureStore& m_log;
};

TEST_F(Sharing, AReportWhoseDisclosureCannotBeLoggedIsNotLeftOnDisk)
{
    consentToShareWith(m_recipient);
    FailingLog failing(m_stores.stores().disclosures());
    sharing::SharingService unlogged(clients(), m_stores.sessionService(), m_stores.planService(), failing);
    reports::ReportExporter exporter(unlogged);
    const auto out = m_dir / "report.pdf";
    EXPECT_THROW(exporter.progressReport(request(), out), StorageError);
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_FALSE(std::filesystem::exists(m_dir / "report.pdf.partial"));
    EXPECT_TRUE(failing.unfinishedFiles(Timestamp::now()).empty()) << "nothing is left to finish";

    reports::ReportExporter logged(sharing());
    const reports::ExportedReport exported = logged.progressReport(request(), out);
    EXPECT_TRUE(std::filesystem::exists(out));
    const std::vector<disclosures::Disclosure> log = sharing().disclosures(m_client);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].id, exported.disclosureId);
    EXPECT_EQ(log[0].recipientId, m_recipient);
    EXPECT_EQ(log[0].periodFrom, Date(2026, 3, 2));
    EXPECT_EQ(log[0].sha256, exported.sha256);
    EXPECT_EQ(log[0].disclosedBy, "Maya");
}

// What a process killed while publishing leaves: a partial file, logged or not, and its row.
TEST_F(Sharing, APublishingKilledHalfWayIsFinishedOrUndoneAtTheNextOpening)
{
    namespace fs = std::filesystem;
    disclosures::DisclosureStore& log = m_stores.stores().disclosures();
    const Timestamp anHourAgo(m_stores.clientService().clock().now().utc() - boost::posix_time::hours(1));
    auto interrupted = [&](const std::string& name, bool logged) {
        disclosures::UnfinishedFile file;
        file.partialPath = (m_dir / (name + ".partial")).string();
        file.finalPath = (m_dir / name).string();
        file.startedAt = anHourAgo;
        const long long id = log.beginFile(file);
        std::ofstream(file.partialPath) << "%PDF-1.4";
        if (logged) {
            disclosures::Disclosure entry;
            entry.clientId = m_client;
            entry.kind = disclosures::DocumentKind::IntakeSummary;
            entry.fileName = name;
            entry.sha256 = std::string(64, 'a');
            log.add(entry, id);
        }
    };
    interrupted("logged.pdf", true);    // killed after the log entry, before the rename
    interrupted("unlogged.pdf", false);  // killed while writing the bytes
    disclosures::UnfinishedFile now;     // another program on the practice, writing right now
    now.partialPath = (m_dir / "busy.pdf.partial").string();
    now.finalPath = (m_dir / "busy.pdf").string();
    now.startedAt = m_stores.clientService().clock().now();
    log.beginFile(now);
    std::ofstream(now.partialPath) << "%PDF-1.4";

    EXPECT_EQ(sharing().finishInterruptedFiles(), 2);

    EXPECT_TRUE(fs::exists(m_dir / "logged.pdf")) << "a logged file gets its name: the action is done whole";
    EXPECT_FALSE(fs::exists(m_dir / "logged.pdf.partial"));
    EXPECT_FALSE(fs::exists(m_dir / "unlogged.pdf")) << "no PDF without its log entry";
    EXPECT_FALSE(fs::exists(m_dir / "unlogged.pdf.partial")) << "no partial file left behind";
    EXPECT_TRUE(fs::exists(m_dir / "busy.pdf.partial")) << "a file being written now is left alone";
    EXPECT_EQ(sharing().finishInterruptedFiles(), 0);
}

} // namespace
} // namespace knotwork::db
