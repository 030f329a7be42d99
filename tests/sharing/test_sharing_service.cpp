// SharingService's rules over in-memory stores (support/in_memory_practice.h): consent to share
// is checked on the day of sending, the report covers the period asked, a batch finds the
// provider's clients, and what a killed publishing left is finished or undone. A report whose
// disclosure cannot be logged is tested with the exporter over the SQL stores in tests/db.
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "sharing/sharing_service.h"
#include "support/booked_visit.h"
#include "support/environment_override.h"
#include "support/in_memory_practice.h"
#include "support/sharing_client.h"
#include "support/temp_dir.h"

namespace knotwork::sharing {
namespace {

// A day after the visits and consents of the fixture, and within the year the reports cover.
const Date kToday(2026, 11, 30);

using clients::ClientId;
using clients::ProviderId;
using ::testing::HasSubstr;

class Sharing : public ::testing::Test {
protected:
    clients::ClientService& clients() { return m_practice.clientService; }
    SharingService& sharing() { return m_practice.sharingService; }
    void consentToShareWith(ProviderId provider) { m_consent = m_referred.consentToShareWith(provider); }
    ProgressReportRequest request() const { return m_referred.request(); }

    knotwork::testing::TempDir m_dir;
    knotwork::testing::InMemoryPractice m_practice{Clock::stoppedOn(kToday), "Maya"};
    knotwork::testing::SharingClient m_referred{m_practice.clientService, m_practice.sessionService};
    long long m_consent = 0;
};

TEST_F(Sharing, AReportNeedsAnActiveConsentToShareWithThatVeryProvider)
{
    consentToShareWith(m_referred.other);
    try {
        sharing().progressReport(request());
        FAIL() << "a report left without consent";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "recipient");
        EXPECT_EQ(error.rule(), "share-consent");
        EXPECT_THAT(error.what(), HasSubstr("Dr Amara Okafor, PT"));
        // Where to record it, in the app and on the command line.
        EXPECT_THAT(error.what(), HasSubstr("Consents… on their chart"));
        EXPECT_THAT(error.what(), HasSubstr("knotwork-cli client consent"));
    }
    consentToShareWith(m_referred.recipient);
    EXPECT_EQ(sharing().progressReport(request()).header.consent->id, m_consent);
    clients().revokeConsent(m_referred.client, m_consent, clients().today());
    EXPECT_THROW(sharing().progressReport(request()), ValidationError);
}

TEST_F(Sharing, TheReportCoversThePeriodAskedFromTheFirstVisitByDefault)
{
    consentToShareWith(m_referred.recipient);
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

TEST_F(Sharing, TheAppointmentBooksAttendanceIsCountedInThePeriodOnly)
{
    consentToShareWith(m_referred.recipient);
    EXPECT_FALSE(sharing().progressReport(request()).attendance)
        << "nothing on the book: the practice books elsewhere, and the report says nothing of it";

    schedule::ScheduleStore& book = m_practice.scheduleStore;
    const auto onTheBook = [&](const Date& day, schedule::AppointmentStatus status) {
        schedule::Appointment visit =
            knotwork::testing::bookedVisit(localTimeOn(day, TimeOfDay(10, 0, 0)), 60, 15, 0, m_referred.client);
        visit.serviceId = book.services().front().id;
        visit.status = status;
        if (status == schedule::AppointmentStatus::Cancelled || status == schedule::AppointmentStatus::LateCancelled)
            visit.cancellation = schedule::Cancellation{schedule::CancelledBy::Client,
                                                        utcOfLocal(visit.start - boost::posix_time::hours(20)),
                                                        "Unwell"};
        book.addAppointment(visit);
    };
    using enum schedule::AppointmentStatus;
    onTheBook(Date(2026, 3, 2), Completed);
    onTheBook(Date(2026, 4, 6), Completed);
    onTheBook(Date(2026, 4, 13), LateCancelled);
    onTheBook(Date(2026, 4, 20), NoShow);
    onTheBook(Date(2026, 5, 4), Completed);
    onTheBook(Date(2026, 5, 25), Cancelled);
    onTheBook(Date(2026, 12, 7), Booked);

    EXPECT_EQ(sharing().progressReport(request()).attendance, (schedule::Attendance{3, 1, 1, 1}))
        << "the whole period; the visit still to come is not counted";
    ProgressReportRequest april = request();
    april.from = Date(2026, 4, 1);
    april.to = Date(2026, 4, 30);
    EXPECT_EQ(sharing().progressReport(april).attendance, (schedule::Attendance{1, 0, 1, 1}));
    ProgressReportRequest autumn = request();
    autumn.from = Date(2026, 9, 1);
    EXPECT_FALSE(sharing().progressReport(autumn).attendance) << "nothing on the book in the period";
}

TEST_F(Sharing, ABatchFindsTheProvidersClientsAndWhichOfThemConsent)
{
    clients::IntakeRecord other;
    other.client.familyName = "Adeyemi";
    other.client.givenNames = "Siobhán";
    other.careTeam = {{m_referred.recipient, clients::CareRelation::CoTreating, std::nullopt, ""}};
    const ClientId second = clients().saveIntake(other);
    consentToShareWith(m_referred.recipient);

    const std::vector<clients::CareTeamClient> batch = sharing().clientsOf(m_referred.recipient);
    ASSERT_EQ(batch.size(), 2u);
    EXPECT_EQ(batch[0].id, second) << "by name";
    EXPECT_EQ(batch[0].name, "Adeyemi, Siobhán");
    EXPECT_FALSE(batch[0].sharingConsent);
    EXPECT_EQ(batch[1].id, m_referred.client);
    EXPECT_TRUE(batch[1].sharingConsent);
    EXPECT_EQ(batch[1].lastVisit, Date(2026, 6, 1));
    EXPECT_TRUE(sharing().clientsOf(m_referred.other).empty());

    const std::vector<sharing::Recipient> recipients = sharing().recipientsFor(m_referred.client);
    ASSERT_EQ(recipients.size(), 1u);
    EXPECT_EQ(recipients[0].provider.id, m_referred.recipient);
    EXPECT_TRUE(recipients[0].sharingConsent);
}

TEST_F(Sharing, TheLastProgressReportToThisRecipientComesFromTheDisclosureLog)
{
    // Sent at 15:00 UTC: the 4th in Toronto (and already the 5th east of UTC+9).
    const testing::TimeZoneOverride toronto("America/Toronto");
    consentToShareWith(m_referred.recipient);
    EXPECT_FALSE(sharing().progressReport(request()).lastReport) << "a first report to this recipient";

    disclosures::DisclosureStore& log = m_practice.disclosureStore;
    auto logged = [&](disclosures::DocumentKind kind, std::optional<ProviderId> to, const Date& from, const Date& until) {
        disclosures::Disclosure entry;
        entry.clientId = m_referred.client;
        entry.kind = kind;
        entry.recipientId = to;
        entry.periodFrom = from;
        entry.periodTo = until;
        entry.fileName = "report.pdf";
        entry.sha256 = std::string(64, 'a');
        entry.disclosedAt = Timestamp::fromIso8601("2026-05-04T15:00:00Z");
        log.add(entry);
    };
    logged(disclosures::DocumentKind::ProgressReport, m_referred.recipient, Date(2026, 3, 2), Date(2026, 4, 30));
    logged(disclosures::DocumentKind::ProgressReport, m_referred.other, Date(2026, 3, 2), Date(2026, 5, 31));
    logged(disclosures::DocumentKind::ProgressReport, std::nullopt, Date(2026, 3, 2), Date(2026, 5, 31));
    logged(disclosures::DocumentKind::SoapNote, m_referred.recipient, Date(2026, 3, 2), Date(2026, 5, 31));

    const ProgressReportData data = sharing().progressReport(request());
    ASSERT_TRUE(data.lastReport) << "only the progress report to this recipient counts";
    EXPECT_EQ(data.lastReport->periodFrom, Date(2026, 3, 2));
    EXPECT_EQ(data.lastReport->periodTo, Date(2026, 4, 30));
    EXPECT_EQ(data.lastReport->sent, Date(2026, 5, 4));

    ProgressReportRequest earlier = request();
    earlier.to = Date(2026, 4, 30);
    EXPECT_FALSE(sharing().progressReport(earlier).lastReport)
        << "a report for the same period is not its own last report";
}

// What a process killed while publishing leaves: a partial file, logged or not, and its row.
TEST_F(Sharing, APublishingKilledHalfWayIsFinishedOrUndoneAtTheNextOpening)
{
    namespace fs = std::filesystem;
    disclosures::DisclosureStore& log = m_practice.disclosureStore;
    const Timestamp anHourAgo(clients().clock().now().utc() - boost::posix_time::hours(1));
    auto interrupted = [&](const std::string& name, bool logged) {
        disclosures::UnfinishedFile file;
        file.partialPath = (m_dir / (name + ".partial")).string();
        file.finalPath = (m_dir / name).string();
        file.startedAt = anHourAgo;
        const long long id = log.beginFile(file);
        std::ofstream(file.partialPath) << "%PDF-1.4";
        if (logged) {
            disclosures::Disclosure entry;
            entry.clientId = m_referred.client;
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
    now.startedAt = clients().clock().now();
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
} // namespace knotwork::sharing
