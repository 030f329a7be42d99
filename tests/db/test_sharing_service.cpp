// SharingService and ReportExporter over the SQL stores: an export that cannot be logged leaves
// no file behind, one that is logged is in the practice's disclosure log. SharingService's own
// rules run on the in-memory stores in tests/sharing/test_sharing_service.cpp.
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "reports/report_exporter.h"
#include "support/sharing_client.h"
#include "support/temp_dir.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

// A day after the visits and consents of the fixture, and within the year the reports cover.
const Date kToday(2026, 11, 30);

using clients::ClientId;
using sharing::ProgressReportRequest;

class Sharing : public backends::OnBothBackends {
protected:
    Sharing()
        : m_stores(*m_database, "Maya", Clock::stoppedOn(kToday)),
          m_referred(m_stores.clientService(), m_stores.sessionService())
    {
    }

    clients::ClientService& clients() { return m_stores.clientService(); }
    sharing::SharingService& sharing() { return m_stores.sharingService(); }
    ProgressReportRequest request() const { return m_referred.request(); }

    knotwork::testing::TempDir m_dir;  // where reports are exported
    app::PracticeContext m_stores;
    knotwork::testing::SharingClient m_referred;
};

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
    std::optional<disclosures::Disclosure> lastProgressReport(ClientId client, clients::ProviderId recipient,
                                                              const Date& endedBefore) override
    {
        return m_log.lastProgressReport(client, recipient, endedBefore);
    }
    long long beginFile(const disclosures::UnfinishedFile& file) override { return m_log.beginFile(file); }
    void finishFile(long long id) override { m_log.finishFile(id); }
    std::vector<disclosures::UnfinishedFile> unfinishedFiles(const Timestamp& before) override
    {
        return m_log.unfinishedFiles(before);
    }

private:
    disclosures::DisclosureStore& m_log;
};

TEST_P(Sharing, AReportWhoseDisclosureCannotBeLoggedIsNotLeftOnDisk)
{
    m_referred.consentToShareWith(m_referred.recipient);
    FailingLog failing(m_stores.stores().disclosures());
    sharing::SharingService unlogged(clients(), m_stores.sessionService(), m_stores.planService(), failing,
                                    m_stores.stores().schedule());
    reports::ReportExporter exporter(unlogged);
    const auto out = m_dir / "report.pdf";
    EXPECT_THROW(exporter.progressReport(request(), out), StorageError);
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_FALSE(std::filesystem::exists(m_dir / "report.pdf.partial"));
    EXPECT_TRUE(failing.unfinishedFiles(Timestamp::now()).empty()) << "nothing is left to finish";

    reports::ReportExporter logged(sharing());
    const reports::ExportedReport exported = logged.progressReport(request(), out);
    EXPECT_TRUE(std::filesystem::exists(out));
    const std::vector<disclosures::Disclosure> log = sharing().disclosures(m_referred.client);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].id, exported.disclosureId);
    EXPECT_EQ(log[0].recipientId, m_referred.recipient);
    EXPECT_EQ(log[0].periodFrom, Date(2026, 3, 2));
    EXPECT_EQ(log[0].sha256, exported.sha256);
    EXPECT_EQ(log[0].disclosedBy, m_practice.actorFor("Maya"));
}

KNOTWORK_ON_BOTH_BACKENDS(Sharing);

} // namespace
} // namespace knotwork::db
